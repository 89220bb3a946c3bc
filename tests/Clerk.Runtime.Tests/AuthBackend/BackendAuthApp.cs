using System.Text.Json;
using Clerk.Endpoints;
using Clerk.Runtime.Tests.BackendApi;
using Clerk.Runtime.Tests.Protection;
using Clerk.Runtime.Tests.Verification;
using Clerk.Tests.Hosting;

namespace Clerk.Runtime.Tests.AuthBackend;

/// <summary>
/// An app with a secret key, so <see cref="Auth"/> reaches the Backend API: here a loopback fake that knows one user,
/// one JWT template (<c>supabase</c>), and one valid token of each machine kind. Session tokens are still verified
/// networklessly with the test instance's PEM key.
/// </summary>
public sealed class BackendAuthApp : IAsyncLifetime
{
    public const string UserId = "user_2xhFjEI5X2qWRvtV13BzSj8H6Dk";
    public const string ApiKeySecret = "ak_good_user_key";
    public const string OrgApiKeySecret = "ak_good_org_key";
    public const string RevokedApiKeySecret = "ak_revoked_key";
    public const string M2MToken = "mt_good_token";
    public const string OAuthToken = "oat_good_token";

    private LoopbackApp? app;
    private FakeClerkApi? api;

    public HttpClient Client => app?.Client ?? throw new InvalidOperationException("Not started.");

    internal FakeClerkApi Api => api ?? throw new InvalidOperationException("Not started.");

    public async Task InitializeAsync()
    {
        api = await FakeClerkApi.StartAsync();
        api.Fallback = Answer;

        var builder = LoopbackApp.CreateBuilder();
        builder.Services.AddClerk(options =>
        {
            options.JwtKey = TestRsaKeys.InstancePublicPem;
            options.SecretKey = "sk_test_backend_auth";
            options.ApiUrl = api.Url;
            options.PublishableKey = ClerkApp.PublishableKey;
            options.AuthorizedParties = [ClerkApp.AuthorizedParty];
            options.BackendApiMaxRetries = 0;
        });
        var web = builder.Build();

        web.MapGet("/backend/user", async (HttpContext context, int calls) =>
        {
            var auth = await ClerkRequest.GetAuthAsync(context);
            // Sequential and concurrent calls alike: one request to the Backend API.
            var users = await Task.WhenAll(Enumerable.Range(0, calls).Select(_ => auth.CurrentUserAsync().AsTask()));
            return users[0] is { } user
                ? Results.Json(new { user.Id, user.FirstName, same = users.All(other => ReferenceEquals(other, user)) })
                : Results.Json(new { Id = (string?)null });
        });
        web.MapGet("/backend/token", async (HttpContext context, string? template, int? expires) =>
        {
            var auth = await ClerkRequest.GetAuthAsync(context);
            try
            {
                return Results.Text(await auth.GetTokenAsync(template, expires) ?? "(none)");
            }
            catch (Clerk.BackendApi.ClerkApiException exception)
            {
                return Results.Text($"{(int)exception.StatusCode} {exception.Errors[0].Code}", statusCode: 502);
            }
        });
        web.MapGet("/backend/machine", async (HttpContext context) =>
        {
            var auth = await ClerkRequest.GetAuthAsync(context);
            auth.Protect(token: TokenTypes.Any);
            return Results.Json(new
            {
                type = auth.TokenType.ToString(), auth.UserId, auth.OrgId, auth.MachineId, id = auth.Machine?.Id,
                scopes = auth.Machine?.Scopes, user = (await auth.CurrentUserAsync())?.Id, hasRole = auth.Has(role: "admin"),
            });
        });
        web.UseClerk();
        web.MapRouteHandlers();
        app = await LoopbackApp.StartAsync(web);
    }

    /// <summary>A template token as the Backend API mints it: a JWT whose <c>exp</c> is <paramref name="lifetime"/> away.</summary>
    internal static string TemplateJwt(string template, int serial, TimeSpan lifetime)
    {
        var now = DateTimeOffset.UtcNow.ToUnixTimeSeconds();
        return TokenSigner.Sign(JwsTokens.SessionHeader(), new Dictionary<string, object?>
        {
            ["sub"] = UserId, ["template"] = template, ["serial"] = serial, ["iat"] = now, ["exp"] = now + (long)lifetime.TotalSeconds,
        });
    }

