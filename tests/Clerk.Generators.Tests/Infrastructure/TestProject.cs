using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;

namespace Clerk.Generators.Tests.Infrastructure;

/// <summary>
/// A web project held in memory: route files at paths under <see cref="ProjectDirectory"/>, compiled against the
/// real ASP.NET Core and Clerk.Runtime assemblies, with the route generator run over it.
/// </summary>
internal sealed class TestProject
{
    public const string ProjectDirectory = "/project/";

    private static readonly CSharpParseOptions ParseOptions = new(LanguageVersion.Latest);

    private static readonly ImmutableArray<MetadataReference> References = LoadReferences();

    private readonly List<SyntaxTree> trees = [];
    private bool referencesRuntime = true;
    private bool clerkUsing = true;
    private readonly Dictionary<string, string> properties = new() { ["build_property.projectdir"] = ProjectDirectory };

    /// <summary>Adds a file at a path relative to the project directory.</summary>
    public TestProject With(string relativePath, string source)
    {
        trees.Add(CSharpSyntaxTree.ParseText(source, ParseOptions, ProjectDirectory + relativePath));
        return this;
    }

    /// <summary>Sets an MSBuild property the generator reads (<c>ClerkAppDirectory</c>).</summary>
    public TestProject WithProperty(string name, string value)
    {
        properties["build_property." + name] = value;
        return this;
    }

    /// <summary>Leaves Clerk.Runtime out, as a project that references only the generator would.</summary>
    public TestProject WithoutRuntime()
    {
        referencesRuntime = false;
        return this;
    }

    /// <summary>Drops the implicit <c>Clerk</c> using, as <c>&lt;Using Remove="Clerk" /&gt;</c> in a project does.</summary>
    public TestProject WithoutClerkUsing()
    {
        clerkUsing = false;
        return this;
    }

    public CSharpCompilation Compile() => CSharpCompilation.Create(
        "TestApp",
        [CSharpSyntaxTree.ParseText(ImplicitUsings, ParseOptions, ProjectDirectory + "GlobalUsings.cs"), .. trees],
        referencesRuntime ? References : References.RemoveAt(References.Length - 1),
        new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable));

    // What the SDK writes for a web project with the Clerk.Runtime package (its buildTransitive props add Clerk).
    private string ImplicitUsings => clerkUsing
        ? Clerk.Shared.Generators.WebImplicitUsings.WithClerkRuntime
        : Clerk.Shared.Generators.WebImplicitUsings.Source;

    public GeneratorDriver CreateDriver(RouteGenerator? generator = null) => CSharpGeneratorDriver.Create(
        [(generator ?? new RouteGenerator()).AsSourceGenerator()],
        parseOptions: ParseOptions,
        optionsProvider: new PropertyOptions(properties),
        driverOptions: new GeneratorDriverOptions(IncrementalGeneratorOutputKind.None, trackIncrementalGeneratorSteps: true));

    /// <summary>
    /// Runs <paramref name="analyzer"/> on the project (or on <paramref name="compilation"/>, the project as a workspace
    /// holds it), without the generator's output, with the project's MSBuild properties.
    /// </summary>
    public ImmutableArray<Diagnostic> Analyze(DiagnosticAnalyzer analyzer, Compilation? compilation = null) => (compilation ?? Compile())
        .WithAnalyzers([analyzer], new AnalyzerOptions([], new PropertyOptions(properties)))
        .GetAnalyzerDiagnosticsAsync().GetAwaiter().GetResult();

    /// <summary>Runs the generator and compiles its output with the project.</summary>
    public GeneratorRun Run()
    {
        var compilation = Compile();
        var driver = CreateDriver().RunGeneratorsAndUpdateCompilation(compilation, out var output, out _);
        return new GeneratorRun(driver.GetRunResult(), output);
    }

    private static ImmutableArray<MetadataReference> LoadReferences()
    {
        var platform = ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!).Split(Path.PathSeparator);
        return
        [
            .. platform.Where(path => !path.Contains("Clerk.", StringComparison.Ordinal)).Select(path => MetadataReference.CreateFromFile(path)),
            MetadataReference.CreateFromFile(typeof(ProtectedAttribute).Assembly.Location),
        ];
    }

    private sealed class PropertyOptions(Dictionary<string, string> values) : AnalyzerConfigOptionsProvider
    {
        public override AnalyzerConfigOptions GlobalOptions { get; } = new Options(values);

        public override AnalyzerConfigOptions GetOptions(SyntaxTree tree) => Options.Empty;

        public override AnalyzerConfigOptions GetOptions(AdditionalText textFile) => Options.Empty;

        private sealed class Options(Dictionary<string, string> values) : AnalyzerConfigOptions
        {
            public static readonly Options Empty = new([]);

            public override bool TryGetValue(string key, out string value) => values.TryGetValue(key, out value!);
        }
    }
}

/// <summary>What one generator run produced.</summary>
internal sealed record GeneratorRun(GeneratorDriverRunResult Result, Compilation Output)
{
    /// <summary>The generator's own diagnostics.</summary>
    public ImmutableArray<Diagnostic> GeneratorDiagnostics => Result.Diagnostics;

    /// <summary>Compiler errors and warnings in the project with the generated code added.</summary>
    public IEnumerable<Diagnostic> CompilationProblems => Output.GetDiagnostics()
        .Where(diagnostic => diagnostic.Severity >= DiagnosticSeverity.Warning);

    /// <summary>The generated files as trees of <see cref="Output"/>, to ask its semantic model about them.</summary>
    public IEnumerable<SyntaxTree> GeneratedTreesInOutput =>
        Output.SyntaxTrees.Where(tree => Result.GeneratedTrees.Any(generated => generated.FilePath == tree.FilePath));

    public string Source(string hintName) =>
        Result.GeneratedTrees.Single(tree => tree.FilePath.EndsWith(hintName, StringComparison.Ordinal)).ToString();

    public IEnumerable<string> HintNames => Result.GeneratedTrees.Select(tree => Path.GetFileName(tree.FilePath));
}
