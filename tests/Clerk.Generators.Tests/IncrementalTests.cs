using System.Collections;
using System.Reflection;
using Clerk.Generators.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Text;
using Xunit;

namespace Clerk.Generators.Tests;

/// <summary>
/// The generator is incremental for real: the driver runs twice over the representative project, and the second
/// run, after an edit, must reuse what the edit did not change.
/// </summary>
public sealed class IncrementalTests
{
    private static readonly string[] TrackedSteps =
    [
        RouteGenerator.Steps.ProjectOptions,
        RouteGenerator.Steps.RouteFiles,
        RouteGenerator.Steps.Routes,
        RouteGenerator.Steps.RouteModels,
        RouteGenerator.Steps.Table,
        RouteGenerator.Steps.RouteSources,
    ];

    // A route file whose handlers are wrong in every way a diagnostic points at a declaration after a body.
    private const string MistakesRoute = """
        namespace Shop.Api.Mistakes;

        public static class Route
        {
            public static string GET()
            {
                return "first";
            }

            public static string Post() => "wrong case";

            public static string PUT(System.IO.Stream body, System.Action callback) => "unbindable";

            public static string DELETE(ref int count) => "by reference";

            public string OPTIONS() => "not static";

            public static string PATCH([Microsoft.AspNetCore.Mvc.FromRoute] int id) => "not in the URL";
        }
        """;

    [Fact]
    public void An_unrelated_edit_leaves_every_step_cached_or_unchanged()
    {
        var (first, second) = RunTwice(compilation => compilation.AddSyntaxTrees(
            CSharpSyntaxTree.ParseText("namespace Shop; public static class Unrelated { public const int Answer = 42; }",
                (CSharpParseOptions)compilation.SyntaxTrees.First().Options, TestProject.ProjectDirectory + "Unrelated.cs")));

        foreach (var step in TrackedSteps)
        {
            Assert.All(Outputs(second, step), reason => Assert.True(
                reason is IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged, $"{step} was {reason}"));
        }
        Assert.Equal(Sources(first), Sources(second));
    }

    [Fact]
    public void Editing_a_handler_body_reemits_nothing()
    {
        // The body is not part of any model, so not even the edited route's own source is written again.
        var (_, second) = RunTwice(compilation => Edit(compilation, "app/api/products/route.cs",
            "await Task.Yield();", "await Task.Delay(1, cancellationToken);"));

        Assert.All(Outputs(second, RouteGenerator.Steps.RouteModels), reason =>
            Assert.True(reason is IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged, $"RouteModels was {reason}"));
        Assert.All(Outputs(second, RouteGenerator.Steps.RouteSources), reason =>
            Assert.True(reason is IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged, $"RouteSources was {reason}"));
    }

    [Fact]
    public void Changing_one_handler_signature_reemits_only_that_route()
    {
        var (first, second) = RunTwice(compilation => Edit(compilation, "app/api/files/[...path]/route.cs",
            "GET(string[] path, HttpRequest request)", "GET(string[] path, HttpRequest request, int depth = 1)"));

        var reasons = Outputs(second, RouteGenerator.Steps.RouteSources).ToList();
        Assert.Equal(1, reasons.Count(reason => reason == IncrementalStepRunReason.Modified));
        Assert.All(reasons.Where(reason => reason != IncrementalStepRunReason.Modified), reason =>
            Assert.True(reason is IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged));

        var changed = Sources(first).Zip(Sources(second)).Where(pair => pair.First != pair.Second).ToList();
        Assert.Equal("Routes.Api_Files_Path.g.cs", Assert.Single(changed).First.Name);
    }

    [Fact]
    public void Editing_a_handler_body_parses_no_route_file_again()
    {
        // Roslyn re-runs a syntax provider's transform for every route file on every run; the parser answers files
        // whose tree and declarations are unchanged from its memo, and the edited file, whose declarations are
        // unchanged too, from the model parsed before its edit with the locations moved: a keystroke in a handler
        // body binds nothing.
        var (parses, first, second) = CountParses(compilation => Edit(compilation, "app/api/products/route.cs",
            "await Task.Yield();", "await Task.Delay(1, cancellationToken);"));

        Assert.Equal(RouteFileCount(first), parses.First);
        Assert.Equal(0, parses.Second);
        Assert.Equal(Sources(first), Sources(second));
    }

    [Fact]
    public void Editing_a_handler_signature_parses_the_route_files_again()
    {
        // A declaration changed: other route files may use what this one declares, so none is taken from the memo.
        var (parses, _, second) = CountParses(compilation => Edit(compilation, "app/api/products/route.cs",
            "CancellationToken cancellationToken)", "CancellationToken cancellationToken, int retries = 3)"));

        Assert.Equal(RouteFileCount(second), parses.Second);
        Assert.Contains("retries", Sources(second).Single(source => source.Name == "Routes.Api_Products.g.cs").Text);
    }

