using System.Text.Json.Nodes;

namespace Clerk.Generators.Tests.Endpoints.Parity;

/// <summary>
/// What request parity compares of a response: the status, the headers a client acts on, and the body, with the
/// parts that legitimately differ between two answers to the same request taken out.
/// </summary>
public sealed record RecordedResponse(int Status, string? ContentType, string? Allow, string? Location, string Body)
{
    /// <summary>
    /// Records <paramref name="response"/>. A problem body (none on HEAD) loses its <c>traceId</c> (a new one per request), and
    /// <paramref name="prefix"/>, where the fixture mounted the minimal APIs, is taken out of <c>Location</c> and of
    /// paths in the body, so that the answer reads as if the minimal API were at the route file's URL.
    /// </summary>
    public static async Task<RecordedResponse> ReadAsync(HttpResponseMessage response, string prefix = "")
    {
        var body = await response.Content.ReadAsStringAsync();
        if (body.Length > 0 && response.Content.Headers.ContentType?.MediaType == "application/problem+json")
        {
            body = WithoutTraceId(body);
        }
        var location = response.Headers.NonValidated.TryGetValues("Location", out var values) ? values.ToString() : null;
        return new RecordedResponse(
            (int)response.StatusCode,
            Header(response.Content.Headers.NonValidated, "Content-Type"),
            Header(response.Content.Headers.NonValidated, "Allow"),
            WithoutPrefix(location, prefix),
            WithoutPrefix(body, prefix)!);
    }

    /// <summary>Each way <paramref name="other"/> differs from this response, as "what: ours vs theirs".</summary>
    public IReadOnlyList<string> DifferencesFrom(RecordedResponse other)
    {
        var differences = new List<string>();
        Compare("status", Status, other.Status);
        Compare("Content-Type", ContentType, other.ContentType);
        Compare("Allow", Allow, other.Allow);
        Compare("Location", Location, other.Location);
        Compare("body", Body, other.Body);
        return differences;

        void Compare<T>(string what, T ours, T theirs)
        {
            if (!EqualityComparer<T>.Default.Equals(ours, theirs))
            {
                differences.Add($"{what}: {Show(ours)} vs {Show(theirs)}");
            }
        }
    }

    public override string ToString() =>
        $"{Status} [Content-Type: {Show(ContentType)}] [Allow: {Show(Allow)}] [Location: {Show(Location)}] {Show(Body)}";

    private static string Show<T>(T value) => value is null ? "(none)" : $"'{value}'";

    private static string? Header(System.Net.Http.Headers.HttpHeadersNonValidated headers, string name) =>
        headers.TryGetValues(name, out var values) ? values.ToString() : null;

    private static string WithoutTraceId(string body)
    {
        var problem = JsonNode.Parse(body)!.AsObject();
        problem.Remove("traceId");
        return problem.ToJsonString();
    }

    private static string? WithoutPrefix(string? text, string prefix) =>
        prefix.Length == 0 || text is null ? text : text.Replace(prefix + "/", "/", StringComparison.Ordinal);
}
