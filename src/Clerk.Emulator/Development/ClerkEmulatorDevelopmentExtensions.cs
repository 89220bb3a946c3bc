using Clerk.Emulator;
using Clerk.Emulator.Development;
using Clerk.Emulator.Seeding;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Microsoft.AspNetCore.Builder;

/// <summary>Runs a Clerk emulator inside the app during development, when no Clerk keys are configured.</summary>
public static class ClerkEmulatorDevelopmentExtensions
{
    /// <summary>
    /// In the Development environment, and only when no Clerk key is configured (neither <c>Clerk:SecretKey</c> nor
    /// <c>Clerk:JwtKey</c>, nor <c>CLERK_SECRET_KEY</c> / <c>CLERK_JWT_KEY</c>), starts an in-process
    /// <see cref="ClerkEmulator"/>, points <c>Clerk:SecretKey</c>, <c>Clerk:PublishableKey</c>, <c>Clerk:ApiUrl</c> and
    /// <c>Clerk:SignInUrl</c> at it, and serves a sign-in page (<c>/sign-in</c>) and <c>/sign-out</c> on the app, plus
    /// <c>/sign-in/token?user=...</c> (a session token, for curl) and <c>POST /sign-in/reset-users</c> (the seeded
    /// users get back the seed's first and last names). Its changes are delivered as Clerk's webhook events to the
    /// app's own webhook routes (handlers that take a <c>ClerkWebhookEvent</c>), with <c>Clerk:WebhookSigningSecret</c>
    /// set to match unless the app sets one.
    /// Call it before <c>builder.Build()</c>; elsewhere it does nothing.
    /// </summary>
    public static WebApplicationBuilder AddClerkEmulatorInDevelopment(
        this WebApplicationBuilder builder, Action<ClerkEmulatorDevelopmentOptions>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(builder);
        if (!builder.Environment.IsDevelopment() || HasClerkKeys(builder.Configuration))
        {
            return builder;
        }

        var options = new ClerkEmulatorDevelopmentOptions();
        configure?.Invoke(options);
        // Relative paths mean the app's content root (where appsettings.json is), not whatever folder it was started in.
        var emulatorOptions = new ClerkEmulatorOptions
        {
            DatabasePath = FromContentRoot(builder.Environment, options.DatabasePath),
            SeedPath = FromContentRoot(builder.Environment, options.SeedPath),
        };
        // The builder's phase is synchronous; starting takes a moment once, before the app runs.
        var emulator = ClerkEmulator.StartAsync(emulatorOptions, Seeder.DevelopmentDefault(),
            logging => logging.SetMinimumLevel(LogLevel.Warning), CancellationToken.None).GetAwaiter().GetResult();

        var settings = new Dictionary<string, string?>
        {
            ["Clerk:SecretKey"] = emulator.SecretKey,
            ["Clerk:PublishableKey"] = emulator.PublishableKey,
            ["Clerk:ApiUrl"] = emulator.ApiUrl.ToString().TrimEnd('/'),
            ["Clerk:SignInUrl"] = options.SignInPath,
        };
        // The app's webhook routes get the emulator's events (once the app listens), signed with a secret it now knows.
        if (string.IsNullOrEmpty(builder.Configuration["Clerk:WebhookSigningSecret"])
            && string.IsNullOrEmpty(builder.Configuration["CLERK_WEBHOOK_SIGNING_SECRET"]))
        {
            settings["Clerk:WebhookSigningSecret"] = emulator.WebhookSecret;
        }
        builder.Configuration.AddInMemoryCollection(settings);
        builder.Services.AddSingleton(emulator);
        builder.Services.AddSingleton(options);
        builder.Services.AddHostedService<DevelopmentEmulatorLifetime>();
        builder.Services.TryAddEnumerable(ServiceDescriptor.Singleton<IStartupFilter, SignInPagesStartupFilter>());
        return builder;
    }

    private static string? FromContentRoot(IHostEnvironment environment, string? path) =>
        path is null ? null : Path.GetFullPath(path, environment.ContentRootPath);

    private static bool HasClerkKeys(IConfiguration configuration) =>
        !string.IsNullOrEmpty(configuration["Clerk:SecretKey"]) || !string.IsNullOrEmpty(configuration["Clerk:JwtKey"])
        || !string.IsNullOrEmpty(configuration["CLERK_SECRET_KEY"]) || !string.IsNullOrEmpty(configuration["CLERK_JWT_KEY"])
        || !string.IsNullOrEmpty(Environment.GetEnvironmentVariable("CLERK_SECRET_KEY"))
        || !string.IsNullOrEmpty(Environment.GetEnvironmentVariable("CLERK_JWT_KEY"));
}
