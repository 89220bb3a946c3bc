using System.Runtime.CompilerServices;
using Xunit;

namespace Clerk.Generators.Tests.Infrastructure;

/// <summary>
/// Golden-file snapshots (Verify cannot be restored here): <c>Snapshots/NAME.verified.cs</c> beside the tests is the
/// expected text. On a mismatch the actual text is written to <c>NAME.received.cs</c> and the test fails; run with
/// <c>ACCEPT_SNAPSHOTS=1</c> to accept it.
/// </summary>
internal static class Snapshot
{
    public static void Match(string name, string actual, [CallerFilePath] string testFile = "")
    {
        var directory = Path.Combine(Path.GetDirectoryName(testFile)!, "Snapshots");
        var verified = Path.Combine(directory, name + ".verified.cs");
        var received = Path.Combine(directory, name + ".received.cs");
        actual = actual.ReplaceLineEndings("\n");
        if (Environment.GetEnvironmentVariable("ACCEPT_SNAPSHOTS") == "1")
        {
            Directory.CreateDirectory(directory);
            File.WriteAllText(verified, actual);
        }
        var expected = File.Exists(verified) ? File.ReadAllText(verified).ReplaceLineEndings("\n") : null;
        if (expected == actual)
        {
            File.Delete(received);
            return;
        }
        File.WriteAllText(received, actual);
        Assert.Fail(expected is null
            ? $"No snapshot {verified}; wrote {received}. Check it, then run with ACCEPT_SNAPSHOTS=1."
            : $"Snapshot {name} differs; wrote {received}. Compare it with {verified}, then run with ACCEPT_SNAPSHOTS=1 to accept.");
    }
}
