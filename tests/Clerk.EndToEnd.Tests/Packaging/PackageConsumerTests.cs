using System.IO.Compression;
using System.Net;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using Clerk.EndToEnd.Tests.Infrastructure;

namespace Clerk.EndToEnd.Tests.Packaging;

/// <summary>
/// What <c>dotnet pack</c> makes of Clerk.Runtime, Clerk.Emulator and Clerk.Emulator.Tool, and a web project outside
/// the repo that uses them as packages: the generator runs from the package, its MSBuild knob works without extra
/// lines, routes answer.
/// </summary>
public sealed partial class PackageConsumerTests(PackageConsumerFixture packages) : IClassFixture<PackageConsumerFixture>
{
    [Fact]
    public void Runtime_package_carries_the_library_the_generator_the_code_fixes_and_the_buildTransitive_props()
    {
        using var package = OpenPackage("Clerk.Runtime");

        Assert.Equal(
            [
                "Clerk.Runtime.nuspec",
                "README.md",
                "analyzers/dotnet/cs/Clerk.CodeFixes.dll",
                "analyzers/dotnet/cs/Clerk.Generators.dll",
                "buildTransitive/Clerk.Runtime.props",
                "lib/net10.0/Clerk.Runtime.dll",
                "lib/net10.0/Clerk.Runtime.xml",
            ],
            Contents(package));

        var props = XDocument.Load(package.GetEntry("buildTransitive/Clerk.Runtime.props")!.Open());
        Assert.Contains(props.Descendants("CompilerVisibleProperty"), item => (string?)item.Attribute("Include") == "ClerkAppDirectory");

        var nuspec = Nuspec(package, "Clerk.Runtime");
        // The generator and the code fixes are inside, not dependencies; the rest flows from the PackageReferences.
        // The Backend API client (Refit, resilience) and the shared caches (FusionCache, its Redis backplane, Redis).
        Assert.Equal(["Microsoft.Extensions.Caching.StackExchangeRedis", "Microsoft.Extensions.Http.Resilience", "Refit", "Refit.HttpClientFactory",
            "StackExchange.Redis", "System.IO.Hashing", "ZiggyCreatures.FusionCache", "ZiggyCreatures.FusionCache.Backplane.StackExchangeRedis"],
            Dependencies(nuspec));
        Assert.Equal(["Microsoft.AspNetCore.App"], FrameworkReferences(nuspec));
        Assert.Equal("MIT", Metadata(nuspec, "license"));
        Assert.Equal(packages.Version, Metadata(nuspec, "version"));
    }

    [Fact]
    public void Emulator_package_is_a_library_not_a_tool()
    {
        using var package = OpenPackage("Clerk.Emulator");

        // Only the library and its docs: no runtimeconfig.json, deps.json or apphost, which an Exe project would pack
        // (the command line is Clerk.Emulator.Tool, a package of its own).
        Assert.Equal(
            [
                "Clerk.Emulator.nuspec",
                "README.md",
                "lib/net10.0/Clerk.Emulator.dll",
                "lib/net10.0/Clerk.Emulator.xml",
            ],
            Contents(package));

        var nuspec = Nuspec(package, "Clerk.Emulator");
        Assert.DoesNotContain(nuspec.Descendants(), element => element.Name.LocalName == "packageType");
        // SQLite for its state; the Standard Webhooks reference implementation to sign its webhook deliveries.
        Assert.Equal(["Microsoft.Data.Sqlite", "StandardWebhooks"], Dependencies(nuspec));
        Assert.Equal(["Microsoft.AspNetCore.App"], FrameworkReferences(nuspec));
    }

    [Fact]
    public void Projects_build_cleanly_with_the_generator_from_the_package()
    {
        foreach (var (name, build, directory, routeFilePrefix) in new[]
        {
            ("Hello", packages.HelloBuild, packages.HelloDirectory, "Routes.Api_Hello"),
            ("Moved", packages.MovedBuild, packages.MovedDirectory, "Routes.Api_Moved"),
            ("Readme", packages.ReadmeBuild, packages.ReadmeDirectory, "Routes.Api_Users_Id"),
        })
        {
            Assert.True(build is { ExitCode: 0 }, packages.Failure());
            Assert.False(Diagnostic().IsMatch(build.Output), $"{name} built with warnings or errors:\n{build.Output}");

            // The analyzer came out of the restored package: nothing else in these projects names a generator.
            var generated = Path.Combine(directory, "obj", "Debug", "net10.0", "generated", "Clerk.Generators", "Clerk.Generators.RouteGenerator");
            var files = Directory.Exists(generated) ? Directory.GetFiles(generated).Select(Path.GetFileName).Order().ToList() : [];
            Assert.True(files.Any(file => file!.StartsWith(routeFilePrefix, StringComparison.Ordinal)),
                $"{name}: no {routeFilePrefix}*.g.cs in {generated}; generated: {string.Join(", ", files)}\n{build.Output}");
            // Moved's app/ folder is not its app directory any more: nothing is generated for app/api/stale.
            Assert.DoesNotContain(files, file => file!.Contains("Stale", StringComparison.Ordinal));
        }
        Assert.True(File.Exists(Path.Combine(packages.PackagesFolder, "clerk.runtime", packages.Version, "analyzers", "dotnet", "cs", "Clerk.Generators.dll")));
    }

