using System.Text.Json;

namespace Clerk.Runtime.Tests.Verification;

/// <summary>
/// The Wycheproof files (Apache-2.0, see Wycheproof/LICENSE), kept beside these tests and copied to the test output, so
/// the suite runs on any clone. A missing file fails the tests: vectors are never skipped silently.
/// </summary>
internal static class WycheproofVectors
{
    public static JsonDocument Load(string fileName)
    {
        var path = Path.Combine(AppContext.BaseDirectory, "Wycheproof", fileName);
        if (!File.Exists(path))
        {
            throw new FileNotFoundException($"The Wycheproof vectors {path} were not copied to the test output.");
        }
        return JsonDocument.Parse(File.ReadAllBytes(path));
    }

    public static byte[] Hex(string hex) => Convert.FromHexString(hex);
}
