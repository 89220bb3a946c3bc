using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;

namespace Clerk.Generator.Benchmarks.Projects;

/// <summary>
/// One generator and the project it runs on, before and after a one-handler-body edit.
/// </summary>
/// <remarks>
/// Every run gets <see cref="Compilation.Clone"/> of the compilation: the same syntax trees and references (the
/// clone is O(1)), but no symbol bound yet, as in a real build or after an edit in the IDE. Without it, every run
/// after the first would find the symbols the first one bound cached in the compilation and measure less than a
/// build does. The binding a generator forces is part of its cost: ours binds handler signatures, the
/// RequestDelegateGenerator the MapX invocations and their lambdas.
///
/// Every driver gets a new generator instance, as a new build process has: a host keeps its instance across the
/// runs of one project, and our route generator remembers route files it parsed in it (RouteFileMemo), so reusing
/// one instance would let every "cold" run find the first one's work. For the same reason every incremental run
/// makes the edit afresh (a new tree for the edited file, as a keystroke makes): a tree edited once and reused
/// would be remembered too after the first run.
/// </remarks>
internal sealed class GeneratorWorkload
{
    private readonly string name;
    private readonly int endpoints;
    private readonly CSharpCompilation compilation;
    private readonly SyntaxTree editedTree;
    private readonly Func<ISourceGenerator> newGenerator;
    private readonly AnalyzerConfigOptionsProvider options;
    private readonly Func<GeneratorRunResult, string?> whatIsMissing;

    /// <param name="editedTree">The tree whose handler body the incremental runs see edited.</param>
    /// <param name="whatIsMissing">The generator's own check of its output: null when complete.</param>
    public GeneratorWorkload(
        string name, int endpoints, CSharpCompilation compilation, SyntaxTree editedTree, Func<ISourceGenerator> newGenerator,
        AnalyzerConfigOptionsProvider options, Func<GeneratorRunResult, string?> whatIsMissing)
    {
        this.name = name;
        this.endpoints = endpoints;
        this.compilation = compilation;
        this.editedTree = editedTree;
        _ = Edit(compilation, editedTree); // fails now, not mid-benchmark, if the tree has nothing to edit
        this.newGenerator = newGenerator;
        this.options = options;
        this.whatIsMissing = whatIsMissing;
    }

    public static readonly CSharpParseOptions ParseOptions = new CSharpParseOptions(LanguageVersion.Latest)
        // What Microsoft.NET.Sdk.Web passes the compiler when the RequestDelegateGenerator is on, so its
        // interceptors compile; it changes nothing for ours, and both projects are parsed the same way.
        .WithFeatures([new("InterceptorsNamespaces", "Microsoft.AspNetCore.Http.Generated")]);

    public string Name => name;

    /// <summary>MapX calls or route handlers in the project.</summary>
    public int Endpoints => endpoints;

    /// <summary>A build: a new driver over the project.</summary>
    public GeneratorDriver RunCold() => CreateDriver().RunGenerators(compilation.Clone());

    /// <summary>The driver as the last build (or keystroke) left it, to start incremental runs from.</summary>
    public GeneratorDriver RunBeforeEdit() => CreateDriver().RunGenerators(compilation.Clone());

    /// <summary>
    /// The run after the edit. A driver is immutable (RunGenerators returns a new one), so every call starts from
    /// the same once-run state and does the same work; the edit itself (an incremental reparse of one file) is
    /// part of each call, on both sides alike.
    /// </summary>
    public GeneratorDriver RunAfterEdit(GeneratorDriver ranBeforeEdit) => ranBeforeEdit.RunGenerators(Edit(compilation, editedTree));

    /// <summary>
    /// Throws unless a cold run and an incremental run both produced everything they should; with
    /// <paramref name="compile"/>, also unless the project compiles with the generated code (seconds: run.sh does it
    /// once, through --verify, rather than every benchmark process).
    /// </summary>
    public void Verify(bool compile)
    {
        var cold = CreateDriver().RunGeneratorsAndUpdateCompilation(compilation.Clone(), out var output, out _);
        Check("cold", cold.GetRunResult());
        Check("incremental", RunAfterEdit(RunBeforeEdit()).GetRunResult());
        if (!compile)
        {
            return;
        }
        var errors = output.GetDiagnostics().Where(diagnostic => diagnostic.Severity == DiagnosticSeverity.Error).ToList();
        if (errors.Count > 0)
        {
            throw new InvalidOperationException(
                $"{name}: the project with the generated code does not compile:\n  " + string.Join("\n  ", errors.Take(20)));
        }
    }

    private GeneratorDriver CreateDriver() => CSharpGeneratorDriver.Create(
        [newGenerator()], parseOptions: ParseOptions, optionsProvider: options,
        driverOptions: new GeneratorDriverOptions(IncrementalGeneratorOutputKind.None, trackIncrementalGeneratorSteps: false));

    private void Check(string run, GeneratorDriverRunResult result)
    {
        var single = result.Results.Single();
        var problem = single.Exception is not null
            ? $"threw {single.Exception}"
            : result.Diagnostics.Length > 0 || single.Diagnostics.Length > 0
                ? "reported " + string.Join("; ", result.Diagnostics.Concat(single.Diagnostics).Distinct().Take(10))
                : single.GeneratedSources.IsEmpty || single.GeneratedSources.Any(source => source.SourceText.Length == 0)
                    ? "generated nothing, or an empty file"
                    : whatIsMissing(single);
        if (problem is not null)
        {
            throw new InvalidOperationException($"{name}, {run} run over {endpoints} endpoints: {problem}. A benchmark of a generator that did not do its work measures nothing.");
        }
    }

    private static CSharpCompilation Edit(CSharpCompilation compilation, SyntaxTree tree)
    {
        var text = tree.GetText().ToString();
        var at = text.IndexOf(Synthetic.Shapes.EditedLiteral, StringComparison.Ordinal);
        if (at < 0 || text.IndexOf(Synthetic.Shapes.EditedLiteral, at + 1, StringComparison.Ordinal) >= 0)
        {
            throw new InvalidOperationException($"{tree.FilePath} must hold {Synthetic.Shapes.EditedLiteral} exactly once.");
        }
        // An incremental edit, as the IDE makes it: the old tree's unchanged parts are reused.
        var change = new TextChange(new TextSpan(at, Synthetic.Shapes.EditedLiteral.Length), Synthetic.Shapes.EditedReplacement);
        return compilation.ReplaceSyntaxTree(tree, tree.WithChangedText(tree.GetText().WithChanges(change)));
    }
}
