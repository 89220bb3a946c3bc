using System.Buffers.Text;
using System.Text.Json;

namespace Clerk.Caching;

/// <summary>How long a minted token may be kept: its <c>exp</c>.</summary>
internal static class JwtExpiry
{
    /// <summary>
    /// The token's <c>exp</c>, read without verifying: it comes straight from the Backend API over the authenticated
    /// channel, and is only used to decide how long to keep it. Null when it has none or cannot be read.
    /// </summary>
    public static DateTimeOffset? Read(string jwt)
    {
        var parts = jwt.Split('.');
        if (parts.Length != 3 || parts[1].Length > 16 * 1024)
        {
            return null;
        }
        try
        {
            var payload = Base64Url.DecodeFromChars(parts[1]);
            using var document = JsonDocument.Parse(payload);
            return document.RootElement.ValueKind == JsonValueKind.Object
                && document.RootElement.TryGetProperty("exp", out var exp)
                && exp.ValueKind == JsonValueKind.Number
                && exp.TryGetInt64(out var seconds)
                && seconds is > 0 and < 253402300800
                    ? DateTimeOffset.FromUnixTimeSeconds(seconds)
                    : null;
        }
        catch (Exception exception) when (exception is FormatException or JsonException)
        {
            return null;
        }
    }
}