    [Theory]
    [InlineData("return \"first\";", "var longer = \"a body that grew\";\n        return longer;")]
    [InlineData("return \"first\";", "return \"\";")]
    [InlineData("return \"first\";", "{ }\n\n\n        return \"first\";")]
    public void After_a_body_edit_diagnostics_point_where_a_fresh_build_points(string oldBody, string newBody)
    {
        // The edited file's model is moved, not parsed: every diagnostic after the edit must land on the same span
        // and line as a build of the edited project from scratch reports it.
        var project = RepresentativeProject.Create().With("app/api/mistakes/route.cs", MistakesRoute);
        var generator = new RouteGenerator();
        var compilation = project.Compile();
        var driver = project.CreateDriver(generator).RunGenerators(compilation);
        var parsesBefore = generator.Memo.Parses;
        var edited = Edit(compilation, "app/api/mistakes/route.cs", oldBody, newBody);

        var incremental = driver.RunGenerators(edited).GetRunResult();
        var fresh = project.CreateDriver().RunGenerators(edited).GetRunResult();

        Assert.Equal(parsesBefore, generator.Memo.Parses);
        var expected = Described(fresh);
        Assert.True(expected.Count >= 3, string.Join("\n", expected));
        Assert.Equal(expected, Described(incremental));
        Assert.Equal(Sources(fresh), Sources(incremental));
    }

    [Fact]
    public void Random_body_edits_give_what_a_fresh_build_gives()
    {
        // One driver follows twenty edits at random places inside handler bodies of every route file (statements,
        // comments, blank lines; later edits land on trees an earlier edit made): each run moves models rather than
        // parsing, and must produce the sources and diagnostics, spans and lines included, of a fresh build.
        var project = RepresentativeProject.Create().With("app/api/mistakes/route.cs", MistakesRoute);
        var random = new Random(20261129);
        var generator = new RouteGenerator();
        Compilation compilation = project.Compile();
        var driver = project.CreateDriver(generator).RunGenerators(compilation);
        for (var step = 0; step < 20; step++)
        {
            var routeFiles = compilation.SyntaxTrees.Where(tree => tree.FilePath.EndsWith("/route.cs", StringComparison.Ordinal)).ToList();
            var tree = routeFiles[random.Next(routeFiles.Count)];
            var bodies = tree.GetRoot().DescendantNodes()
                .Where(node => node is BlockSyntax or ArrowExpressionClauseSyntax && node.Parent is MethodDeclarationSyntax).ToList();
            var body = bodies[random.Next(bodies.Count)];
            var (at, insertions) = body is BlockSyntax block
                ? (block.OpenBraceToken.Span.End, new[] { "\n        var unused = 1;", "\n\n\n", " // a note", "\n        { }" })
                : (((ArrowExpressionClauseSyntax)body).ArrowToken.Span.End, new[] { " /* a note */", "\n            ", "  " });
            var text = tree.GetText().WithChanges(new TextChange(new TextSpan(at, 0), insertions[random.Next(insertions.Length)]));
            compilation = compilation.ReplaceSyntaxTree(tree, tree.WithChangedText(text));
            var parses = generator.Memo.Parses;

            driver = driver.RunGenerators(compilation);
            var fresh = project.CreateDriver().RunGenerators(compilation).GetRunResult();

            Assert.Equal(parses, generator.Memo.Parses);
            Assert.Equal(Described(fresh), Described(driver.GetRunResult()));
            Assert.Equal(Sources(fresh), Sources(driver.GetRunResult()));
        }
    }

    [Fact]
    public void One_generator_instance_over_two_projects_keeps_them_apart()
    {
        // An IDE may run one instance over several projects, here with a route file at the same path in each: every
        // run gives what a fresh build of its own project gives, and neither project evicts the other's memo.
        var generator = new RouteGenerator();
        var shop = RepresentativeProject.Create();
        var other = new TestProject().With("app/api/products/route.cs", """
            namespace Other.Api.Products;

            public static class Route
            {
                public static string GET(int page)
                {
                    return "other";
                }
            }
            """);
        var shopCompilation = shop.Compile();
        var otherCompilation = other.Compile().WithAssemblyName("OtherApp");
        var shopDriver = shop.CreateDriver(generator).RunGenerators(shopCompilation);
        var otherDriver = other.CreateDriver(generator).RunGenerators(otherCompilation);
        var parses = generator.Memo.Parses;
        var shopEdited = Edit(shopCompilation, "app/api/products/route.cs", "await Task.Yield();", "await Task.Delay(1, cancellationToken);");
        var otherEdited = Edit(otherCompilation, "app/api/products/route.cs", "return \"other\";", "return \"edited\";");

        shopDriver = shopDriver.RunGenerators(shopEdited);
        otherDriver = otherDriver.RunGenerators(otherEdited);

        Assert.Equal(parses, generator.Memo.Parses);
        Assert.Equal(Sources(shop.CreateDriver().RunGenerators(shopEdited).GetRunResult()), Sources(shopDriver.GetRunResult()));
        Assert.Equal(Sources(other.CreateDriver().RunGenerators(otherEdited).GetRunResult()), Sources(otherDriver.GetRunResult()));
        Assert.Contains("int page", Sources(otherDriver.GetRunResult()).Single(source => source.Name == "Routes.Api_Products.g.cs").Text);
    }

