using System.Collections.Immutable;
using Clerk.Generator.Benchmarks.Synthetic;
using Clerk.Generators;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace Clerk.Generator.Benchmarks.Projects;

/// <summary>The synthetic API as route files under <c>/project/app/</c>, with our route generator.</summary>
internal static class RouteFileProject
{
    private const string ProjectDirectory = "/project/";

    // What Microsoft.NET.Sdk.Web hands the generator; the app directory is left at its default, app/.
    private static readonly BuildProperties Options = new(ImmutableDictionary<string, string>.Empty
        .Add("build_property.projectdir", ProjectDirectory));

    public static GeneratorWorkload Create(int routeFiles)
    {
        var files = Shapes.Project(routeFiles);
        var routeTrees = files
            .Select(file => Parse(RouteFileWriter.Write(file), file.RelativePath))
            .ToList();
        var compilation = CSharpCompilation.Create(
            "RouteFileApp",
            [
                // A web project with the Clerk.Runtime package: its props add the Clerk using.
                Parse(Clerk.Shared.Generators.WebImplicitUsings.WithClerkRuntime, "GlobalUsings.cs"),
                Parse(Shapes.Models, "Models.cs"),
                Parse(RouteFileWriter.Program, "Program.cs"),
                .. routeTrees,
            ],
            [.. InstalledSdk.FrameworkReferences, MetadataReference.CreateFromFile(typeof(ProtectedAttribute).Assembly.Location)],
            new CSharpCompilationOptions(OutputKind.ConsoleApplication, nullableContextOptions: NullableContextOptions.Enable));
        var endpoints = files.Sum(file => file.Handlers.Count);
        return new GeneratorWorkload("Route generator", endpoints, compilation, routeTrees[0], () => new RouteGenerator().AsSourceGenerator(), Options,
            result => WhatIsMissing(result, routeFiles));
    }

    // One source per route file and the table that maps them all.
    private static string? WhatIsMissing(GeneratorRunResult result, int routeFiles)
    {
        var routeSources = result.GeneratedSources.Count(source => source.HintName.StartsWith("Routes.", StringComparison.Ordinal));
        var table = result.GeneratedSources.Any(source => source.HintName == "RouteHandlers.g.cs");
        return routeSources == routeFiles && table
            ? null
            : $"wrote {routeSources} route sources for {routeFiles} route files{(table ? "" : ", and no RouteHandlers.g.cs")}";
    }

    private static SyntaxTree Parse(string text, string relativePath) =>
        CSharpSyntaxTree.ParseText(text, GeneratorWorkload.ParseOptions, ProjectDirectory + relativePath);
}
