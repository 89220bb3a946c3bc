using Clerk.Emulator.Api;
using Clerk.Emulator.Models;
using Clerk.Emulator.Storage;
using Clerk.Emulator.Hosting;
using Clerk.Emulator.Operations;
using Clerk.Emulator.Seeding;
using Clerk.Emulator.Tokens;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;

namespace Clerk.Emulator;

/// <summary>
/// A local stand-in for Clerk's Backend API on loopback: users, sessions, organizations, JWT templates, API keys and
/// M2M tokens, with session tokens signed by keys published at <c>{ApiUrl}/v1/jwks</c>. Start one per test (or per
/// app in development), point the Clerk SDK at <see cref="ApiUrl"/> with <see cref="SecretKey"/>, dispose to stop.
/// </summary>
public sealed class ClerkEmulator : IAsyncDisposable
{
    private readonly WebApplication app;
    private readonly EmulatedInstance instance;

    private ClerkEmulator(WebApplication app, EmulatedInstance instance, Uri apiUrl, SeedFile? seed)
    {
        this.app = app;
        this.instance = instance;
        ApiUrl = apiUrl;
        Seed = seed;
    }

    /// <summary>The emulator's origin, without <c>/v1</c>: clients call <c>{ApiUrl}/v1/...</c>, as Clerk's SDKs do with <c>apiUrl</c>.</summary>
    public Uri ApiUrl { get; }

    /// <summary>The secret key (<c>sk_test_...</c>) the Backend API accepts.</summary>
    public string SecretKey => instance.Settings.SecretKey;

    /// <summary>The publishable key: <c>pk_test_</c> and the base64 of the Frontend API host followed by <c>$</c>, like Clerk's.</summary>
    public string PublishableKey => instance.PublishableKey;

    /// <summary>Starts an emulator; Kestrel listens on a free loopback port unless <see cref="ClerkEmulatorOptions.Urls"/> says otherwise.</summary>
    public static Task<ClerkEmulator> StartAsync(ClerkEmulatorOptions? options = null, CancellationToken cancellationToken = default) =>
        StartAsync(options ?? new ClerkEmulatorOptions(), defaultSeed: null, logging => logging.SetMinimumLevel(LogLevel.Warning), cancellationToken);

    internal static async Task<ClerkEmulator> StartAsync(
        ClerkEmulatorOptions options, SeedFile? defaultSeed, Action<ILoggingBuilder> logging, CancellationToken cancellationToken)
    {
        var instance = await EmulatedInstance.OpenAsync(options, cancellationToken);
        try
        {
            var path = options.SeedPath is { } given ? Path.GetFullPath(given) : null;
            var seed = path is null ? defaultSeed : await Seeder.ReadAsync(path, cancellationToken);
            if (seed is not null)
            {
                try
                {
                    await Seeder.ApplyAsync(instance, seed, cancellationToken);
                }
                catch (Exception e) when (path is not null && e is InvalidDataException or ApiError)
                {
                    // The seed asks for something the emulator refuses (a member who is no user, a short password, an
                    // unknown role): the same refusal the Backend API would give, said about the file.
                    throw new SeedFileException(path, $"cannot be applied: {e.Message}", e);
                }
            }

            instance.AnnounceChanges();
            var app = EmulatorHost.Build(instance, options.Urls, logging);
            await app.StartAsync(cancellationToken);
            var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
            var apiUrl = new Uri(address.Replace("[::]", "127.0.0.1", StringComparison.Ordinal).Replace("0.0.0.0", "127.0.0.1", StringComparison.Ordinal));
            EmulatorLog.Listening(app.Services.GetRequiredService<ILogger<ClerkEmulator>>(), apiUrl);
            return new ClerkEmulator(app, instance, apiUrl, seed);
        }
        catch
        {
            instance.Dispose();
            throw;
        }
    }

    internal EmulatedInstance Instance => instance;

    /// <summary>The seed the emulator started from, kept so development can put seeded users back as it made them.</summary>
    internal SeedFile? Seed { get; }

    internal IServiceProvider Services => app.Services;

