using Clerk.Emulator.Cli;
using Clerk.Tests.Files;
using Clerk.Emulator.Tests.Infrastructure;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Clerk.Emulator.Tests.Seeding;

/// <summary>
/// Where a seed file is looked for, and what a broken one answers: one line naming the file and the problem, never
/// a stack trace from the command line.
/// </summary>
public sealed class SeedFileTests
{
    public static TheoryData<string, string?, string> BrokenSeeds => new()
    {
        { "missing.json", null, "does not exist." },
        { "empty.json", "", "is not a valid seed file:" },
        { "not-json.json", "users: []", "is not a valid seed file:" },
        { "null.json", "null", "is null;" },
        { "wrong-shape.json", """{ "users": { "email_address": "a@example.com" } }""", "is not a valid seed file:" },
        { "template-without-claims.json", """{ "jwt_templates": [ { "name": "t" } ] }""", "is not a valid seed file:" },
        { "stranger.json", """{ "organizations": [ { "name": "Acme", "members": [ { "user": "nobody@example.com", "role": "org:admin" } ] } ] }""",
            "cannot be applied: the member nobody@example.com of Acme is not one of its users." },
    };

    [Theory]
    [MemberData(nameof(BrokenSeeds))]
    public async Task The_command_line_answers_a_broken_seed_file_with_one_line_and_exit_code_1(string name, string? content, string problem)
    {
        using var directory = new TempDirectory();
        var path = directory.File(name);
        if (content is not null)
        {
            await File.WriteAllTextAsync(path, content);
        }

        using var output = new StringWriter();
        var exit = await EmulatorCommandLine.RunAsync(["--seed", path, "--urls", "http://127.0.0.1:0"], output, CancellationToken.None);

        Assert.Equal(1, exit);
        var line = Assert.Single(output.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.StartsWith($"The Clerk emulator's seed file {path} ", line);
        Assert.Contains(problem, line);
    }

    [Fact]
    public async Task A_library_caller_gets_an_InvalidOperationException_with_the_full_path()
    {
        using var directory = new TempDirectory();
        var relative = Path.GetRelativePath(Environment.CurrentDirectory, directory.File("absent.json"));

        var error = await Assert.ThrowsAnyAsync<InvalidOperationException>(
            () => ClerkEmulator.StartAsync(new ClerkEmulatorOptions { SeedPath = relative }));

        Assert.Equal($"The Clerk emulator's seed file {directory.File("absent.json")} does not exist.", error.Message);
    }

    [Fact]
    public async Task In_Development_a_relative_seed_path_means_the_content_root()
    {
        using var directory = new TempDirectory();
        await File.WriteAllTextAsync(directory.File("clerk-seed.json"), """
            { "users": [ { "email_address": "rooted@example.com", "first_name": "Rooted" } ] }
            """);
        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions
        {
            EnvironmentName = Environments.Development,
            ContentRootPath = directory.Path,
        });
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();

        builder.AddClerkEmulatorInDevelopment(options => options.SeedPath = "clerk-seed.json");
        await using var app = builder.Build();

        using var api = new EmulatorApi(app.Services.GetRequiredService<ClerkEmulator>());
        Assert.Equal(1, (await api.GetAsync("/v1/users/count?email_address=rooted@example.com")).Json["total_count"]!.GetValue<long>());
    }

    [Fact]
    public void In_Development_a_missing_seed_file_stops_startup_naming_it()
    {
        using var directory = new TempDirectory();
        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions
        {
            EnvironmentName = Environments.Development,
            ContentRootPath = directory.Path,
        });

        var error = Assert.ThrowsAny<InvalidOperationException>(
            () => builder.AddClerkEmulatorInDevelopment(options => options.SeedPath = "clerk-seed.json"));

        Assert.Equal($"The Clerk emulator's seed file {directory.File("clerk-seed.json")} does not exist.", error.Message);
    }

    [Fact]
    public async Task Dotnet_run_starts_the_emulator_in_the_callers_working_directory()
    {
        // `dotnet run --project src/Clerk.Emulator/Tool -- --seed samples/...` must find the file from where it was typed.
        var project = RepositoryRoot.Combine("src/Clerk.Emulator/Tool/Clerk.Emulator.Tool.csproj");
        using var directory = new TempDirectory();

        var msbuild = await ProcessRunner.RunAsync(ProcessRunner.Dotnet, ["msbuild", project, "-getProperty:RunWorkingDirectory"],
            directory.Path, TimeSpan.FromMinutes(1));

        Assert.True(msbuild.ExitCode == 0, msbuild.ToString());
        Assert.Equal(Path.TrimEndingDirectorySeparator(directory.Path), Path.TrimEndingDirectorySeparator(msbuild.Stdout.Trim()));
    }
}
