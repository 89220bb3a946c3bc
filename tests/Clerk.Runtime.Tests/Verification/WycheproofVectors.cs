using System.Text.Json;

namespace Clerk.Runtime.Tests.Verification;

/// <summary>
/// The Wycheproof files in <c>shared/test-vectors/wycheproof/</c> (found by walking up from the test binaries, as the
/// repository sits next to <c>shared/</c>). A missing file fails the tests: vectors are never skipped silently.
/// </summary>
internal static class WycheproofVectors
{
    public static JsonDocument Load(string fileName)
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            var candidate = Path.Combine(directory.FullName, "shared", "test-vectors", "wycheproof", fileName);
            if (File.Exists(candidate))
            {
                return JsonDocument.Parse(File.ReadAllBytes(candidate));
            }
        }

        throw new FileNotFoundException($"shared/test-vectors/wycheproof/{fileName} was not found above {AppContext.BaseDirectory}.");
    }

    public static byte[] Hex(string hex) => Convert.FromHexString(hex);
}