    /// <summary>Creates a user (straight in the store: not rate limited).</summary>
    public async Task<EmulatedUser> CreateUserAsync(string? email = null, string? firstName = null, string? lastName = null, CancellationToken cancellationToken = default)
    {
        var now = instance.NowMs();
        var user = await instance.Database.RunAsync(store => UserOperations.Create(store, new NewUser
        {
            EmailAddresses = email is null ? [] : [email],
            FirstName = firstName,
            LastName = lastName,
        }, now), cancellationToken);
        return new EmulatedUser(user.Id, user.PrimaryEmail());
    }

    /// <summary>Creates an organization; the slug is derived from the name when not given.</summary>
    public async Task<EmulatedOrganization> CreateOrganizationAsync(string name, string? slug = null, CancellationToken cancellationToken = default)
    {
        var now = instance.NowMs();
        var organization = await instance.Database.RunAsync(store =>
            OrganizationOperations.Create(store, instance.Roles, name, slug, createdBy: null, now), cancellationToken);
        return new EmulatedOrganization(organization.Id, organization.Slug);
    }

    /// <summary>Makes the user a member of the organization with <paramref name="role"/> (e.g. <c>org:admin</c>).</summary>
    public Task AddMembershipAsync(string organizationId, string userId, string role, CancellationToken cancellationToken = default)
    {
        var now = instance.NowMs();
        return instance.Database.RunAsync(store =>
            OrganizationOperations.AddMember(store, instance.Roles, organizationId, userId, role, now), cancellationToken);
    }

    /// <summary>
    /// Gives a user (<c>user_...</c>) or an organization (<c>org_...</c>) a billing plan and the features it grants, as
    /// Clerk Billing would: their session tokens then carry <c>pla</c> (<c>u:plan</c>, <c>o:plan</c>) and the features
    /// in <c>fea</c> (<c>u:feature</c>, <c>o:feature</c>), for <c>Has(plan: ...)</c> and <c>Has(feature: ...)</c>.
    /// </summary>
    public Task SetPlanAsync(string userOrOrganizationId, string plan, IEnumerable<string>? features = null, CancellationToken cancellationToken = default)
    {
        var subscription = new Subscription { PayerId = userOrOrganizationId, Plan = plan, Features = features?.ToList() ?? [] };
        return instance.Database.RunAsync(store => store.Put(Tables.Subscriptions, subscription), cancellationToken);
    }

    /// <summary>Signs the user in (optionally with an active organization) and mints a session token.</summary>
    public async Task<EmulatedSession> SignInAsync(string userId, string? organizationId = null, CancellationToken cancellationToken = default)
    {
        var session = await CreateSessionAsync(userId, organizationId, cancellationToken);
        var token = await CreateSessionTokenAsync(session, cancellationToken: cancellationToken);
        return new EmulatedSession(session, userId, token);
    }

    /// <summary>Mints a session token for an active session; <paramref name="lifetime"/> defaults to the session token lifetime.</summary>
    public Task<string> CreateSessionTokenAsync(string sessionId, TimeSpan? lifetime = null, CancellationToken cancellationToken = default) =>
        SessionTokenIssuer.IssueAsync(instance, sessionId, lifetime, cancellationToken);

    /// <summary>A new key starts signing; the previous one stays in the JWKS for <see cref="ClerkEmulatorOptions.KeyRotationGrace"/>.</summary>
    public Task RotateSigningKeyAsync(CancellationToken cancellationToken = default) => instance.Keys.RotateAsync(cancellationToken);

    internal async Task<string> CreateSessionAsync(string userId, string? organizationId, CancellationToken cancellationToken)
    {
        var now = instance.NowMs();
        var session = await instance.Database.RunAsync(store => SessionOperations.Create(store, userId, organizationId, now), cancellationToken);
        return session.Id;
    }

    /// <summary>The secret (<c>whsec_...</c>) webhook deliveries are signed with: the receiver's signing secret.</summary>
    public string WebhookSecret => instance.Webhooks.Secret;

    /// <summary>Every webhook delivery attempt so far (the last thousand), oldest first.</summary>
    public IReadOnlyList<Webhooks.WebhookAttempt> WebhookAttempts => instance.Webhooks.Attempts;

    /// <summary>Delivers every later change to <paramref name="url"/> too, as Clerk's webhook events.</summary>
    public void AddWebhookEndpoint(string url) => instance.Webhooks.AddEndpoint(url);

    /// <summary>Stops the server and closes the database.</summary>
    public async ValueTask DisposeAsync()
    {
        await app.StopAsync();
        await app.DisposeAsync();
        instance.Dispose();
    }
}
