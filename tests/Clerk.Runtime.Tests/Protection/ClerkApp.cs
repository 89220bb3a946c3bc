using Clerk.Endpoints;
using Clerk.Runtime.Tests.Infrastructure;
using Clerk.Runtime.Tests.Verification;

namespace Clerk.Runtime.Tests.Protection;

/// <summary>
/// The test project's route files served with Clerk for real: <c>AddClerk()</c> with the test instance's PEM key,
/// <c>UseClerk()</c> protecting a URL space, and two hand-written minimal APIs beside the generated endpoints.
/// </summary>
public sealed class ClerkApp : IAsyncLifetime
{
    public const string PublishableKey = "pk_test_Y2xlcmsuZXhhbXBsZS5jb20k"; // clerk.example.com$
    public const string AuthorizedParty = "https://app.example.com";

    private WebApplication? app;

    public HttpClient Client { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        var builder = RouteHandlersApp.CreateBuilder();
        builder.Services.AddClerk(options =>
        {
            options.JwtKey = TestRsaKeys.InstancePublicPem;
            options.PublishableKey = PublishableKey;
            options.AuthorizedParties = [AuthorizedParty];
        });
        builder.Services.AddSingleton<Models.Greeter>();
        builder.Services.AddSingleton<Models.IClock, Models.FixedClock>();
        app = builder.Build();
        app.UseClerk(clerk => clerk
            .Protect("/manual/members(.*)")
            .Protect(new ProtectedAttribute { Role = "admin" }, "/manual/admin(.*)"));
        app.MapGet("/manual/members", () => "members");
        app.MapGet("/manual/admin/reports", () => "reports");
        app.MapGet("/manual/protect", async (HttpContext context) =>
        {
            var auth = await ClerkRequest.GetAuthAsync(context);
            auth.Protect(permission: "org:invoices:create");
            return "protected by auth.Protect()";
        });
        app.MapRouteHandlers();
        await app.StartAsync();
        Client = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false, UseCookies = false })
        {
            BaseAddress = new Uri(app.Urls.Single()),
        };
    }

    public async Task DisposeAsync()
    {
        Client?.Dispose();
        if (app is not null)
        {
            await app.DisposeAsync();
        }
    }
}
