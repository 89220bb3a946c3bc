using System.Security.Cryptography;
using Clerk.Tests.Hosting;
using Clerk.Tests.Logging;

namespace Clerk.Generators.Tests.Endpoints.Webhooks;

/// <summary>
/// What an app with a webhook handler says at startup: no signing secret outside Development stops it, naming the
/// setting; a UseClerk() protection pattern that covers the webhook route is a warning.
/// </summary>
public sealed class WebhookSecretTests
{
    [Fact]
    public void Mapping_a_webhook_handler_without_a_secret_in_Production_names_the_setting()
    {
        using var rsa = RSA.Create(2048);
        var builder = LoopbackApp.CreateBuilder("Production");
        builder.Services.AddClerk(options => options.JwtKey = rsa.ExportSubjectPublicKeyInfoPem());
        var web = builder.Build();

        var error = Assert.Throws<InvalidOperationException>(() => web.MapRouteHandlers());

        Assert.Contains("POST /api/webhooks", error.Message);
        Assert.Contains("Clerk:WebhookSigningSecret (CLERK_WEBHOOK_SIGNING_SECRET)", error.Message);
    }

    [Fact]
    public async Task A_signing_secret_that_is_not_whsec_base64_stops_the_app_naming_the_setting()
    {
        var builder = LoopbackApp.CreateBuilder("Development");
        builder.Services.AddClerk(options => options.WebhookSigningSecret = "whsec_not base64!");
        await using var web = builder.Build();

        // Whichever reads the settings first, mapping or starting, fails.
        var error = await Assert.ThrowsAsync<Microsoft.Extensions.Options.OptionsValidationException>(async () =>
        {
            web.MapRouteHandlers();
            await web.StartAsync();
        });

        Assert.Contains("Clerk:WebhookSigningSecret (CLERK_WEBHOOK_SIGNING_SECRET)", error.Message);
    }

    [Theory]
    [InlineData("/api/(.*)", true)]
    [InlineData("/api/webhooks", true)]
    [InlineData("/api/admin(.*)", false)]
    public async Task A_protection_pattern_covering_the_webhook_route_is_a_startup_warning(string pattern, bool warned)
    {
        var log = new RecordingLogger();
        var builder = LoopbackApp.CreateBuilder("Development");
        builder.Logging.AddProvider(log);
        builder.Services.AddClerk(options => options.WebhookSigningSecret = Infrastructure.WebhookApp.Secret);
        var web = builder.Build();
        web.UseClerk(clerk => clerk.Protect(pattern));
        web.MapRouteHandlers();

        await using var app = await LoopbackApp.StartAsync(web);

        var warnings = log.Entries.Where(entry => entry.Level == LogLevel.Warning && entry.Message.Contains("webhook route"));
        Assert.Equal(warned, warnings.Any(entry => entry.Message.Contains("/api/webhooks") && entry.Message.Contains(pattern)));
    }
}
