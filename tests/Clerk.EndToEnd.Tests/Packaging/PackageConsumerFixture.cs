using System.Security;
using System.Security.Cryptography;
using System.Text.Json;
using Clerk.EndToEnd.Tests.Infrastructure;

namespace Clerk.EndToEnd.Tests.Packaging;

/// <summary>
/// The packages as a user meets them: packs Clerk.Runtime, Clerk.Emulator and the Clerk.Emulator.Tool .NET tool
/// (Release, a version of their own, every build output in a temp folder so the solution's Debug build is never
/// touched) into a local folder feed, then builds three brand-new web projects outside the repo that reference the
/// first two with <c>PackageReference</c> only (no ProjectReference, no analyzer reference, no
/// <c>CompilerVisibleProperty</c>) and serves them:
/// <list type="bullet">
/// <item><c>Hello</c>: route files in <c>app/</c>, Development, on the emulator that Clerk.Emulator embeds.</item>
/// <item><c>Moved</c>: <c>&lt;ClerkAppDirectory&gt;routes&lt;/ClerkAppDirectory&gt;</c> alone (so the package's
/// buildTransitive props must make it visible to the generator), Production with <c>CLERK_JWT_KEY</c>.</item>
/// <item><c>Readme</c>: the files of README.md's C# blocks and nothing else, Development on the embedded emulator.</item>
/// </list>
/// </summary>
public sealed class PackageConsumerFixture : IAsyncLifetime
{
    public const string AuthorizedParty = "https://app.example.com";
    public const string UserId = "user_2pE2ePackageUser";

    private static readonly TimeSpan PackTimeout = TimeSpan.FromMinutes(8);
    private static readonly TimeSpan BuildTimeout = TimeSpan.FromMinutes(5);

    private readonly string root = Path.Combine(Path.GetTempPath(), "clerk-pkg-" + Guid.NewGuid().ToString("N")[..12]);
    private RunningApp? hello;
    private RunningApp? moved;
    private RunningApp? readme;

    /// <summary>Never published anywhere, so no cache (ours or NuGet's) can hold another build of it.</summary>
    internal string Version { get; } = "0.0.0-test" + Guid.NewGuid().ToString("N")[..12];

    /// <summary>The local folder feed the packages are packed into.</summary>
    internal string Feed => Path.Combine(root, "feed");

    /// <summary>Where the outside projects' restore extracts packages (a temp global packages folder).</summary>
    internal string PackagesFolder => Path.Combine(ConsumerDirectory, "packages");

    /// <summary>The folder of the outside projects, whose nuget.config names the feed.</summary>
    internal string ConsumerDirectory => Path.Combine(root, "consumer");

    /// <summary>Where a test may install the tool (<c>dotnet tool install --tool-path</c>) or publish an app to.</summary>
    internal string ScratchDirectory => Path.Combine(root, "scratch");

    internal string HelloDirectory => Path.Combine(ConsumerDirectory, "Hello");

    internal string MovedDirectory => Path.Combine(ConsumerDirectory, "Moved");

    internal string ReadmeDirectory => Path.Combine(ConsumerDirectory, "Readme");

    /// <summary>The files README.md's C# blocks hold, as <see cref="ReadmeExamples"/> reads them.</summary>
    internal IReadOnlyDictionary<string, string> ReadmeFiles { get; } = ReadmeExamples.Files(File.ReadAllText(ReadmeExamples.ReadmePath));

    internal ProcessResult Pack { get; private set; } = null!;

    internal ProcessResult? HelloBuild { get; private set; }

    internal ProcessResult? MovedBuild { get; private set; }

    internal ProcessResult? ReadmeBuild { get; private set; }

    /// <summary>The key whose public half <c>Moved</c> is given as <c>CLERK_JWT_KEY</c>.</summary>
    internal RSA InstanceKey { get; } = RSA.Create(2048);

    internal RunningApp Hello => hello ?? throw new InvalidOperationException($"Hello did not build or start.\n{Failure()}");

    internal RunningApp Moved => moved ?? throw new InvalidOperationException($"Moved did not build or start.\n{Failure()}");

    internal RunningApp Readme => readme ?? throw new InvalidOperationException($"Readme did not build or start.\n{Failure()}");

