using System.Text.RegularExpressions;
using Clerk.Emulator.Cli;
using Clerk.Emulator.Tests.Infrastructure;

namespace Clerk.Emulator.Tests.Cli;

/// <summary>The runnable app's entry, run in-process: options, printed keys, seed and database files.</summary>
public sealed partial class CommandLineTests
{
    [GeneratedRegex(@"CLERK_API_URL=(\S+)")]
    private static partial Regex ApiUrlLine();

    [Fact]
    public async Task It_prints_the_keys_and_URL_and_serves_the_seed_with_the_given_secret_key()
    {
        using var directory = new TempDirectory();
        await File.WriteAllTextAsync(directory.File("seed.json"), """
            {
              "users": [ { "email_address": "seeded@example.com", "first_name": "Seedy" } ],
              "organizations": [ { "name": "Seeded Org", "slug": "seeded", "members": [ { "user": "seeded@example.com", "role": "org:admin" } ] } ],
              "jwt_templates": [ { "name": "seeded-template", "claims": { "email": "{{user.primary_email_address}}" } } ]
            }
            """);
        var database = directory.File("cli.db");
        string[] args = ["--secret-key", "sk_test_cli_fixed", "--database", database, "--seed", directory.File("seed.json"), "--urls", "http://127.0.0.1:0"];

        var output = await RunUntilStartedAsync(args, async (emulator, printed) =>
        {
            Assert.Contains("CLERK_SECRET_KEY=sk_test_cli_fixed", printed);
            Assert.Contains($"CLERK_PUBLISHABLE_KEY={emulator.PublishableKey}", printed);
            var apiUrl = ApiUrlLine().Match(printed).Groups[1].Value;
            Assert.Equal(emulator.ApiUrl.ToString().TrimEnd('/'), apiUrl);

            using var api = new EmulatorApi(emulator, "sk_test_cli_fixed");
            Assert.Equal(1, (await api.GetAsync("/v1/users/count?email_address=seeded@example.com")).Json["total_count"]!.GetValue<long>());
            Assert.Equal(1, (await api.GetAsync("/v1/organizations/seeded")).Json["members_count"]!.GetValue<int>());
            Assert.Single((await api.GetAsync("/v1/jwt_templates")).Json.AsArray());
        });
        Assert.Contains("Press Ctrl+C", output);

        // The same seed against the persisted database creates nothing twice.
        await RunUntilStartedAsync(args, async (emulator, _) =>
        {
            using var api = new EmulatorApi(emulator, "sk_test_cli_fixed");
            Assert.Equal(1, (await api.GetAsync("/v1/users/count")).Json["total_count"]!.GetValue<long>());
            Assert.Single((await api.GetAsync("/v1/organizations")).Json["data"]!.AsArray());
            Assert.Single((await api.GetAsync("/v1/jwt_templates")).Json.AsArray());
        });
    }

    [Fact]
    public async Task Without_a_secret_key_it_generates_one()
    {
        await RunUntilStartedAsync([], (emulator, printed) =>
        {
            Assert.StartsWith("sk_test_", emulator.SecretKey);
            Assert.Contains($"CLERK_SECRET_KEY={emulator.SecretKey}", printed);
            return Task.CompletedTask;
        });
    }

    [Fact]
    public async Task Help_documents_the_options_and_the_admin_endpoints()
    {
        using var output = new StringWriter();

        var exit = await EmulatorCommandLine.RunAsync(["--help"], output, CancellationToken.None);

        Assert.Equal(0, exit);
        var help = output.ToString();
        Assert.Contains("--secret-key", help);
        Assert.Contains("--database", help);
        Assert.Contains("--seed", help);
        Assert.Contains("POST   /__emulator/faults", help);
        Assert.Contains("/__emulator/keys/rotate", help);
        Assert.Contains("--webhook-url", help);
        Assert.Contains("GET    /__emulator/webhooks", help);
        Assert.Contains("\"retry_after\":5", help);
        Assert.Contains("GET    /__emulator/requests", help);
        Assert.Contains("DELETE /__emulator/requests", help);
    }

    [Fact]
    public async Task Webhook_urls_and_secret_from_the_command_line_deliver_signed_events()
    {
        const string secret = "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw";
        await using var receiver = await Webhooks.WebhookReceiver.StartAsync(() => secret);

        await RunUntilStartedAsync(["--webhook-url", receiver.Url, "--webhook-secret", secret, "--no-rate-limit"], async (emulator, printed) =>
        {
            Assert.Contains($"CLERK_WEBHOOK_SIGNING_SECRET={secret}", printed);
            Assert.Contains($"Webhooks: {receiver.Url}", printed);
            using var api = new EmulatorApi(emulator);
            await api.CreateUserAsync("""{"email_address":["cli-hook@example.com"]}""");
            var delivery = Assert.Single(await receiver.WaitForAsync(1));
            Assert.Equal(Clerk.Verification.Webhooks.WebhookVerdict.Valid, delivery.Verdict);
        });
    }

    [Fact]
    public async Task Without_a_webhook_secret_a_random_one_is_printed()
    {
        await RunUntilStartedAsync([], (emulator, printed) =>
        {
            Assert.Contains($"CLERK_WEBHOOK_SIGNING_SECRET={emulator.WebhookSecret}", printed);
            Assert.Contains("Webhooks: none (--webhook-url URL)", printed);
            return Task.CompletedTask;
        });
    }

    [Theory]
    [InlineData("--bogus")]
    [InlineData("--secret-key", "not-a-secret-key")]
    [InlineData("--database")]
    [InlineData("--webhook-url", "not a url")]
    [InlineData("--webhook-url", "ftp://example.com/hook")]
    [InlineData("--webhook-secret", "secret")]
    public async Task Bad_options_exit_with_2(params string[] args)
    {
        using var output = new StringWriter();

        Assert.Equal(2, await EmulatorCommandLine.RunAsync(args, output, CancellationToken.None));
    }

    private static async Task<string> RunUntilStartedAsync(string[] args, Func<ClerkEmulator, string, Task> whileRunning)
    {
        using var output = new StringWriter();
        using var stop = new CancellationTokenSource();
        var started = new TaskCompletionSource<ClerkEmulator>(TaskCreationOptions.RunContinuationsAsynchronously);
        var run = EmulatorCommandLine.RunAsync(args, output, stop.Token, started);
        var emulator = await Task.WhenAny(started.Task, run) == started.Task
            ? await started.Task
            : throw new InvalidOperationException($"The emulator exited: {output}");
        try
        {
            await whileRunning(emulator, output.ToString());
        }
        finally
        {
            await stop.CancelAsync();
            Assert.Equal(0, await run);
        }

        return output.ToString();
    }
}
