using System.Net;
using System.Net.Http.Headers;
using Clerk.EndToEnd.Tests.Infrastructure;

namespace Clerk.EndToEnd.Tests.Packaging;

/// <summary>
/// The emulator's two packages as their users meet them: Clerk.Emulator, a library that adds nothing runnable to the
/// app, and Clerk.Emulator.Tool, the standalone emulator as the <c>clerk-emulator</c> .NET tool.
/// </summary>
public sealed partial class PackageConsumerTests
{
    private static readonly TimeSpan ToolTimeout = TimeSpan.FromMinutes(2);

    [Fact]
    public async Task App_on_the_emulator_package_builds_and_publishes_without_a_second_program()
    {
        Assert.True(packages.HelloBuild is { ExitCode: 0 }, packages.Failure());
        var build = Path.GetDirectoryName(PackageConsumerFixture.AssemblyPath(packages.HelloDirectory, "Hello"))!;
        // The build's own output, published: which files a publish copies does not depend on the configuration.
        var published = Path.Combine(packages.ScratchDirectory, "Hello-publish");
        var publish = await packages.DotnetAsync(packages.HelloDirectory,
            ["publish", "Hello.csproj", "-c", "Debug", "--no-build", "-o", published, "-nologo", "-v:q", "-tl:off", "-nodeReuse:false"]);
        Assert.True(publish.ExitCode == 0, $"dotnet publish: {publish}");

        foreach (var output in new[] { build, published })
        {
            Assert.True(File.Exists(Path.Combine(output, "Clerk.Emulator.dll")), $"No Clerk.Emulator.dll in {output}.");
            Assert.True(File.Exists(Path.Combine(output, "Hello.runtimeconfig.json")), $"No Hello.runtimeconfig.json in {output}.");
            Assert.Empty(EmulatorProgram.FilesIn(output));
        }
    }

    [Fact]
    public void Emulator_tool_package_is_a_dotnet_tool_with_everything_it_runs_on_inside()
    {
        using var package = OpenPackage("Clerk.Emulator.Tool");

        var contents = Contents(package);
        Assert.Contains("tools/net10.0/any/DotnetToolSettings.xml", contents);
        Assert.Contains("tools/net10.0/any/Clerk.Emulator.Tool.dll", contents);
        Assert.Contains("tools/net10.0/any/Clerk.Emulator.dll", contents);
        Assert.Contains("tools/net10.0/any/Microsoft.Data.Sqlite.dll", contents);

        var nuspec = Nuspec(package, "Clerk.Emulator.Tool");
        Assert.Equal(["DotnetTool"], Attributes(nuspec, "packageType", "name"));
        Assert.Empty(Dependencies(nuspec));
    }

    [Fact]
    public async Task Emulator_tool_installs_from_the_feed_and_runs_as_clerk_emulator()
    {
        Assert.True(File.Exists(packages.PackagePath("Clerk.Emulator.Tool")), packages.Failure());
        var tools = Path.Combine(packages.ScratchDirectory, "tools");
        var install = await packages.DotnetAsync(packages.ConsumerDirectory,
            ["tool", "install", "Clerk.Emulator.Tool", "--version", packages.Version, "--tool-path", tools]);
        Assert.True(install.ExitCode == 0, $"dotnet tool install: {install}");
        var command = Path.Combine(tools, OperatingSystem.IsWindows() ? "clerk-emulator.exe" : "clerk-emulator");

        var help = await ProcessRunner.RunAsync(command, ["--help"], tools, ToolTimeout);
        Assert.True(help.ExitCode == 0, $"clerk-emulator --help: {help}");
        Assert.Contains("Usage: clerk-emulator [options]", help.Stdout);

        // Started for real: the library and SQLite's native build came with the tool.
        const string SecretKey = "sk_test_emulatortool";
        await using var emulator = ProcessRunner.Start(command, ["--urls", "http://127.0.0.1:0", "--secret-key", SecretKey], tools);
        var banner = await emulator.WaitForLineAsync("CLERK_API_URL=", ToolTimeout);
        var apiUrl = banner[(banner.IndexOf('=', StringComparison.Ordinal) + 1)..].Trim();
        using var client = new HttpClient();
        using var request = new HttpRequestMessage(HttpMethod.Get, apiUrl + "/v1/jwks");
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", SecretKey);
        using var response = await client.SendAsync(request);

        Assert.True(response.StatusCode == HttpStatusCode.OK, $"GET /v1/jwks: {(int)response.StatusCode}\n{emulator.Output}");
        Assert.Contains("\"keys\"", await response.Content.ReadAsStringAsync());
    }
}