    public async Task InitializeAsync()
    {
        Directory.CreateDirectory(root);
        Pack = await PackAsync();
        if (Pack.ExitCode != 0)
        {
            return;
        }

        WriteConsumerFolder();
        WriteProject(HelloDirectory, "Hello", appDirectory: null, HelloFiles);
        WriteProject(MovedDirectory, "Moved", appDirectory: "routes", MovedFiles);
        WriteProject(ReadmeDirectory, "Readme", appDirectory: null, ReadmeFiles);
        // One after the other: the second restore finds the packages the first one extracted.
        HelloBuild = await BuildAsync(HelloDirectory, "Hello");
        MovedBuild = await BuildAsync(MovedDirectory, "Moved");
        ReadmeBuild = await BuildAsync(ReadmeDirectory, "Readme");

        if (HelloBuild.ExitCode == 0)
        {
            // No Clerk settings at all: AddClerkEmulatorInDevelopment starts the embedded emulator.
            hello = await RunningApp.StartAsync(HelloDirectory, AssemblyPath(HelloDirectory, "Hello"),
                SampleAppFixture.SampleEnvironment("Development", new Dictionary<string, string>()));
        }
        if (MovedBuild.ExitCode == 0)
        {
            // A key is configured, so AddClerkEmulatorInDevelopment would stand aside even in Development.
            moved = await RunningApp.StartAsync(MovedDirectory, AssemblyPath(MovedDirectory, "Moved"),
                SampleAppFixture.SampleEnvironment("Production", new Dictionary<string, string>
                {
                    ["CLERK_JWT_KEY"] = InstanceKey.ExportSubjectPublicKeyInfoPem(),
                    ["CLERK_AUTHORIZED_PARTIES"] = AuthorizedParty,
                }));
        }
        if (ReadmeBuild.ExitCode == 0)
        {
            readme = await RunningApp.StartAsync(ReadmeDirectory, AssemblyPath(ReadmeDirectory, "Readme"),
                SampleAppFixture.SampleEnvironment("Development", new Dictionary<string, string>()));
        }
    }

    public async Task DisposeAsync()
    {
        if (hello is not null)
        {
            await hello.DisposeAsync();
        }
        if (moved is not null)
        {
            await moved.DisposeAsync();
        }
        if (readme is not null)
        {
            await readme.DisposeAsync();
        }
        InstanceKey.Dispose();
        try
        {
            Directory.Delete(root, recursive: true);
        }
        catch (IOException)
        {
            // A leftover temp folder is harmless; a failed cleanup must not hide the test results.
        }
    }

    /// <summary>The nupkg of <paramref name="id"/> in the feed.</summary>
    internal string PackagePath(string id) => Path.Combine(Feed, $"{id}.{Version}.nupkg");

    /// <summary>A genuine v2 session token for <see cref="UserId"/>, signed with <see cref="InstanceKey"/>.</summary>
    internal string SessionToken() =>
        JwsTokens.Sign(JwsTokens.SessionHeader(), JwsTokens.SessionPayload(UserId, AuthorizedParty), InstanceKey);

    /// <summary>What went wrong before the apps started, for failure messages.</summary>
    internal string Failure() =>
        Pack.ExitCode != 0 ? $"dotnet pack failed (exit code {Pack.ExitCode}):\n{Pack.Output}"
        : HelloBuild is { ExitCode: not 0 } ? $"Hello did not build:\n{HelloBuild.Output}"
        : MovedBuild is { ExitCode: not 0 } ? $"Moved did not build:\n{MovedBuild.Output}"
        : ReadmeBuild is { ExitCode: not 0 } ? $"Readme did not build:\n{ReadmeBuild.Output}"
        : "";

    internal static string AssemblyPath(string projectDirectory, string name) =>
        Path.Combine(projectDirectory, "bin", "Debug", "net10.0", name + ".dll");

    /// <summary>
    /// <c>dotnet pack</c> of a solution filter holding the three packable projects (the generator and code fix
    /// projects are built as Clerk.Runtime's references), in Release, with <c>--artifacts-path</c> so that bin and obj
    /// of every project, restore output included, land in the temp folder instead of the repo's bin/Debug and obj.
    /// </summary>
    private async Task<ProcessResult> PackAsync()
    {
        var packDirectory = Path.Combine(root, "pack");
        Directory.CreateDirectory(packDirectory);
        var filter = Path.Combine(packDirectory, "Packages.slnf");
        File.WriteAllText(filter, JsonSerializer.Serialize(new
        {
            solution = new
            {
                path = Path.Combine(RepoPaths.Root, "Clerk.sln"),
                projects = new[]
                {
                    "src/Clerk.Runtime/Clerk.Runtime.csproj",
                    "src/Clerk.Emulator/Clerk.Emulator.csproj",
                    "src/Clerk.Emulator/Tool/Clerk.Emulator.Tool.csproj",
                },
            },
        }));
        return await ProcessRunner.RunAsync(ProcessRunner.Dotnet,
            ["pack", filter, "-c", "Release", "--artifacts-path", Path.Combine(packDirectory, "artifacts"),
             $"-p:PackageOutputPath={Feed}", $"-p:Version={Version}", "-nologo", "-v:q", "-tl:off", "-nodeReuse:false"],
            packDirectory, PackTimeout);
    }

