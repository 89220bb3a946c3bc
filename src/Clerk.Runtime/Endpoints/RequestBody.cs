using System.ComponentModel;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;

namespace Clerk.Endpoints;

/// <summary>Reads a handler's JSON body parameter with the app's JSON metadata, answering as minimal APIs do.</summary>
[EditorBrowsable(EditorBrowsableState.Never)]
public static class RequestBody
{
    /// <summary>
    /// Reads the body as <typeparamref name="T"/>. No body: an error when <paramref name="required"/>, else default.
    /// A body that is not JSON: 415. Malformed JSON or a JSON null for a required parameter: 400.
    /// </summary>
    public static async ValueTask<(T? Value, BindingError? Error)> ReadJsonAsync<T>(
        HttpContext context, JsonTypeInfo<T> typeInfo, string parameter, bool required)
    {
        var request = context.Request;
        if (!HasBody(context))
        {
            return required ? (default, BindingError.Missing(parameter, "the request body")) : (default, null);
        }
        if (!request.HasJsonContentType())
        {
            return (default, new BindingError(
                StatusCodes.Status415UnsupportedMediaType,
                $"Parameter \"{parameter}\" is read from a JSON body; send it with Content-Type: application/json."));
        }
        try
        {
            var value = await request.ReadFromJsonAsync(typeInfo, context.RequestAborted);
            if (value is null && required)
            {
                return (default, BindingError.Missing(parameter, "the request body"));
            }
            return (value, null);
        }
        catch (JsonException)
        {
            return (default, new BindingError(
                StatusCodes.Status400BadRequest, $"Failed to read parameter \"{parameter}\" from the request body as JSON."));
        }
        catch (BadHttpRequestException exception)
        {
            // Kestrel's own limits (a body over MaxRequestBodySize is 413) keep their status code.
            return (default, new BindingError(exception.StatusCode, exception.Message));
        }
    }

    private static bool HasBody(HttpContext context)
    {
        if (context.Request.ContentLength is { } length)
        {
            return length > 0;
        }
        return context.Features.Get<IHttpRequestBodyDetectionFeature>()?.CanHaveBody ?? true;
    }
}
