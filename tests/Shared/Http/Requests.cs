using System.Net;
using System.Net.Http.Headers;
using System.Text;
using Xunit;

namespace Clerk.Tests.Http;

/// <summary>Short ways to send the requests the tests of a served app need, and to read what comes back.</summary>
public static class Requests
{
    /// <summary>Sends <paramref name="method"/> to <paramref name="path"/> with the given headers.</summary>
    public static Task<HttpResponseMessage> SendAsync(
        this HttpClient client, HttpMethod method, string path, params (string Name, string Value)[] headers)
    {
        var request = new HttpRequestMessage(method, path);
        foreach (var (name, value) in headers)
        {
            request.Headers.Add(name, value);
        }
        return client.SendAsync(request);
    }

    /// <summary>Sends a body as it is, with the given content type (none when null).</summary>
    public static Task<HttpResponseMessage> SendBodyAsync(
        this HttpClient client, HttpMethod method, string path, string body, string? contentType = "application/json")
    {
        var content = new StringContent(body, Encoding.UTF8);
        content.Headers.ContentType = contentType is null ? null : MediaTypeHeaderValue.Parse(contentType);
        return client.SendAsync(new HttpRequestMessage(method, path) { Content = content });
    }

    /// <summary>The response body, after checking the status code (shown with the body when it differs).</summary>
    public static async Task<string> ReadAsync(this HttpResponseMessage response, HttpStatusCode expected = HttpStatusCode.OK)
    {
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == expected, $"Expected {(int)expected}, got {(int)response.StatusCode}: {body}");
        return body;
    }

    /// <summary>The response's media type, e.g. <c>application/json</c>.</summary>
    public static string? MediaType(this HttpResponseMessage response) => response.Content.Headers.ContentType?.MediaType;

    /// <summary>
    /// The <c>Allow</c> header exactly as the server sent it (HttpClient files it among the content headers; the
    /// non-validated view skips its parsing, so spacing and order are checked too).
    /// </summary>
    public static string Allow(this HttpResponseMessage response) =>
        response.Content.Headers.NonValidated.TryGetValues("Allow", out var values) ? values.ToString() : "";
}