    /// <summary>
    /// The folder both projects live in: empty Directory.Build files (nothing from the shared temp folder leaks in),
    /// and a nuget.config that puts the feed before the machine's own sources and extracts into a temp packages
    /// folder, falling back to the machine's global packages folder for every other package (offline once the repo
    /// has restored, and the machine's cache never holds a test build).
    /// </summary>
    private void WriteConsumerFolder()
    {
        Directory.CreateDirectory(ConsumerDirectory);
        File.WriteAllText(Path.Combine(ConsumerDirectory, "Directory.Build.props"), "<Project />\n");
        File.WriteAllText(Path.Combine(ConsumerDirectory, "Directory.Build.targets"), "<Project />\n");
        File.WriteAllText(Path.Combine(ConsumerDirectory, "nuget.config"),
            $"""
            <?xml version="1.0" encoding="utf-8"?>
            <configuration>
              <packageSources>
                <!-- Added to the sources of the machine's NuGet.Config (nuget.org), which the other packages come from. -->
                <add key="clerk-local" value="{SecurityElement.Escape(Feed)}" />
              </packageSources>
              <fallbackPackageFolders>
                <add key="machine" value="{SecurityElement.Escape(MachinePackagesFolder())}" />
              </fallbackPackageFolders>
            </configuration>

            """);
    }

    private static string MachinePackagesFolder() =>
        Environment.GetEnvironmentVariable("NUGET_PACKAGES") is { Length: > 0 } configured
            ? configured
            : Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".nuget", "packages");

    /// <summary>A web project as a user writes it: the two package references and nothing else of Clerk's.</summary>
    private void WriteProject(string directory, string name, string? appDirectory, IReadOnlyDictionary<string, string> files)
    {
        Directory.CreateDirectory(directory);
        var appDirectoryProperty = appDirectory is null ? "" : $"\n    <ClerkAppDirectory>{appDirectory}</ClerkAppDirectory>";
        File.WriteAllText(Path.Combine(directory, name + ".csproj"),
            $"""
            <Project Sdk="Microsoft.NET.Sdk.Web">
              <PropertyGroup>
                <TargetFramework>net10.0</TargetFramework>
                <Nullable>enable</Nullable>
                <ImplicitUsings>enable</ImplicitUsings>{appDirectoryProperty}
              </PropertyGroup>
              <ItemGroup>
                <PackageReference Include="Clerk.Runtime" Version="{Version}" />
                <PackageReference Include="Clerk.Emulator" Version="{Version}" />
              </ItemGroup>
            </Project>

            """);
        File.WriteAllText(Path.Combine(directory, "Program.cs"), ProgramText);
        foreach (var (path, text) in files)
        {
            var target = Path.Combine(directory, path.Replace('/', Path.DirectorySeparatorChar));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.WriteAllText(target, text);
        }
    }

    /// <summary>
    /// <c>dotnet build</c> as a developer runs it, with the generated sources written to obj/ (so the tests can see
    /// that the packaged generator ran).
    /// </summary>
    private Task<ProcessResult> BuildAsync(string directory, string name) =>
        DotnetAsync(directory,
            ["build", Path.Combine(directory, name + ".csproj"), "-nologo", "-v:q", "-tl:off", "-nodeReuse:false", "-p:EmitCompilerGeneratedFiles=true"]);

    /// <summary>
    /// <c>dotnet</c> from <paramref name="directory"/> (under the consumer folder, so the feed's nuget.config applies)
    /// with NUGET_PACKAGES pointing at the temp packages folder (it would override the nuget.config's
    /// globalPackagesFolder).
    /// </summary>
    internal Task<ProcessResult> DotnetAsync(string directory, IEnumerable<string> arguments) =>
        ProcessRunner.RunAsync(ProcessRunner.Dotnet, arguments, directory, BuildTimeout,
            new Dictionary<string, string?> { ["NUGET_PACKAGES"] = PackagesFolder });

    private const string ProgramText =
        """
        var builder = WebApplication.CreateBuilder(args);
        // Development without Clerk keys: the emulator from the Clerk.Emulator package, and its /sign-in page.
        builder.AddClerkEmulatorInDevelopment();
        builder.Services.AddClerk();

        var app = builder.Build();
        app.MapRouteHandlers();
        app.Run();

        """;

    private static readonly Dictionary<string, string> HelloFiles = new()
    {
        ["app/api/hello/[name]/route.cs"] =
            """
            using Clerk;

            namespace Hello.Api.Hello.Name;

            public static class Route
            {
                public static IResult GET(string name) => Results.Text($"hello {name}");

                [Protected]
                public static IResult POST(string name, Auth auth) => Results.Text($"hello {name}, {auth.UserId}");
            }

            """,
    };

    private static readonly Dictionary<string, string> MovedFiles = new()
    {
        ["routes/api/moved/[id]/route.cs"] =
            """
            using Clerk;

            namespace Moved.Api.Moved.Id;

            public static class Route
            {
                public static IResult GET(int id) => Results.Text($"moved {id}");

                [Protected]
                public static IResult DELETE(int id, Auth auth) => Results.Text($"deleted {id} for {auth.UserId}");
            }

            """,
        // Under the default folder, which this project moved away from: compiled as plain C#, never routed.
        ["app/api/stale/route.cs"] =
            """
            namespace Moved.Api.Stale;

            public static class Route
            {
                public static IResult GET() => Results.Text("stale");
            }

            """,
    };
}
