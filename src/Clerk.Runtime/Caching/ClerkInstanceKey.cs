using System.Security.Cryptography;
using System.Text;

namespace Clerk.Caching;

/// <summary>
/// The prefix of every key Clerk writes to a shared cache: <c>clerk:{instance}:</c>, where the instance is a hash of
/// the Backend API's URL and the secret key. Two Clerk instances (production and development, two customers' apps on
/// one Redis) never read each other's users or tokens, and the key itself never reaches Redis.
/// </summary>
internal static class ClerkInstanceKey
{
    public static string Prefix(Uri apiBaseAddress, string secretKey)
    {
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes(apiBaseAddress.AbsoluteUri + "\n" + secretKey));
        return "clerk:" + Convert.ToHexStringLower(hash.AsSpan(0, 12)) + ":";
    }

    /// <summary>A token as a key part: its SHA-256, so a bearer secret is never written to the cache in the clear.</summary>
    public static string Digest(string token) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(token)));
}
