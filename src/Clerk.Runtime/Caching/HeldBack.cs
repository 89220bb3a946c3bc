using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;

namespace Clerk.Caching;

/// <summary>
/// The answer to an attempt the app holds back instead of sending: the 429 Clerk itself would give, in its error shape,
/// with the wait (whole seconds, rounded up, at least one) as <c>Retry-After</c>, so the retry policy and
/// <see cref="BackendApi.ClerkApiException.RetryAfter"/> treat it exactly as Clerk's own.
/// </summary>
internal static class HeldBack
{
    public static HttpResponseMessage Response(HttpRequestMessage request, TimeSpan wait, string longMessage)
    {
        var response = new HttpResponseMessage(HttpStatusCode.TooManyRequests)
        {
            RequestMessage = request,
            Content = new StringContent(
                $$"""{"errors":[{"message":"Too many requests","long_message":"{{JsonEncodedText.Encode(longMessage)}}","code":"too_many_requests"}]}""",
                Encoding.UTF8, "application/json"),
        };
        response.Headers.RetryAfter = new RetryConditionHeaderValue(TimeSpan.FromSeconds(Math.Max(1, Math.Ceiling(wait.TotalSeconds))));
        return response;
    }
}
