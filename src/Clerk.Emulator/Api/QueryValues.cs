using System.Globalization;

namespace Clerk.Emulator.Api;

/// <summary>Query parameters as Clerk reads them: lists repeat the key, paging is <c>limit</c> and <c>offset</c>.</summary>
internal static class QueryValues
{
    public static string[] Strings(this HttpRequest request, string name) =>
        request.Query[name].Where(v => !string.IsNullOrEmpty(v)).Select(v => v!).ToArray();

    public static string? String(this HttpRequest request, string name) =>
        request.Query[name].FirstOrDefault(v => !string.IsNullOrEmpty(v));

    public static bool? Bool(this HttpRequest request, string name) => request.String(name) switch
    {
        null => null,
        var text when bool.TryParse(text, out var flag) => flag,
        _ => throw ApiError.FormatInvalid(name, $"{name} must be true or false."),
    };

    public static long? Long(this HttpRequest request, string name) => request.String(name) switch
    {
        null => null,
        var text when long.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var number) => number,
        _ => throw ApiError.FormatInvalid(name, $"{name} must be an integer."),
    };

    /// <summary>The page the request asks for: <c>limit</c> 1..<paramref name="maxLimit"/> (default 10), <c>offset</c> ≥ 0.</summary>
    public static (int Limit, int Offset) Page(this HttpRequest request, int maxLimit = 500)
    {
        var limit = request.Long("limit") ?? 10;
        if (limit < 1 || limit > maxLimit)
        {
            throw ApiError.FormatInvalid("limit", $"limit must be between 1 and {maxLimit}.");
        }

        var offset = request.Long("offset") ?? 0;
        if (offset < 0)
        {
            throw ApiError.FormatInvalid("offset", "offset must be greater than or equal to 0.");
        }

        return ((int)limit, (int)Math.Min(offset, int.MaxValue));
    }

    public static List<T> Paged<T>(this IEnumerable<T> items, (int Limit, int Offset) page) =>
        items.Skip(page.Offset).Take(page.Limit).ToList();
}
