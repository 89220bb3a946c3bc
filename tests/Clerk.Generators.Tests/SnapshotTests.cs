using Clerk.Generators.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Xunit;

namespace Clerk.Generators.Tests;

/// <summary>The generated source for a representative project, against golden files in Snapshots/.</summary>
public sealed class SnapshotTests
{
    private static readonly GeneratorRun Run = RepresentativeProject.Create().Run();

    [Fact]
    public void Generated_code_compiles_without_warnings()
    {
        Assert.Empty(Run.GeneratorDiagnostics);
        Assert.Empty(Run.CompilationProblems);
    }

    [Fact]
    public void One_source_per_routed_file_plus_the_table()
    {
        Assert.Equal(
            [
                "RouteHandlers.g.cs",
                "Routes.Api.g.cs",
                "Routes.Api_Docs_Slug.g.cs",
                "Routes.Api_Files_Path.g.cs",
                "Routes.Api_Me.g.cs",
                "Routes.Api_Meta.g.cs",
                "Routes.Api_Products.g.cs",
                "Routes.Api_Products_Id.g.cs",
                "Routes.Api_Products_Me.g.cs",
                "Routes.Api_Stats.g.cs",
            ],
            Run.HintNames.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Every_generated_type_is_marked_GeneratedCode_with_the_generator_version()
    {
        var version = typeof(RouteGenerator).Assembly.GetName().Version!.ToString();
        var types = Run.GeneratedTreesInOutput
            .SelectMany(tree => tree.GetRoot().DescendantNodes().OfType<BaseTypeDeclarationSyntax>()
                .Select(declaration => Run.Output.GetSemanticModel(tree).GetDeclaredSymbol(declaration)!))
            .Distinct(SymbolEqualityComparer.Default)
            .Cast<INamedTypeSymbol>()
            .ToList();

        Assert.Equal(["ClerkRouteHandlersExtensions", "RouteHandlers"], types.Select(type => type.Name).Order());
        Assert.All(types, type =>
        {
            var generatedCode = Assert.Single(type.GetAttributes(), attribute =>
                attribute.AttributeClass?.ToDisplayString() == "System.CodeDom.Compiler.GeneratedCodeAttribute");
            Assert.Equal(
                ["Clerk.Generators", version],
                generatedCode.ConstructorArguments.Select(argument => (string?)argument.Value));
        });
    }

    [Theory]
    [InlineData("RouteHandlers.g.cs")]
    [InlineData("Routes.Api.g.cs")]
    [InlineData("Routes.Api_Products.g.cs")]
    [InlineData("Routes.Api_Products_Id.g.cs")]
    [InlineData("Routes.Api_Products_Me.g.cs")]
    [InlineData("Routes.Api_Files_Path.g.cs")]
    [InlineData("Routes.Api_Docs_Slug.g.cs")]
    [InlineData("Routes.Api_Stats.g.cs")]
    [InlineData("Routes.Api_Me.g.cs")]
    public void Generated_source_matches_snapshot(string hintName) =>
        Snapshot.Match(hintName.Replace(".g.cs", ""), Run.Source(hintName));
}
