namespace Clerk.Emulator;

/// <summary>How a <see cref="ClerkEmulator"/> runs.</summary>
public sealed class ClerkEmulatorOptions
{
    /// <summary>The secret key (<c>sk_test_...</c>) clients must send; generated when null (or kept from the database).</summary>
    public string? SecretKey { get; set; }

    /// <summary>The SQLite file that holds the state across restarts; in memory when null.</summary>
    public string? DatabasePath { get; set; }

    /// <summary>
    /// A JSON file of users, organizations, roles and JWT templates to create at start (existing ones are kept),
    /// relative to the working directory. <see cref="ClerkEmulator.StartAsync(ClerkEmulatorOptions?, CancellationToken)"/>
    /// throws an <see cref="InvalidOperationException"/> naming the file when it is missing or invalid.
    /// </summary>
    public string? SeedPath { get; set; }

    /// <summary>Where the instance's changes are delivered as Clerk's webhook events (each URL gets every event).</summary>
    public IList<string> WebhookUrls { get; set; } = [];

    /// <summary>The signing secret (<c>whsec_...</c>) deliveries are signed with; random when null.</summary>
    public string? WebhookSecret { get; set; }

    /// <summary>Where Kestrel listens; port 0 picks a free port.</summary>
    public string Urls { get; set; } = "http://127.0.0.1:0";

    /// <summary>The lifetime of session tokens, 60 seconds as in Clerk.</summary>
    public TimeSpan SessionTokenLifetime { get; set; } = TimeSpan.FromSeconds(60);

    /// <summary>Whether a development instance's rate limits apply.</summary>
    public bool RateLimiting { get; set; } = true;

    /// <summary>Requests per window per secret key; 100 on a Clerk development instance.</summary>
    public int RequestsPerWindow { get; set; } = 100;

    /// <summary>Updates per window per user; 10 in Clerk.</summary>
    public int UserUpdatesPerWindow { get; set; } = 10;

    /// <summary>The rate-limit window; 10 seconds in Clerk.</summary>
    public TimeSpan RateLimitWindow { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>The clock for tokens, expiries, rate limits and injected latency.</summary>
    public TimeProvider TimeProvider { get; set; } = TimeProvider.System;

    /// <summary>The <c>azp</c> claim of minted tokens (the app's origin, e.g. <c>http://localhost:5000</c>); omitted when null.</summary>
    public string? AuthorizedParty { get; set; }

    /// <summary>How long a rotated-out signing key stays in the JWKS.</summary>
    public TimeSpan KeyRotationGrace { get; set; } = TimeSpan.FromHours(1);
}
