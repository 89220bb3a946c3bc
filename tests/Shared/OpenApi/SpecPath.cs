namespace Clerk.Tests.OpenApi;

/// <summary>Matching request paths and caller-written templates against the spec's path templates.</summary>
internal static class SpecPath
{
    /// <summary>The path's segments without the query, the leading <c>/v1</c> (the spec's server URL) or empty ones.</summary>
    public static string[] Segments(string path)
    {
        var query = path.IndexOfAny(['?', '#']);
        var segments = (query >= 0 ? path[..query] : path).Split('/', StringSplitOptions.RemoveEmptyEntries);
        return segments is ["v1", ..] ? segments[1..] : segments;
    }

    public static bool IsParameter(string segment) => segment.StartsWith('{') && segment.EndsWith('}');

    /// <summary>
    /// How many literal segments of <paramref name="template"/> matched, or -1 when it does not match. A caller's
    /// <c>{name}</c> only fits a spec parameter (any name); a caller's literal fits an equal literal or a parameter.
    /// </summary>
    public static int Match(string template, string[] segments)
    {
        var templateSegments = Segments(template);
        if (templateSegments.Length != segments.Length)
        {
            return -1;
        }

        var literals = 0;
        for (var i = 0; i < segments.Length; i++)
        {
            if (IsParameter(templateSegments[i]))
            {
                continue;
            }

            if (IsParameter(segments[i]) || !string.Equals(templateSegments[i], segments[i], StringComparison.Ordinal))
            {
                return -1;
            }

            literals++;
        }

        return literals;
    }
}
