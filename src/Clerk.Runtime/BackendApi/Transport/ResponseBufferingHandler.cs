namespace Clerk.BackendApi;

/// <summary>
/// Reads each response body in full inside the attempt that fetched it. Refit reads bodies only after the resilience
/// pipeline has returned, where neither the attempt timeout nor the retries reach: a server that sends headers and
/// then stalls would hang the call, and a body cut off mid-way could not be retried. Backend API bodies are small
/// JSON, so holding one in memory costs nothing worth saving.
/// </summary>
internal sealed class ResponseBufferingHandler : DelegatingHandler
{
    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var response = await base.SendAsync(request, cancellationToken).ConfigureAwait(false);
        try
        {
            await response.Content.LoadIntoBufferAsync(cancellationToken).ConfigureAwait(false);
            return response;
        }
        catch (IOException e)
        {
            response.Dispose();
            // As a transport failure, so the retry rules treat a cut-off body like a dropped connection.
            throw new HttpRequestException($"The response body of {request.Method} {request.RequestUri?.AbsolutePath} could not be read: {e.Message}", e);
        }
        catch
        {
            response.Dispose();
            throw;
        }
    }
}
