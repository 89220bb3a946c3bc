using System.Security.Cryptography;
using Clerk.EndToEnd.Tests.Infrastructure;

namespace Clerk.EndToEnd.Tests;

/// <summary>
/// samples/RouteHandlers as production runs it: its own process, <c>ASPNETCORE_ENVIRONMENT=Production</c>,
/// <c>CLERK_JWT_KEY</c> set to the PEM public key of an RSA-2048 key made here (so only this fixture can mint
/// genuine tokens) and <c>CLERK_AUTHORIZED_PARTIES</c> set. Started once for every test of <see cref="SampleAuthTests"/>.
/// </summary>
public sealed class SampleAppFixture : IAsyncLifetime
{
    public const string AuthorizedParty = "https://app.example.com";
    public const string UserId = "user_2pE2eSampleUser";

    private RunningApp? app;

    /// <summary>The instance key: tokens signed with it are genuine.</summary>
    internal RSA InstanceKey { get; } = RSA.Create(2048);

    /// <summary>Someone else's key: valid RSA, wrong signer.</summary>
    internal RSA AttackerKey { get; } = RSA.Create(2048);

    /// <summary>The instance key's public half as PEM, exactly the text given to the sample as <c>CLERK_JWT_KEY</c>.</summary>
    internal string PublicPem { get; private set; } = null!;

    internal RunningApp App => app ?? throw new InvalidOperationException("The sample did not start.");

    public async Task InitializeAsync()
    {
        PublicPem = InstanceKey.ExportSubjectPublicKeyInfoPem();
        app = await StartSampleAsync(new Dictionary<string, string>
        {
            ["CLERK_JWT_KEY"] = PublicPem,
            ["CLERK_AUTHORIZED_PARTIES"] = AuthorizedParty,
            // The sample's webhook route needs its signing secret outside Development.
            ["CLERK_WEBHOOK_SIGNING_SECRET"] = "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw",
        });
    }

    public async Task DisposeAsync()
    {
        if (app is not null)
        {
            await app.DisposeAsync();
        }
        InstanceKey.Dispose();
        AttackerKey.Dispose();
    }

    /// <summary>A genuine v2 session token for <see cref="UserId"/>, optionally with its claims changed first.</summary>
    internal string SessionToken(Action<Dictionary<string, object?>>? change = null)
    {
        var payload = JwsTokens.SessionPayload(UserId, AuthorizedParty);
        change?.Invoke(payload);
        return JwsTokens.Sign(JwsTokens.SessionHeader(), payload, InstanceKey);
    }

    /// <summary>The directory of the built sample; its process runs there, so that is its content root.</summary>
    internal static string SampleDirectory => Path.GetDirectoryName(RepoPaths.SampleAssembly)!;

    /// <summary>Starts the built sample in Production with exactly <paramref name="clerk"/> as its Clerk settings.</summary>
    internal static Task<RunningApp> StartSampleAsync(IReadOnlyDictionary<string, string> clerk) =>
        StartSampleAsync("Production", clerk);

    /// <summary>
    /// Starts the built sample in <paramref name="environmentName"/> (<c>ASPNETCORE_ENVIRONMENT</c>) with exactly
    /// <paramref name="clerk"/> as its Clerk settings: Development with none is what <c>dotnet run</c> does.
    /// </summary>
    internal static Task<RunningApp> StartSampleAsync(
        string environmentName, IReadOnlyDictionary<string, string> clerk, int? port = null)
    {
        EnsureSampleBuilt();
        return RunningApp.StartAsync(SampleDirectory, RepoPaths.SampleAssembly, SampleEnvironment(environmentName, clerk), port);
    }

    /// <summary>
    /// The sample's environment: Production, the given Clerk variables, and none of the runner's own Clerk settings
    /// (<c>CLERK_*</c>, <c>Clerk__*</c>) or environment/URL overrides leaking in.
    /// </summary>
    internal static Dictionary<string, string?> ProductionEnvironment(IReadOnlyDictionary<string, string> clerk) =>
        SampleEnvironment("Production", clerk);

    /// <summary>As <see cref="ProductionEnvironment"/>, in <paramref name="environmentName"/>.</summary>
    internal static Dictionary<string, string?> SampleEnvironment(string environmentName, IReadOnlyDictionary<string, string> clerk)
    {
        var environment = new Dictionary<string, string?>();
        foreach (var name in Environment.GetEnvironmentVariables().Keys.Cast<string>())
        {
            if (name.StartsWith("CLERK_", StringComparison.OrdinalIgnoreCase)
                || name.StartsWith("Clerk__", StringComparison.OrdinalIgnoreCase)
                || name.StartsWith("Clerk:", StringComparison.OrdinalIgnoreCase)
                || name is "DOTNET_ENVIRONMENT" or "ASPNETCORE_URLS" or "ASPNETCORE_HTTP_PORTS" or "ASPNETCORE_HTTPS_PORTS")
            {
                environment[name] = null;
            }
        }
        environment["ASPNETCORE_ENVIRONMENT"] = environmentName;
        foreach (var (name, value) in clerk)
        {
            environment[name] = value;
        }
        return environment;
    }

    internal static void EnsureSampleBuilt()
    {
        if (!File.Exists(RepoPaths.SampleAssembly))
        {
            throw new InvalidOperationException(
                $"{RepoPaths.SampleAssembly} is missing: build this test project (its ProjectReference builds the sample).");
        }
    }
}
