using System.Collections.Immutable;
using System.Reflection;
using System.Text.RegularExpressions;
using Clerk.Generator.Benchmarks.Synthetic;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace Clerk.Generator.Benchmarks.Projects;

/// <summary>
/// The synthetic API as one minimal-API Program.cs, with ASP.NET Core's RequestDelegateGenerator (RDG) from the
/// installed ASP.NET Core pack.
/// </summary>
/// <remarks>
/// RDG does not gate itself: Microsoft.NET.Sdk.Web passes its dll to the compiler only when
/// <c>EnableRequestDelegateGenerator</c> (or <c>PublishAot</c>) is true, and adds
/// <c>Microsoft.AspNetCore.Http.Generated</c> to the <c>InterceptorsNamespaces</c> feature so the interceptors it
/// writes compile. Handing the driver the generator and those parse options is the same thing.
/// </remarks>
internal static partial class MinimalApiProject
{
    private const string ProjectDirectory = "/project/";

    private static readonly Type GeneratorType = LoadGeneratorType();

    public static GeneratorWorkload Create(int routeFiles)
    {
        var files = Shapes.Project(routeFiles);
        var program = Parse(ProgramWriter.Write(files), "Program.cs");
        var compilation = CSharpCompilation.Create(
            "MinimalApiApp",
            [Parse(Clerk.Shared.Generators.WebImplicitUsings.Source, "GlobalUsings.cs"), Parse(Shapes.Models, "Models.cs"), program],
            InstalledSdk.FrameworkReferences,
            new CSharpCompilationOptions(OutputKind.ConsoleApplication, nullableContextOptions: NullableContextOptions.Enable));
        var endpoints = files.Sum(file => file.Handlers.Count);
        return new GeneratorWorkload("RequestDelegateGenerator", endpoints, compilation, program, () => ((IIncrementalGenerator)Activator.CreateInstance(GeneratorType)!).AsSourceGenerator(),
            new BuildProperties(ImmutableDictionary<string, string>.Empty), result => WhatIsMissing(result, endpoints));
    }

    // Every MapX call intercepted: one [InterceptsLocation] per call site.
    private static string? WhatIsMissing(GeneratorRunResult result, int endpoints)
    {
        var intercepted = result.GeneratedSources.Sum(source => InterceptsLocation().Count(source.SourceText.ToString()));
        return intercepted == endpoints ? null : $"intercepted {intercepted} of {endpoints} MapX calls";
    }

    [GeneratedRegex(@"InterceptsLocation(Attribute)?\(\d+, """)]
    private static partial Regex InterceptsLocation();

    private static Type LoadGeneratorType()
    {
        var assembly = Assembly.LoadFrom(InstalledSdk.RequestDelegateGeneratorPath);
        return assembly.GetTypes().Single(type =>
            typeof(IIncrementalGenerator).IsAssignableFrom(type) && type.GetCustomAttribute<GeneratorAttribute>() is not null);
    }

    private static SyntaxTree Parse(string text, string relativePath) =>
        CSharpSyntaxTree.ParseText(text, GeneratorWorkload.ParseOptions, ProjectDirectory + relativePath);
}
