using System.Net;
using System.Net.Http.Headers;

namespace Clerk.EndToEnd.Tests.Infrastructure;

/// <summary>A response read to the end: what the assertions of a route test look at.</summary>
internal sealed record HttpAnswer(HttpStatusCode Status, string Body, string? MediaType, string? Location, IReadOnlyList<string> SetCookies)
{
    /// <summary>The value of the <c>name</c> cookie the response sets, if it sets one.</summary>
    public string? Cookie(string name) => SetCookies
        .Where(header => header.StartsWith(name + "=", StringComparison.Ordinal))
        .Select(header => header[(name.Length + 1)..].Split(';')[0])
        .FirstOrDefault();

    public override string ToString() => $"{(int)Status} {MediaType} Location={Location} body: {Body}";
}

internal static class HttpAnswerExtensions
{
    /// <summary>
    /// Sends <paramref name="method"/> <paramref name="path"/> with a session token as a bearer token, a
    /// <c>Cookie</c> header as written, and any other headers; reads the whole response.
    /// </summary>
    public static async Task<HttpAnswer> AnswerAsync(
        this RunningApp app, HttpMethod method, string path, string? bearer = null, string? cookie = null,
        HttpContent? content = null, params (string Name, string Value)[] headers)
    {
        using var request = new HttpRequestMessage(method, path) { Content = content };
        if (bearer is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", bearer);
        }
        if (cookie is not null)
        {
            request.Headers.Add("Cookie", cookie);
        }
        foreach (var (name, value) in headers)
        {
            request.Headers.TryAddWithoutValidation(name, value);
        }
        using var response = await app.Client.SendAsync(request);
        return new HttpAnswer(
            response.StatusCode,
            await response.Content.ReadAsStringAsync(),
            response.Content.Headers.ContentType?.MediaType,
            response.Headers.Location?.OriginalString,
            response.Headers.TryGetValues("Set-Cookie", out var cookies) ? cookies.ToList() : []);
    }

    public static Task<HttpAnswer> GetAnswerAsync(this RunningApp app, string path, string? bearer = null, string? cookie = null,
        params (string Name, string Value)[] headers) =>
        app.AnswerAsync(HttpMethod.Get, path, bearer, cookie, content: null, headers);
}