    private int minted;

    private async Task Answer(HttpContext context)
    {
        var path = context.Request.Path.Value ?? "";
        // The fake has already read (and recorded) the body; requests here arrive one at a time.
        var recorded = Api.Requests.Last(request => request.Path == path);
        using var body = recorded.Body.Length > 0 ? JsonDocument.Parse(recorded.Body) : null;
        string? Field(string name) => body?.RootElement.TryGetProperty(name, out var value) == true ? value.GetString() : null;

        switch (context.Request.Method, path)
        {
            case ("GET", "/v1/users/" + UserId):
                await FakeClerkApi.Json(context, 200, SpecShapedJson.User);
                return;
            case ("PATCH", "/v1/users/" + UserId):
                await FakeClerkApi.Json(context, 200, SpecShapedJson.User
                    .Replace("\"first_name\": \"John\"", $"\"first_name\": {JsonSerializer.Serialize(Field("first_name"))}")
                    .Replace("\"last_name\": \"Wick\"", $"\"last_name\": {JsonSerializer.Serialize(Field("last_name"))}"));
                return;
            case ("POST", "/v1/sessions/sess_1/tokens/supabase"):
                var lifetime = body?.RootElement.TryGetProperty("expires_in_seconds", out var seconds) == true && seconds.ValueKind == JsonValueKind.Number
                    ? TimeSpan.FromSeconds(seconds.GetInt32()) : TimeSpan.FromSeconds(60);
                var jwt = TemplateJwt("supabase", Interlocked.Increment(ref minted), lifetime);
                await FakeClerkApi.Json(context, 200, JsonSerializer.Serialize(new Dictionary<string, string> { ["object"] = "token", ["jwt"] = jwt }));
                return;
            case ("POST", "/v1/api_keys/verify") when Field("secret") is ApiKeySecret or OrgApiKeySecret or RevokedApiKeySecret:
                var secret = Field("secret");
                await FakeClerkApi.Json(context, 200, MachineJson("api_key", "ak_3beecc9c60adb5f9b850e91a8ee1e992",
                    secret == OrgApiKeySecret ? "org_2xhFjEI5X2qWRvtV13BzSj8H6Dk" : UserId, revoked: secret == RevokedApiKeySecret));
                return;
            case ("POST", "/v1/m2m_tokens/verify") when Field("token") == M2MToken:
                await FakeClerkApi.Json(context, 200, MachineJson("machine_to_machine_token", "mt_f7f0ba8c3b4843ce7d85fcdd5e71853e",
                    "mch_2xhFjEI5X2qWRvtV13BzSj8H6Dk", revoked: false));
                return;
            case ("POST", "/v1/oauth_applications/access_tokens/verify") when Field("access_token") == OAuthToken:
                await FakeClerkApi.Json(context, 200, MachineJson("clerk_idp_oauth_access_token", "oat_f7f0ba8c3b4843ce7d85fcdd5e71853e",
                    UserId, revoked: false, clientId: "client_1"));
                return;
            case ("POST", "/v1/api_keys/verify" or "/v1/m2m_tokens/verify" or "/v1/oauth_applications/access_tokens/verify"):
                await FakeClerkApi.Json(context, 404, """
                    {"errors":[{"code":"resource_not_found","message":"not found","long_message":"Token not found"}],"clerk_trace_id":"t"}
                    """);
                return;
            default:
                await FakeClerkApi.Json(context, 404, """
                    {"errors":[{"code":"resource_not_found","message":"not found","long_message":"Resource not found"}],"clerk_trace_id":"t"}
                    """);
                return;
        }
    }

    private static string MachineJson(string kind, string id, string subject, bool revoked, string? clientId = null) =>
        JsonSerializer.Serialize(new Dictionary<string, object?>
        {
            ["object"] = kind, ["id"] = id, ["subject"] = subject, ["name"] = "MY_KEY", ["client_id"] = clientId,
            ["scopes"] = new[] { "read", "write" }, ["claims"] = null, ["revoked"] = revoked, ["revocation_reason"] = null,
            ["expired"] = false, ["expiration"] = null, ["created_at"] = 1716883200000, ["updated_at"] = 1716883200000,
        });

    public async Task DisposeAsync()
    {
        if (app is not null)
        {
            await app.DisposeAsync();
        }
        if (api is not null)
        {
            await api.DisposeAsync();
        }
    }
}