    [Fact]
    public async Task Unprotected_handler_answers_with_the_bound_route_value()
    {
        var answer = await packages.Hello.GetAnswerAsync("/api/hello/world");

        Assert.True(answer.Status == HttpStatusCode.OK, $"{answer}\n{packages.Hello.Output}");
        Assert.Equal("hello world", answer.Body);
    }

    [Fact]
    public async Task Protected_handler_is_not_found_signed_out_and_answers_a_user_signed_in_on_the_embedded_emulator()
    {
        var signedOut = await packages.Hello.AnswerAsync(HttpMethod.Post, "/api/hello/world");
        Assert.True(signedOut.Status == HttpStatusCode.NotFound, $"{signedOut}\n{packages.Hello.Output}");

        // The development sign-in page that Clerk.Emulator serves, used as a browser would.
        var page = await packages.Hello.GetAnswerAsync("/sign-in?redirect_url=%2F");
        Assert.True(page.Status == HttpStatusCode.OK, $"GET /sign-in: {page}\n{packages.Hello.Output}");
        var form = SignInForms.Parse(page.Body).First(form => form.Label == "Sign in");
        var signIn = await packages.Hello.AnswerAsync(HttpMethod.Post, form.Action, content: new FormUrlEncodedContent(form.Fields));
        Assert.True(signIn.Status == HttpStatusCode.SeeOther, $"POST {form.Action}: {signIn}\n{packages.Hello.Output}");

        var signedIn = await packages.Hello.AnswerAsync(HttpMethod.Post, "/api/hello/world", cookie: "__session=" + signIn.Cookie("__session"));

        Assert.True(signedIn.Status == HttpStatusCode.OK, $"{signedIn}\n{packages.Hello.Output}");
        Assert.Equal($"hello world, {form.UserId}", signedIn.Body);
    }

    [Fact]
    public async Task ClerkAppDirectory_alone_moves_the_routes()
    {
        var moved = await packages.Moved.GetAnswerAsync("/api/moved/42");
        var stale = await packages.Moved.GetAnswerAsync("/api/stale");

        Assert.True(moved.Status == HttpStatusCode.OK, $"{moved}\n{packages.Moved.Output}");
        Assert.Equal("moved 42", moved.Body);
        Assert.True(stale.Status == HttpStatusCode.NotFound, $"{stale}\n{packages.Moved.Output}");
    }

    [Fact]
    public async Task Protected_handler_in_production_verifies_with_the_configured_key()
    {
        var signedOut = await packages.Moved.AnswerAsync(HttpMethod.Delete, "/api/moved/42");
        var signedIn = await packages.Moved.AnswerAsync(HttpMethod.Delete, "/api/moved/42", bearer: packages.SessionToken());

        Assert.True(signedOut.Status == HttpStatusCode.NotFound, $"{signedOut}\n{packages.Moved.Output}");
        Assert.True(signedIn.Status == HttpStatusCode.OK, $"{signedIn}\n{packages.Moved.Output}");
        Assert.Equal($"deleted 42 for {PackageConsumerFixture.UserId}", signedIn.Body);
    }

    private ZipArchive OpenPackage(string id)
    {
        var path = packages.PackagePath(id);
        Assert.True(File.Exists(path), $"No {path}.\n{packages.Failure()}");
        return ZipFile.OpenRead(path);
    }

    /// <summary>The package's files, without the OPC bookkeeping every nupkg has.</summary>
    private static List<string> Contents(ZipArchive package) =>
        package.Entries.Select(entry => entry.FullName)
            .Where(name => !name.StartsWith("_rels/", StringComparison.Ordinal)
                && !name.StartsWith("package/", StringComparison.Ordinal)
                && name != "[Content_Types].xml")
            .Order(StringComparer.Ordinal)
            .ToList();

    private static XDocument Nuspec(ZipArchive package, string id) => XDocument.Load(package.GetEntry(id + ".nuspec")!.Open());

    private static string? Metadata(XDocument nuspec, string name) =>
        nuspec.Descendants().FirstOrDefault(element => element.Name.LocalName == name)?.Value;

    private static List<string> Dependencies(XDocument nuspec) => Attributes(nuspec, "dependency", "id");

    private static List<string> FrameworkReferences(XDocument nuspec) => Attributes(nuspec, "frameworkReference", "name");

    private static List<string> Attributes(XDocument nuspec, string element, string attribute) =>
        nuspec.Descendants().Where(item => item.Name.LocalName == element)
            .Select(item => (string)item.Attribute(attribute)!)
            .Distinct()
            .Order(StringComparer.Ordinal)
            .ToList();

    // MSBuild's diagnostic format: "file(line,col): warning CS1234: ..." (or "error NU1101", ...).
    [GeneratedRegex(@":\s*(warning|error)\s+[A-Z]+\d+", RegexOptions.IgnoreCase)]
    private static partial Regex Diagnostic();
}
