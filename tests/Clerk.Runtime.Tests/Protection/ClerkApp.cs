using Clerk.Endpoints;
using Clerk.Runtime.Tests.Verification;
using Clerk.Tests.Hosting;

namespace Clerk.Runtime.Tests.Protection;

/// <summary>
/// The test project's route files served with Clerk for real: <c>AddClerk()</c> with the test instance's PEM key,
/// <c>UseClerk()</c> protecting a URL space, and two hand-written minimal APIs beside the generated endpoints.
/// </summary>
public sealed class ClerkApp : IAsyncLifetime
{
    public const string PublishableKey = "pk_test_Y2xlcmsuZXhhbXBsZS5jb20k"; // clerk.example.com$
    public const string AuthorizedParty = "https://app.example.com";

    private LoopbackApp? app;

    public HttpClient Client => app?.Client ?? throw new InvalidOperationException("Not started.");

    public async Task InitializeAsync()
    {
        var builder = LoopbackApp.CreateBuilder();
        builder.Services.AddClerk(options =>
        {
            options.JwtKey = TestRsaKeys.InstancePublicPem;
            options.PublishableKey = PublishableKey;
            options.AuthorizedParties = [AuthorizedParty];
        });
        var web = builder.Build();
        web.UseClerk(clerk => clerk
            .Protect("/manual/members(.*)")
            .Protect(new ProtectedAttribute { Role = "admin" }, "/manual/admin(.*)"));
        web.MapGet("/manual/members", () => "members");
        web.MapGet("/manual/admin/reports", () => "reports");
        web.MapGet("/manual/protect", async (HttpContext context) =>
        {
            var auth = await ClerkRequest.GetAuthAsync(context);
            auth.Protect(permission: "org:invoices:create");
            return "protected by auth.Protect()";
        });
        web.MapRouteHandlers();
        app = await LoopbackApp.StartAsync(web);
    }

    public async Task DisposeAsync()
    {
        if (app is not null)
        {
            await app.DisposeAsync();
        }
    }
}
