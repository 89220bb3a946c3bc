using System.Text.Json.Nodes;
using Clerk;
using Clerk.Endpoints;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Clerk.Emulator.Tests.Tokens;

/// <summary>
/// A tiny app using Clerk.Runtime's public surface only: <c>AddClerk()</c> with the emulator's secret key and API
/// URL (so keys come from its JWKS), and one endpoint that reports the request's <see cref="Auth"/>.
/// </summary>
internal sealed class RuntimeApp : IAsyncDisposable
{
    private readonly WebApplication app;
    private readonly HttpClient http;

    private RuntimeApp(WebApplication app)
    {
        this.app = app;
        http = new HttpClient { BaseAddress = new Uri(app.Urls.First()) };
    }

    public static async Task<RuntimeApp> StartAsync(ClerkEmulator emulator)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        builder.Services.AddClerk(options =>
        {
            options.SecretKey = emulator.SecretKey;
            options.PublishableKey = emulator.PublishableKey;
            options.ApiUrl = emulator.ApiUrl.ToString().TrimEnd('/');
        });
        var app = builder.Build();
        app.MapGet("/auth", async (HttpContext context) =>
        {
            var auth = await ClerkRequest.GetAuthAsync(context);
            var body = new JsonObject
            {
                ["isAuthenticated"] = auth.IsAuthenticated,
                ["userId"] = auth.UserId,
                ["sessionId"] = auth.SessionId,
                ["orgId"] = auth.OrgId,
                ["orgSlug"] = auth.OrgSlug,
                ["orgRole"] = auth.OrgRole,
                ["orgPermissions"] = new JsonArray(auth.OrgPermissions.Select(p => (JsonNode?)JsonValue.Create(p)).ToArray()),
                ["hasTeamsRead"] = auth.Has(permission: "org:teams:read"),
                ["hasSysPermission"] = auth.Has(permission: "org:sys_memberships:manage"),
                ["hasUserPlanFree"] = auth.Has(plan: "u:free"),
                ["hasOrgPlanPro"] = auth.Has(plan: "o:pro"),
                ["hasUserFeatureAi"] = auth.Has(feature: "u:ai_assistant"),
                ["hasOrgFeatureSso"] = auth.Has(feature: "o:sso"),
            };
            return Results.Text(body.ToJsonString(), "application/json");
        });
        await app.StartAsync();
        return new RuntimeApp(app);
    }

    public async Task<JsonNode> GetAuthAsync(string token)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/auth");
        request.Headers.Authorization = new("Bearer", token);
        using var response = await http.SendAsync(request);
        response.EnsureSuccessStatusCode();
        return JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
    }

    public async ValueTask DisposeAsync()
    {
        http.Dispose();
        await app.StopAsync();
        await app.DisposeAsync();
    }
}
