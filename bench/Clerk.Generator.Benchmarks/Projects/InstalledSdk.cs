using System.Collections.Immutable;
using System.Runtime.InteropServices;
using Microsoft.CodeAnalysis;

namespace Clerk.Generator.Benchmarks.Projects;

/// <summary>
/// What the installed .NET offers a web project's compilation: the reference packs of the running runtime's major
/// version (whatever patch is installed), and the RequestDelegateGenerator shipped in the ASP.NET Core pack.
/// </summary>
internal static class InstalledSdk
{
    // The running runtime is <dotnet>/shared/Microsoft.NETCore.App/<version>/.
    private static readonly string DotnetRoot =
        Path.GetFullPath(Path.Combine(RuntimeEnvironment.GetRuntimeDirectory(), "..", "..", ".."));

    private static readonly string AspNetCorePack = Pack("Microsoft.AspNetCore.App.Ref");

    public static ImmutableArray<MetadataReference> FrameworkReferences { get; } =
    [
        .. ReferenceAssemblies(Pack("Microsoft.NETCore.App.Ref")),
        .. ReferenceAssemblies(AspNetCorePack),
    ];

    public static string RequestDelegateGeneratorPath { get; } = RequireFile(Path.Combine(
        AspNetCorePack, "analyzers", "dotnet", "cs", "Microsoft.AspNetCore.Http.RequestDelegateGenerator.dll"));

    /// <summary>The newest installed version of a targeting pack for the running major version.</summary>
    private static string Pack(string name)
    {
        var packs = Path.Combine(DotnetRoot, "packs", name);
        var newest = Directory.Exists(packs)
            ? Directory.GetDirectories(packs)
                .Select(path => (Path: path, Version: Version.TryParse(Path.GetFileName(path).Split('-')[0], out var version) ? version : null))
                .Where(pack => pack.Version?.Major == Environment.Version.Major)
                .OrderByDescending(pack => pack.Version)
                .Select(pack => pack.Path)
                .FirstOrDefault()
            : null;
        return newest ?? throw new InvalidOperationException(
            $"No {name} {Environment.Version.Major}.x under {packs}: the benchmark compiles against the installed reference packs.");
    }

    private static IEnumerable<MetadataReference> ReferenceAssemblies(string pack)
    {
        var directory = Path.Combine(pack, "ref", $"net{Environment.Version.Major}.0");
        var files = Directory.GetFiles(directory, "*.dll");
        if (files.Length == 0)
        {
            throw new InvalidOperationException($"No reference assemblies in {directory}.");
        }
        return files.Order(StringComparer.Ordinal).Select(path => (MetadataReference)MetadataReference.CreateFromFile(path));
    }

    private static string RequireFile(string path) =>
        File.Exists(path) ? path : throw new FileNotFoundException("The RequestDelegateGenerator is not where the ASP.NET Core pack keeps it.", path);
}
