using System.Security;

namespace Clerk.EndToEnd.Tests.Infrastructure;

/// <summary>
/// A brand-new ASP.NET Core project outside the repository: a csproj with the two references a user adds, and the
/// Program.cs and route files of one folder under Projects/.
/// </summary>
internal sealed class TempWebProject
{
    private static readonly TimeSpan BuildTimeout = TimeSpan.FromMinutes(5);

    private TempWebProject(string name, string directory)
    {
        Name = name;
        Directory = directory;
    }

    public string Name { get; }

    /// <summary>The project directory (absolute).</summary>
    public string Directory { get; }

    public string ProjectFile => Path.Combine(Directory, Name + ".csproj");

    public string AssemblyPath => Path.Combine(Directory, "bin", "Debug", "net10.0", Name + ".dll");

    /// <summary>The absolute path of a file given relative to the project, as the compiler prints it.</summary>
    public string PathOf(string relativePath) => Path.Combine(Directory, relativePath.Replace('/', Path.DirectorySeparatorChar));

    /// <summary>Writes the project <paramref name="name"/> under <paramref name="root"/>, with the files of Projects/<paramref name="name"/>.</summary>
    public static TempWebProject Create(string root, string name)
    {
        var project = new TempWebProject(name, Path.Combine(root, name));
        CopyDirectory(Path.Combine(RepoPaths.ProjectTemplates, name), project.Directory);
        File.WriteAllText(project.ProjectFile, ProjectFileText());
        return project;
    }

    /// <summary><c>dotnet build</c>, quiet, as a developer would run it.</summary>
    public Task<ProcessResult> BuildAsync() =>
        ProcessRunner.RunAsync(ProcessRunner.Dotnet, ["build", ProjectFile, "-nologo", "-v:q", "-tl:off", "-nodeReuse:false"], Directory, BuildTimeout);

    private static string ProjectFileText() =>
        $"""
        <Project Sdk="Microsoft.NET.Sdk.Web">
          <PropertyGroup>
            <TargetFramework>net10.0</TargetFramework>
            <Nullable>enable</Nullable>
            <ImplicitUsings>enable</ImplicitUsings>
            <!-- JSON as trimmed and Native AOT apps have it: only through the app's JsonSerializerContext. -->
            <JsonSerializerIsReflectionEnabledByDefault>false</JsonSerializerIsReflectionEnabledByDefault>
          </PropertyGroup>
          <ItemGroup>
            <ProjectReference Include="{SecurityElement.Escape(RepoPaths.RuntimeProject)}" />
            <ProjectReference Include="{SecurityElement.Escape(RepoPaths.GeneratorsProject)}"
                              OutputItemType="Analyzer" ReferenceOutputAssembly="false" />
          </ItemGroup>
        </Project>

        """;

    private static void CopyDirectory(string source, string destination)
    {
        foreach (var file in System.IO.Directory.EnumerateFiles(source, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(destination, Path.GetRelativePath(source, file));
            System.IO.Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
    }
}
