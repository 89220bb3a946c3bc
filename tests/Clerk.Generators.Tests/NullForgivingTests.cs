using Clerk.Generators.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Xunit;

namespace Clerk.Generators.Tests;

/// <summary>
/// Generated code forgives null only where the compiler would otherwise warn: never on a value type, never on an
/// expression the compiler already knows is not null; and it still compiles without a nullable warning.
/// </summary>
public sealed class NullForgivingTests
{
    // The bindings whose helper hands back a T?, with structs and with references, and some whose helper never does.
    private const string Bindings = """
        using Microsoft.AspNetCore.Mvc;

        namespace Shapes;

        public readonly record struct Point(int X, int Y);
        public sealed record Note(string Text);
        public interface IClock { }

        public static class Route
        {
            public static string GET(
                int size = 20, string name = "x", int? page = null, string? search = null,
                [FromQuery] int[] ids = null!, [FromQuery] string[]? tags = null,
                [FromServices] IClock clock = null!, [FromServices] IClock? other = null) => "";

            public static string POST([FromBody] int count) => "";

            public static string PUT([FromBody] Point point, [FromHeader] int retries = 3) => "";

            public static string PATCH([FromBody] Note note) => "";

            public static string DELETE([FromBody] Point? point = null) => "";
        }
        """;

    public static TheoryData<string> Projects => ["representative", "served endpoints", "bindings"];

    [Theory]
    [MemberData(nameof(Projects))]
    public void Null_is_forgiven_only_where_the_compiler_would_warn_without_it(string name)
    {
        var run = Project(name).Run();

        Assert.Empty(run.GeneratorDiagnostics);
        Assert.Empty(run.CompilationProblems);
        var forgiven = Forgiven(run).ToList();
        Assert.All(forgiven, operand =>
        {
            Assert.False(operand.IsValueType, $"{operand.Text} in {operand.File} is a value");
            Assert.True(operand.WarnsWithout, $"{operand.Text} in {operand.File} needs no '!': no warning without it");
        });
        if (name == "bindings")
        {
            Assert.Equal(["clock", "name", "note"], forgiven.Select(operand => operand.Text).Order());
        }
    }

    private static TestProject Project(string name) => name switch
    {
        "representative" => RepresentativeProject.Create(),
        "served endpoints" => EndpointsProject.Create(),
        _ => new TestProject().With("app/api/shapes/route.cs", Bindings),
    };

    /// <summary>
    /// Every <c>!</c> in the generated code: whether its operand is a value, and whether the compiler warns about a
    /// possible null there once all of the file's <c>!</c> are taken out.
    /// </summary>
    private static IEnumerable<(string File, string Text, bool IsValueType, bool WarnsWithout)> Forgiven(
        GeneratorRun run)
    {
        foreach (var tree in run.GeneratedTreesInOutput)
        {
            var forgiven = tree.GetRoot().DescendantNodes().OfType<PostfixUnaryExpressionSyntax>()
                .Where(node => node.IsKind(SyntaxKind.SuppressNullableWarningExpression))
                .ToList();
            if (forgiven.Count == 0)
            {
                continue;
            }
            // Each operand marked, to find it again once the file's '!' are taken out.
            var marks = forgiven.ToDictionary(node => node, _ => new SyntaxAnnotation());
            var root = tree.GetRoot().ReplaceNodes(forgiven, (original, _) =>
                original.Operand.WithTriviaFrom(original).WithAdditionalAnnotations(marks[original]));
            var unforgiven = tree.WithRootAndOptions(root, tree.Options);
            var warnings = run.Output.ReplaceSyntaxTree(tree, unforgiven).GetSemanticModel(unforgiven).GetDiagnostics()
                .Where(diagnostic => diagnostic.Severity == DiagnosticSeverity.Warning)
                .Select(diagnostic => diagnostic.Location.SourceSpan)
                .ToList();
            var model = run.Output.GetSemanticModel(tree);
            foreach (var forgiveness in forgiven)
            {
                var operand = unforgiven.GetRoot().GetAnnotatedNodes(marks[forgiveness]).Single();
                yield return (
                    Path.GetFileName(tree.FilePath),
                    forgiveness.Operand.ToString(),
                    model.GetTypeInfo(forgiveness.Operand).Type?.IsValueType ?? false,
                    warnings.Any(span => span.IntersectsWith(operand.Span)));
            }
        }
    }
}
