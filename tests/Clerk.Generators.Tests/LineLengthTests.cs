using System.Runtime.CompilerServices;
using Clerk.Generators.Tests.Infrastructure;
using Xunit;

namespace Clerk.Generators.Tests;

/// <summary>
/// Generated code is laid out as the repo's own code is: no line over 120 columns, long calls wrapped one argument
/// per line. Checked on the snapshots and on every route file of the runtime tests (the widest metadata and bindings).
/// </summary>
public sealed class LineLengthTests
{
    private const int LineLength = 120;

    [Fact]
    public void No_snapshot_line_is_longer_than_120_characters()
    {
        var snapshots = Directory.GetFiles(Path.Combine(TestsDirectory(), "Snapshots"), "*.verified.cs");

        Assert.NotEmpty(snapshots);
        var longLines = snapshots.SelectMany(path => LongLines(Path.GetFileName(path), File.ReadAllText(path)));
        Assert.True(!longLines.Any(), string.Join("\n", longLines));
    }

    [Fact]
    public void No_line_generated_for_the_runtime_tests_route_files_is_longer_than_120_characters()
    {
        var run = RuntimeTestsProject.Create().Run();

        Assert.Empty(run.GeneratorDiagnostics);
        Assert.Empty(run.CompilationProblems);
        Assert.True(run.HintNames.Count() > 40, string.Join(", ", run.HintNames));
        var longLines = run.Result.GeneratedTrees
            .SelectMany(tree => LongLines(Path.GetFileName(tree.FilePath), tree.ToString()));
        Assert.True(!longLines.Any(), string.Join("\n", longLines));
    }

    private static IEnumerable<string> LongLines(string file, string text) =>
        text.ReplaceLineEndings("\n").Split('\n')
            .Select((line, index) => (line, number: index + 1))
            .Where(entry => entry.line.Length > LineLength)
            .Select(entry => $"{file}:{entry.number} ({entry.line.Length}): {entry.line.Trim()}");

    private static string TestsDirectory([CallerFilePath] string file = "") => Path.GetDirectoryName(file)!;
}
