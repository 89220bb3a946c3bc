using System.Security.Cryptography;

namespace Clerk.Emulator.Hosting;

/// <summary>Identifiers shaped like Clerk's: a prefix and 27 base62 characters, or 32 hex digits for machine tokens.</summary>
internal static class Ids
{
    private const string Base62 = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";

    public static string New(string prefix) => $"{prefix}_{RandomNumberGenerator.GetString(Base62, 27)}";

    public static string Hex(string prefix) => $"{prefix}_{RandomNumberGenerator.GetHexString(32, lowercase: true)}";

    public static string Secret(string prefix, int length) => $"{prefix}_{RandomNumberGenerator.GetString(Base62, length)}";
}
