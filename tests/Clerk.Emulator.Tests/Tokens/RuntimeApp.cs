using System.Text.Json.Nodes;
using Clerk;
using Clerk.Endpoints;
using Clerk.Tests.Hosting;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace Clerk.Emulator.Tests.Tokens;

/// <summary>
/// A tiny app using Clerk.Runtime's public surface only: <c>AddClerk()</c> with the emulator's secret key and API
/// URL (so keys come from its JWKS), and one endpoint that reports the request's <see cref="Auth"/>.
/// </summary>
internal sealed class RuntimeApp : IAsyncDisposable
{
    private readonly LoopbackApp app;

    private RuntimeApp(LoopbackApp app) => this.app = app;

    public static async Task<RuntimeApp> StartAsync(ClerkEmulator emulator)
    {
        var builder = LoopbackApp.CreateBuilder();
        builder.Services.AddClerk(options =>
        {
            options.SecretKey = emulator.SecretKey;
            options.PublishableKey = emulator.PublishableKey;
            options.ApiUrl = emulator.ApiUrl.ToString().TrimEnd('/');
        });
        var web = builder.Build();
        web.MapGet("/auth", async (HttpContext context) =>
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
        return new RuntimeApp(await LoopbackApp.StartAsync(web));
    }

    public async Task<JsonNode> GetAuthAsync(string token)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/auth");
        request.Headers.Authorization = new("Bearer", token);
        using var response = await app.Client.SendAsync(request);
        response.EnsureSuccessStatusCode();
        return JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
    }

    public ValueTask DisposeAsync() => app.DisposeAsync();
}