    [Fact]
    public void A_body_edit_given_as_a_whole_new_text_is_moved_as_well()
    {
        // An editor may hand the compiler a whole new text rather than a change: the move needs no diff of the two
        // trees, only the same declarations.
        var (parses, first, second) = CountParses(compilation =>
        {
            var tree = compilation.SyntaxTrees.Single(tree => tree.FilePath == TestProject.ProjectDirectory + "app/api/products/route.cs");
            var text = tree.GetText().ToString().Replace("await Task.Yield();", "await Task.Yield();\n        await Task.Yield();");
            return compilation.ReplaceSyntaxTree(tree, CSharpSyntaxTree.ParseText(text, (CSharpParseOptions)tree.Options, tree.FilePath));
        });

        Assert.Equal(0, parses.Second);
        Assert.Equal(Sources(first), Sources(second));
    }

    [Fact]
    public void A_declaration_change_in_another_file_parses_the_route_files_again()
    {
        // What a handler's parameters mean depends on types declared anywhere: a record that becomes abstract can no
        // longer be a JSON body. A change to any declaration, outside method bodies, invalidates the memo.
        var (parses, first, second) = CountParses(compilation => Edit(compilation, "Models.cs",
            "public sealed record NewProduct(string Name);", "public abstract record NewProduct(string Name);"));

        Assert.Equal(RouteFileCount(first), parses.Second);
        Assert.NotEqual(Sources(first), Sources(second));
    }

    [Fact]
    public void A_changed_constant_used_as_a_default_value_reaches_the_route()
    {
        // A field initializer is a declaration, not a body: a default value read from a constant follows it.
        var project = RepresentativeProject.Create()
            .With("Defaults.cs", "namespace Shop; public static class Defaults { public const int Depth = 1; }")
            .With("app/api/depth/route.cs", """
                namespace Shop.Api.Depth;

                public static class Route
                {
                    public static string GET(int depth = Defaults.Depth) => depth.ToString();
                }
                """);
        var generator = new RouteGenerator();
        var compilation = project.Compile();
        var driver = project.CreateDriver(generator).RunGenerators(compilation);
        driver = driver.RunGenerators(Edit(compilation, "Defaults.cs", "Depth = 1;", "Depth = 7;"));

        var route = driver.GetRunResult().Results.Single().GeneratedSources.Single(source => source.HintName.Contains("Depth")).SourceText.ToString();
        Assert.Contains("7", route);
        Assert.DoesNotContain("= 1", route);
    }

    [Fact]
    public void New_preprocessor_symbols_parse_the_route_files_again()
    {
        // Switching configuration in an editor parses every file again with other symbols: the text is the same,
        // the declarations are not (#if around an attribute: no body in it differs), so nothing is moved from the memo.
        var project = RepresentativeProject.Create().With("app/api/build/route.cs", """
            namespace Shop.Api.Build;

            public static class Route
            {
            #if RELEASE
                [Protected]
            #endif
                public static string GET() => "protected in Release";
            }
            """);
        var generator = new RouteGenerator();
        var compilation = project.Compile();
        var driver = project.CreateDriver(generator).RunGenerators(compilation);
        var release = compilation.RemoveAllSyntaxTrees().AddSyntaxTrees(compilation.SyntaxTrees.Select(tree =>
            CSharpSyntaxTree.ParseText(tree.GetText(), ((CSharpParseOptions)tree.Options).WithPreprocessorSymbols("RELEASE"), tree.FilePath)));

        string Route(GeneratorDriver run) => run.GetRunResult().Results.Single().GeneratedSources
            .Single(source => source.HintName == "Routes.Api_Build.g.cs").SourceText.ToString();

        Assert.DoesNotContain("Protected", Route(driver));
        Assert.Equal(Route(project.CreateDriver().RunGenerators(release)), Route(driver.RunGenerators(release)));
        Assert.Contains("Protected", Route(driver.RunGenerators(release)));
    }

