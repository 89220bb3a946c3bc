using Clerk.Emulator.Seeding;
using Microsoft.Extensions.Logging;

namespace Clerk.Emulator.Cli;

/// <summary>
/// <c>dotnet run --project src/Clerk.Emulator/Tool -- [options]</c> (or <c>clerk-emulator [options]</c>, the tool):
/// starts an emulator, prints the keys and URLs to configure, and runs until cancelled (Ctrl+C).
/// </summary>
internal static class EmulatorCommandLine
{
    public const string Help = """
        Clerk emulator: a local stand-in for Clerk's Backend API.

        Usage: clerk-emulator [options]

          --urls URL                  where to listen (default http://127.0.0.1:0, a free port)
          --secret-key sk_test_...    the secret key to accept (default: generated, or the one the database holds)
          --database PATH             SQLite file that keeps the state across restarts (default: in memory)
          --seed PATH                 JSON file of roles, users, organizations (with members) and JWT templates
                                      to create at start; ones that already exist are skipped
          --authorized-party ORIGIN   the azp claim of minted tokens, e.g. http://localhost:5000
          --webhook-url URL           deliver every change as Clerk's webhook event to URL (repeatable)
          --webhook-secret whsec_...  the secret deliveries are signed with (default: random, printed below)
          --no-rate-limit             turn off the development-instance rate limits
          --help                      show this help

        Backend API: {API URL}/v1/... with "Authorization: Bearer <secret key>".

        Admin endpoints (no secret key, loopback callers only):
          POST   /__emulator/faults        inject a fault, body (all optional):
                                           {"latency_ms":500,"status":503,"abort":false,"path_prefix":"/v1/users","count":3,
                                            "retry_after":5}
                                           latency first, then the status (Clerk's error body; 429 as the rate limiter
                                           words it) with Retry-After in seconds (0..3600) if given, or a dropped connection
          DELETE /__emulator/faults        stop injecting faults
          POST   /__emulator/keys/rotate   sign with a new key; the old one stays in the JWKS for the grace period (1 h)
          GET    /__emulator/webhooks      every webhook delivery attempt: event, URL, attempt, status or error
          GET    /__emulator/requests      the last 100000 /v1 requests, oldest first: method, endpoint as its route reads
                                           ("GET /v1/users/{user_id}"; the path when none matched), status (0: dropped),
                                           at (Unix ms); ?endpoint=<that exact string> and ?since=<Unix ms> filter
          DELETE /__emulator/requests      forget the recorded requests
        """;

    /// <summary>Runs the emulator until <paramref name="stop"/> fires; <paramref name="started"/> learns it is up.</summary>
    public static async Task<int> RunAsync(
        string[] args, TextWriter output, CancellationToken stop, TaskCompletionSource<ClerkEmulator>? started = null)
    {
        if (!TryParse(args, out var options, out var error))
        {
            await output.WriteLineAsync(error);
            await output.WriteLineAsync(Help);
            return 2;
        }

        if (options is null)
        {
            await output.WriteLineAsync(Help);
            return 0;
        }

        ClerkEmulator running;
        try
        {
            running = await ClerkEmulator.StartAsync(options, defaultSeed: null,
                logging => logging.AddSimpleConsole(console => console.SingleLine = true).SetMinimumLevel(LogLevel.Warning), stop);
        }
        catch (SeedFileException e)
        {
            // A mistake in the user's file, not in the emulator: one line that says which file and what, no stack trace.
            await output.WriteLineAsync(e.Message);
            return 1;
        }

        await using var emulator = running;
        var apiUrl = emulator.ApiUrl.ToString().TrimEnd('/');
        await output.WriteLineAsync($"""
            Clerk emulator is running.
              CLERK_API_URL={apiUrl}
              CLERK_SECRET_KEY={emulator.SecretKey}
              CLERK_PUBLISHABLE_KEY={emulator.PublishableKey}
              JWKS: {apiUrl}/v1/jwks
              CLERK_WEBHOOK_SIGNING_SECRET={emulator.WebhookSecret}
              Webhooks: {(emulator.Instance.Webhooks.Urls.Count == 0 ? "none (--webhook-url URL)" : string.Join(" ", emulator.Instance.Webhooks.Urls))}
            Press Ctrl+C to stop.
            """);
        await output.FlushAsync(stop);
        started?.TrySetResult(emulator);
        try
        {
            await Task.Delay(Timeout.Infinite, stop);
        }
        catch (OperationCanceledException)
        {
            // Ctrl+C or the embedding test: a normal stop.
        }

        return 0;
    }

    /// <summary>Reads the options; null options (and no error) mean help was asked for.</summary>
    internal static bool TryParse(string[] args, out ClerkEmulatorOptions? options, out string error)
    {
        options = new ClerkEmulatorOptions();
        error = "";
        for (var i = 0; i < args.Length; i++)
        {
            var name = args[i];
            string Value() => i + 1 < args.Length ? args[++i] : throw new ArgumentException($"{name} needs a value.");
            try
            {
                switch (name)
                {
                    case "--help" or "-h" or "-?":
                        options = null;
                        return true;
                    case "--urls":
                        options.Urls = Value();
                        break;
                    case "--secret-key":
                        options.SecretKey = Value();
                        if (!options.SecretKey.StartsWith("sk_", StringComparison.Ordinal))
                        {
                            error = "--secret-key must start with sk_ (for example sk_test_...).";
                            return false;
                        }

                        break;
                    case "--database":
                        options.DatabasePath = Value();
                        break;
                    case "--seed":
                        options.SeedPath = Value();
                        break;
                    case "--authorized-party":
                        options.AuthorizedParty = Value();
                        break;
                    case "--webhook-url":
                        var url = Value();
                        if (!Uri.TryCreate(url, UriKind.Absolute, out var parsed) || parsed.Scheme is not ("http" or "https"))
                        {
                            error = $"--webhook-url must be an absolute http(s) URL; \"{url}\" is not one.";
                            return false;
                        }

                        options.WebhookUrls.Add(url);
                        break;
                    case "--webhook-secret":
                        options.WebhookSecret = Value();
                        if (!options.WebhookSecret.StartsWith("whsec_", StringComparison.Ordinal))
                        {
                            error = "--webhook-secret must start with whsec_ (the key in base64 after it).";
                            return false;
                        }

                        break;
                    case "--no-rate-limit":
                        options.RateLimiting = false;
                        break;
                    default:
                        error = $"Unknown option {name}.";
                        return false;
                }
            }
            catch (ArgumentException e)
            {
                error = e.Message;
                return false;
            }
        }

        return true;
    }
}
