using Clerk.Tests.Hosting;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Clerk.Emulator.Tests.Development;

/// <summary>AddClerkEmulatorInDevelopment(): only in Development without keys; configuration; the app's sign-in page.</summary>
public sealed class DevelopmentEmulatorTests
{
    [Fact]
    public async Task In_Development_without_keys_it_configures_Clerk_and_serves_a_sign_in_page()
    {
        await using var app = await StartAppAsync(Environments.Development);
        var http = app.Client;
        var configuration = app.Services.GetRequiredService<IConfiguration>();

        Assert.StartsWith("sk_test_", configuration["Clerk:SecretKey"]);
        Assert.StartsWith("pk_test_", configuration["Clerk:PublishableKey"]);
        Assert.StartsWith("http://127.0.0.1:", configuration["Clerk:ApiUrl"]);
        Assert.Equal("/sign-in", configuration["Clerk:SignInUrl"]);

        var page = await http.GetStringAsync("/sign-in?redirect_url=%2Fdashboard");
        Assert.Contains("alice@example.com", page);
        Assert.Contains("bob@example.com", page);
        Assert.Contains("org:admin", page);
        Assert.DoesNotContain("<script", page);
    }

    [Fact]
    public async Task Choosing_a_user_sets_the_session_cookie_and_honours_a_local_redirect_url()
    {
        await using var app = await StartAppAsync(Environments.Development);
        var http = app.Client;
        var userId = await SeededUserIdAsync(app, "alice@example.com");

        using var response = await SignInAsync(http, userId, "/dashboard?tab=1");

        Assert.Equal(HttpStatusCode.SeeOther, response.StatusCode);
        Assert.Equal("/dashboard?tab=1", response.Headers.Location!.OriginalString);
        var cookie = Assert.Single(response.Headers.GetValues("Set-Cookie"));
        Assert.StartsWith("__session=", cookie);
        Assert.Contains("path=/", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("samesite=lax", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("httponly", cookie, StringComparison.OrdinalIgnoreCase);
        var token = cookie["__session=".Length..cookie.IndexOf(';')];
        var claims = Infrastructure.Jwt.Payload(token);
        Assert.Equal(userId, claims["sub"]!.GetValue<string>());
        Assert.True(claims["exp"]!.GetValue<long>() - claims["iat"]!.GetValue<long>() >= 8 * 3600);

        // The app's own Clerk verifies the cookie against the emulator.
        using var me = new HttpRequestMessage(HttpMethod.Get, "/me");
        me.Headers.Add("Cookie", $"__session={token}");
        using var answer = await http.SendAsync(me);
        Assert.Equal(userId, await answer.Content.ReadAsStringAsync());
    }

    [Theory]
    [InlineData("https://evil.example/steal")]
    [InlineData("//evil.example/steal")]
    [InlineData("/\\evil.example")]
    [InlineData("/\t/evil.example")]
    [InlineData("javascript:alert(1)")]
    public async Task A_redirect_url_off_the_app_is_refused_for_the_home_page(string redirectUrl)
    {
        await using var app = await StartAppAsync(Environments.Development);
        var http = app.Client;
        var userId = await SeededUserIdAsync(app, "bob@example.com");

        using var response = await SignInAsync(http, userId, redirectUrl);

        Assert.Equal("/", response.Headers.Location!.OriginalString);
    }

    [Fact]
    public async Task A_same_origin_absolute_redirect_url_is_honoured_and_sign_out_clears_the_cookie()
    {
        await using var app = await StartAppAsync(Environments.Development);
        var http = app.Client;
        var userId = await SeededUserIdAsync(app, "bob@example.com");
        var sameOrigin = new Uri(http.BaseAddress!, "/settings").ToString();

        using var response = await SignInAsync(http, userId, sameOrigin);
        using var signOut = await http.GetAsync("/sign-out");

        Assert.Equal(sameOrigin, response.Headers.Location!.ToString());
        Assert.Contains(signOut.Headers.GetValues("Set-Cookie"), c => c.StartsWith("__session=;", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("/dashboard?tab=1", "/dashboard?tab=1")]
    [InlineData("https://evil.example/steal", "/")]
    [InlineData("//evil.example/steal", "/")]
    [InlineData("/\t/evil.example", "/")]
    [InlineData("javascript:alert(1)", "/")]
    [InlineData(null, "/")]
    public async Task The_sign_in_page_links_back_to_where_it_came_from_when_that_is_on_the_app(string? redirectUrl, string back)
    {
        await using var app = await StartAppAsync(Environments.Development);

        var page = await app.Client.GetStringAsync(redirectUrl is null ? "/sign-in" : "/sign-in?redirect_url=" + Uri.EscapeDataString(redirectUrl));

        Assert.Contains($"<a id=\"back\" href=\"{WebUtility.HtmlEncode(back)}\">", page);
        // Styled by itself: nothing is fetched from anywhere.
        Assert.Contains("<style>", page);
        Assert.DoesNotContain("<link", page);
    }

    [Fact]
    public async Task Reset_users_gives_the_seeded_users_their_names_back_and_keeps_their_sessions()
    {
        await using var app = await StartAppAsync(Environments.Development);
        var http = app.Client;
        var userId = await SeededUserIdAsync(app, "alice@example.com");
        var token = await http.GetStringAsync("/sign-in/token?user=alice@example.com");
        using var api = new Infrastructure.EmulatorApi(app.Services.GetRequiredService<ClerkEmulator>());
        var renamed = await api.PatchAsync($"/v1/users/{userId}", """{"first_name":"John","last_name":"Wick"}""");
        Assert.Equal("John", renamed.Json["first_name"]!.GetValue<string>());

        using var reset = await http.PostAsync("/sign-in/reset-users", content: null);

        Assert.Equal(HttpStatusCode.NoContent, reset.StatusCode);
        var user = (await api.GetAsync($"/v1/users/{userId}")).Json;
        Assert.Equal(("Alice", "Admin"), (user["first_name"]!.GetValue<string>(), user["last_name"]!.GetValue<string>()));
        using var me = new HttpRequestMessage(HttpMethod.Get, "/me") { Headers = { { "Authorization", "Bearer " + token } } };
        using var signedIn = await http.SendAsync(me);
        Assert.Equal(userId, await signedIn.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Reset_users_is_a_POST_only()
    {
        await using var app = await StartAppAsync(Environments.Development);

        using var response = await app.Client.GetAsync("/sign-in/reset-users");

        Assert.Equal(HttpStatusCode.MethodNotAllowed, response.StatusCode);
        Assert.Equal(["POST"], response.Content.Headers.Allow);
    }

    [Fact]
    public async Task The_token_endpoint_gives_curl_a_session_token_for_a_seeded_user()
    {
        await using var app = await StartAppAsync(Environments.Development);
        var http = app.Client;

        var token = await http.GetStringAsync("/sign-in/token?user=alice@example.com");
        using var request = new HttpRequestMessage(HttpMethod.Get, "/me") { Headers = { { "Authorization", "Bearer " + token } } };
        using var signedIn = await http.SendAsync(request);

        Assert.Equal(await SeededUserIdAsync(app, "alice@example.com"), await signedIn.Content.ReadAsStringAsync());
        var claims = Infrastructure.Jwt.Payload(await http.GetStringAsync("/sign-in/token?user=bob_member&org=acme"));
        // Clerk's v2 claims drop the org: prefix of the role.
        Assert.Equal(("acme", "member"), (claims["o"]!["slg"]!.GetValue<string>(), claims["o"]!["rol"]!.GetValue<string>()));
    }

    [Theory]
    [InlineData("/sign-in/token?user=nobody@example.com", "No user 'nobody@example.com'")]
    [InlineData("/sign-in/token", "No user ''")]
    [InlineData("/sign-in/token?user=carol@example.com&org=acme", "not a member")]
    [InlineData("/sign-in/token?user=alice@example.com&org=nope", "No organization 'nope'")]
    public async Task The_token_endpoint_answers_a_wrong_user_or_organization_with_400(string path, string message)
    {
        await using var app = await StartAppAsync(Environments.Development);
        var http = app.Client;

        using var response = await http.GetAsync(path);

        Assert.Equal(System.Net.HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains(message, await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Outside_Development_it_does_nothing()
    {
        await using var app = await StartAppAsync(Environments.Production, withClerk: false);

        Assert.Null(app.Services.GetRequiredService<IConfiguration>()["Clerk:SecretKey"]);
        Assert.Null(app.Services.GetService<ClerkEmulator>());
        using var reset = await app.Client.PostAsync("/sign-in/reset-users", content: null);
        Assert.Equal(HttpStatusCode.NotFound, reset.StatusCode);
    }

    [Fact]
    public async Task With_a_configured_key_it_does_nothing()
    {
        await using var app = await StartAppAsync(Environments.Development, withClerk: false,
            configure: builder => builder.Configuration["Clerk:SecretKey"] = "sk_test_real_instance");

        Assert.Equal("sk_test_real_instance", app.Services.GetRequiredService<IConfiguration>()["Clerk:SecretKey"]);
        Assert.Null(app.Services.GetService<ClerkEmulator>());
    }

    [Fact]
    public async Task The_apps_webhook_route_receives_the_emulators_events_with_no_configuration()
    {
        var received = new System.Collections.Concurrent.ConcurrentQueue<string>();
        await using var app = await StartAppAsync(Environments.Development, configure: null, map: web =>
            web.MapPost("/api/webhooks", (ClerkWebhookEvent webhook) =>
            {
                received.Enqueue($"{webhook.Type} {webhook.User?.FirstName}");
                return Microsoft.AspNetCore.Http.Results.Ok();
            }));
        var emulator = app.Services.GetRequiredService<ClerkEmulator>();
        using var api = new Infrastructure.EmulatorApi(emulator);

        await api.CreateUserAsync("""{"email_address":["webhooks@example.com"],"first_name":"Hook"}""");

        // The handler runs before the emulator records the attempt it answered: wait for both.
        var deadline = DateTime.UtcNow.AddSeconds(10);
        while ((received.IsEmpty || emulator.WebhookAttempts.Count == 0) && DateTime.UtcNow < deadline)
        {
            await Task.Delay(20);
        }
        Assert.Equal(["user.created Hook"], received);
        Assert.Equal(200, Assert.Single(emulator.WebhookAttempts).Status);
        Assert.Equal(emulator.WebhookSecret, app.Services.GetRequiredService<IConfiguration>()["Clerk:WebhookSigningSecret"]);
    }

    private static async Task<LoopbackApp> StartAppAsync(
        string environment, bool withClerk = true, Action<WebApplicationBuilder>? configure = null, Action<WebApplication>? map = null)
    {
        var builder = LoopbackApp.CreateBuilder(environment);
        configure?.Invoke(builder);
        builder.AddClerkEmulatorInDevelopment();
        if (withClerk)
        {
            builder.Services.AddClerk();
        }

        var app = builder.Build();
        if (withClerk)
        {
            app.MapGet("/me", async (Microsoft.AspNetCore.Http.HttpContext context) => (await Clerk.Endpoints.ClerkRequest.GetAuthAsync(context)).UserId ?? "(signed out)");
        }
        map?.Invoke(app);

        return await LoopbackApp.StartAsync(app);
    }

    private static async Task<string> SeededUserIdAsync(LoopbackApp app, string email)
    {
        var emulator = app.Services.GetRequiredService<ClerkEmulator>();
        using var api = new Infrastructure.EmulatorApi(emulator);
        return (await api.GetAsync($"/v1/users?email_address={email}")).Json[0]!["id"]!.GetValue<string>();
    }

    private static Task<HttpResponseMessage> SignInAsync(HttpClient http, string userId, string redirectUrl) =>
        http.PostAsync("/sign-in", new FormUrlEncodedContent(new Dictionary<string, string> { ["user_id"] = userId, ["redirect_url"] = redirectUrl }));
}
