using System.Runtime.CompilerServices;
using System.Text.RegularExpressions;
using Clerk.Generators.Tests.Infrastructure;
using Xunit;

namespace Clerk.Generators.Tests;

/// <summary>
/// Generated code is laid out as the repo's own code is: no line over 120 columns, long calls wrapped one argument
/// per line. A fully qualified name is never split, so a line may pass 120 columns only by the length of the names the
/// user chose (a deep namespace): each counts as one column here. Checked on the snapshots and on every route file this
/// project serves (the widest metadata and bindings, in a long namespace).
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
    public void No_line_generated_for_the_served_route_files_is_longer_than_120_characters()
    {
        var run = EndpointsProject.Create().Run();

        Assert.Empty(run.GeneratorDiagnostics);
        Assert.Empty(run.CompilationProblems);
        Assert.True(run.HintNames.Count() > 40, string.Join(", ", run.HintNames));
        var longLines = run.Result.GeneratedTrees
            .SelectMany(tree => LongLines(Path.GetFileName(tree.FilePath), tree.ToString()));
        Assert.True(!longLines.Any(), string.Join("\n", longLines));
    }

    [Fact]
    public void A_qualified_name_counts_as_one_column_and_nothing_else_is_forgiven()
    {
        var name = "global::" + string.Join('.', Enumerable.Repeat("Namespace", 14)) + ".Handler.Route.GET";

        Assert.Empty(LongLines("f", $"        await {name}();"));
        Assert.Single(LongLines("f", $"        await {name}({new string('a', 110)});"));
        Assert.Single(LongLines("f", new string(' ', 121)));
    }

    private static IEnumerable<string> LongLines(string file, string text) =>
        text.ReplaceLineEndings("\n").Split('\n')
            .Select((line, index) => (line, number: index + 1))
            .Where(entry => QualifiedName.Replace(entry.line, "T").Length > LineLength)
            .Select(entry => $"{file}:{entry.number} ({entry.line.Length}): {entry.line.Trim()}");

    private static readonly Regex QualifiedName = new(@"global::[\w.]+");

    private static string TestsDirectory([CallerFilePath] string file = "") => Path.GetDirectoryName(file)!;
}