    [Fact]
    public void A_change_of_compilation_options_parses_the_route_files_again()
    {
        // Nullable context decides whether a reference-typed parameter is optional.
        var (parses, first, _) = CountParses(compilation => compilation.WithOptions(
            ((CSharpCompilationOptions)compilation.Options).WithNullableContextOptions(NullableContextOptions.Disable)));

        Assert.Equal(RouteFileCount(first), parses.Second);
    }

    [Fact]
    public void The_pipeline_holds_no_symbols_syntax_or_compilations()
    {
        var project = RepresentativeProject.Create();
        var result = project.CreateDriver().RunGenerators(project.Compile()).GetRunResult().Results.Single();
        foreach (var step in TrackedSteps)
        {
            foreach (var run in result.TrackedSteps[step])
            {
                foreach (var (value, _) in run.Outputs)
                {
                    AssertPlainData(value, step, depth: 0);
                }
            }
        }
    }

    private static (GeneratorDriverRunResult First, GeneratorDriverRunResult Second) RunTwice(Func<Compilation, Compilation> edit)
    {
        var project = RepresentativeProject.Create();
        var compilation = project.Compile();
        var driver = project.CreateDriver().RunGenerators(compilation);
        var first = driver.GetRunResult();
        driver = driver.RunGenerators(edit(compilation));
        return (first, driver.GetRunResult());
    }

    private static Compilation Edit(Compilation compilation, string relativePath, string oldText, string newText)
    {
        var tree = compilation.SyntaxTrees.Single(tree => tree.FilePath == TestProject.ProjectDirectory + relativePath);
        var text = tree.GetText().ToString();
        Assert.Contains(oldText, text);
        return compilation.ReplaceSyntaxTree(tree, tree.WithChangedText(Microsoft.CodeAnalysis.Text.SourceText.From(text.Replace(oldText, newText))));
    }

    // How many route files the parser really parsed (rather than remembered) in each of two runs.
    private static ((int First, int Second) Parses, GeneratorDriverRunResult First, GeneratorDriverRunResult Second) CountParses(
        Func<Compilation, Compilation> edit)
    {
        var project = RepresentativeProject.Create();
        var generator = new RouteGenerator();
        var compilation = project.Compile();
        var driver = project.CreateDriver(generator).RunGenerators(compilation);
        var first = driver.GetRunResult();
        var firstParses = generator.Memo.Parses;
        driver = driver.RunGenerators(edit(compilation));
        return ((firstParses, generator.Memo.Parses - firstParses), first, driver.GetRunResult());
    }

    private static List<string> Described(GeneratorDriverRunResult run) =>
        run.Diagnostics.Select(diagnostic => $"{diagnostic.Id} {diagnostic.Location.SourceSpan} {diagnostic.Location.GetLineSpan()} {diagnostic.GetMessage()}")
            .Order(StringComparer.Ordinal).ToList();

    private static int RouteFileCount(GeneratorDriverRunResult run) =>
        run.Results.Single().TrackedSteps[RouteGenerator.Steps.RouteFiles].Sum(stepRun => stepRun.Outputs.Length);

    private static IEnumerable<IncrementalStepRunReason> Outputs(GeneratorDriverRunResult run, string step) =>
        run.Results.Single().TrackedSteps[step].SelectMany(stepRun => stepRun.Outputs).Select(output => output.Reason);

    private static List<(string Name, string Text)> Sources(GeneratorDriverRunResult run) =>
        run.Results.Single().GeneratedSources.Select(source => (source.HintName, source.SourceText.ToString())).ToList();

    private static void AssertPlainData(object? value, string step, int depth)
    {
        if (value is null || depth > 12 || value is string || value.GetType().IsPrimitive || value.GetType().IsEnum)
        {
            return;
        }
        Assert.False(value is ISymbol or SyntaxNode or Compilation or SemanticModel or Location or SyntaxTree,
            $"{step} holds a {value.GetType().Name}, which pins the compilation and never compares equal across runs");
        if (value is DiagnosticDescriptor || value.GetType().Namespace?.StartsWith("Microsoft.CodeAnalysis.Text", StringComparison.Ordinal) == true)
        {
            return;
        }
        if (value is IEnumerable items)
        {
            foreach (var item in items)
            {
                AssertPlainData(item, step, depth + 1);
            }
            return;
        }
        foreach (var property in value.GetType().GetProperties(BindingFlags.Public | BindingFlags.Instance))
        {
            if (property.GetIndexParameters().Length == 0)
            {
                AssertPlainData(property.GetValue(value), step, depth + 1);
            }
        }
    }
}
