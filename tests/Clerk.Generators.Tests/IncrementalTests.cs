using System.Collections;
using System.Reflection;
using Clerk.Generators.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
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
