using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Microsoft.Playwright;
using Clerk.EndToEnd.Tests.Infrastructure;
using Xunit.Abstractions;
using static Microsoft.Playwright.Assertions;

namespace Clerk.EndToEnd.Tests;

/// <summary>
/// The sample's page in a real browser: Playwright for .NET drives Debian's chromium (never a browser Playwright
/// downloads) against the sample as <c>dotnet run</c> starts it. The page signs in through the development sign-in
/// page (and comes back from it once without signing in), names the user, calls every route with the
/// <c>__session</c> cookie the browser keeps, shows the supabase token's claims, undoes update-user's rename with the
/// reset, signs out and calls them again. The API reference page lists the routes.
/// </summary>
public sealed class BrowserTests(DevelopmentSampleFixture sample, ITestOutputHelper output) : IClassFixture<DevelopmentSampleFixture>
{
    // Navigations are awaited with Expect(page).ToHaveURLAsync, which polls, never page.WaitForURLAsync: its
    // check-then-subscribe can miss the load event it waits for (microsoft/playwright-dotnet#3364, seen here in CI).

    [Fact]
    public async Task The_page_signs_in_as_an_admin_by_name_calls_every_route_resets_the_rename_and_signs_out()
    {
        await using var chromium = await ChromiumPage.OpenAsync(sample.Origin);
        var page = chromium.Page;

        await page.GotoAsync("/");
        await Expect(page.Locator("#status")).ToHaveTextAsync("Signed out.");

        // The sign-in page has the page's look and a way back to where it came from.
        await page.Locator("a#sign-in").ClickAsync();
        await Expect(page).ToHaveURLAsync(new Regex("/sign-in\\?redirect_url=%2F$"));
        await Expect(page.Locator("body")).ToHaveCSSAsync("font-family", new Regex("system-ui"));
        await page.Locator("a#back").ClickAsync();
        await Expect(page).ToHaveURLAsync(sample.Origin + "/");
        await Expect(page.Locator("#status")).ToHaveTextAsync("Signed out.");

        await page.Locator("a#sign-in").ClickAsync();
        await Expect(page).ToHaveURLAsync(new Regex("/sign-in\\?redirect_url=%2F$"));
        var adaInAcme = page.Locator("li", new() { HasText = "<ada@example.com>" }).Locator("form", new()
        {
            Has = page.GetByRole(AriaRole.Button, new() { Name = "Sign in to Acme (org:admin)", Exact = true }),
        });
        var userId = await adaInAcme.Locator("input[name=user_id]").InputValueAsync();
        Assert.StartsWith("user_", userId);
        await adaInAcme.GetByRole(AriaRole.Button).ClickAsync();
        await Expect(page).ToHaveURLAsync(sample.Origin + "/");
        await Expect(page.Locator("#status")).ToHaveTextAsync("Signed in as Ada Lovelace.");

        var signedIn = await CallEveryRouteAsync(page);
        var screenshot = Path.Combine(AppContext.BaseDirectory, "TestResults", "sample-page.png");
        Directory.CreateDirectory(Path.GetDirectoryName(screenshot)!);
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = screenshot, FullPage = true });
        output.WriteLine($"Screenshot of the signed-in page: {screenshot}");

        AssertRow(signedIn, "GET /api", "200", """{"message":"Hello world!"}""");
        AssertRow(signedIn, "GET /api/is-authenticated", "200", $$"""{"userId":"{{userId}}"}""");
        AssertRow(signedIn, "GET /api/supabase", "200", body =>
        {
            var answer = JsonNode.Parse(body)!;
            Assert.Equal("Hello World", (string?)answer["data"]!["supabaseData"]);
            Assert.StartsWith("eyJ", (string?)answer["token"]);
        });
        AssertRow(signedIn, "GET /api/current-user", "200", SeedRouteChecks.CurrentUser(userId, "ada@example.com", "Ada", "Lovelace"));
        AssertRow(signedIn, "POST /api/update-user", "200", body =>
        {
            var user = JsonNode.Parse(body)!["user"]!;
            Assert.Equal(userId, (string?)user["id"]);
            Assert.Equal("John", (string?)user["firstName"]);
            Assert.Equal("Wick", (string?)user["lastName"]);
        });
        AssertRow(signedIn, "GET /api/org", "200", body =>
        {
            var org = JsonNode.Parse(body)!;
            Assert.StartsWith("org_", (string?)org["orgId"]);
            Assert.Equal("acme", (string?)org["orgSlug"]);
            Assert.Equal("org:admin", (string?)org["orgRole"]);
        });
        AssertRow(signedIn, "GET /api/reports", "200", body =>
        {
            var report = JsonNode.Parse(body)!;
            Assert.Equal("Reports for acme", (string?)report["title"]);
            Assert.Equal(["org:reports:manage", "org:reports:read"],
                report["permissions"]!.AsArray().Select(p => (string)p!).Order(StringComparer.Ordinal));
        });
        AssertRow(signedIn, "GET /api/users/42", "200", """{"id":42,"name":"Ada"}""");
        AssertRow(signedIn, "GET /api/files/a/b.txt", "200", """{"segments":["a","b.txt"]}""");
        AssertRow(signedIn, "GET /api/stats", "200", """{"path":"/api/stats","trace":null}""");
        Assert.Equal(10, signedIn.Count);

        await TheSupabaseTokensClaimsAreShownAsync(page, userId);
        await NoBodyWrapsAsync(page);

        // update-user renamed Ada; the status line follows, and so does the app's own table, by the webhook the
        // emulator delivered to /api/webhooks. The reset gives the seed's name back, by webhook too.
        await Expect(page.Locator("#status")).ToHaveTextAsync("Signed in as John Wick.");
        await Expect(page.Locator("#synced-users")).ToContainTextAsync("John Wick <ada@example.com>");
        await page.Locator("#reset-users").ClickAsync();
        await Expect(page.Locator("#reset-result")).ToHaveTextAsync("The seeded users have their names back.");
        await Expect(page.Locator("#status")).ToHaveTextAsync("Signed in as Ada Lovelace.");
        await Expect(page.Locator("#synced-users")).ToContainTextAsync("Ada Lovelace <ada@example.com>");
        await Expect(page.Locator("#synced-users")).Not.ToContainTextAsync("John Wick");
        var currentUser = page.Locator("tr[data-route='GET /api/current-user']");
        await currentUser.GetByRole(AriaRole.Button, new() { Name = "Call" }).ClickAsync();
        await Expect(currentUser.Locator("pre.body")).ToContainTextAsync("\"firstName\": \"Ada\"");
        Assert.Equal(SeedRouteChecks.CurrentUser(userId, "ada@example.com", "Ada", "Lovelace"),
            Compact(await currentUser.Locator("pre.body").InnerTextAsync()));

        await page.Locator("a#sign-out").ClickAsync();
        await Expect(page).ToHaveURLAsync(sample.Origin + "/");
        await Expect(page.Locator("#status")).ToHaveTextAsync("Signed out.");

        var signedOut = await CallEveryRouteAsync(page);
        AssertRow(signedOut, "GET /api", "404", "(empty)");
        AssertRow(signedOut, "GET /api/is-authenticated", "401", SeedRouteChecks.SignedOutError);
        AssertRow(signedOut, "GET /api/supabase", "401", "Unauthorized");
        AssertRow(signedOut, "GET /api/current-user", "401", "Unauthorized");
        AssertRow(signedOut, "POST /api/update-user", "redirect", "(to the sign-in page)");
        AssertRow(signedOut, "GET /api/org", "404", "(empty)");
        AssertRow(signedOut, "GET /api/reports", "404", "(empty)");
        AssertRow(signedOut, "GET /api/users/42", "200", """{"id":42,"name":"Ada"}""");
    }

    [Fact]
    public async Task The_API_reference_lists_the_seed_routes_with_Clerk_security_on_the_protected_ones()
    {
        await using var chromium = await ChromiumPage.OpenAsync(sample.Origin);
        var page = chromium.Page;

        // Scalar's page, served by the app itself (its script is in the package), reading /openapi/v1.json.
        await page.GotoAsync("/scalar/v1");

        var body = page.Locator("body");
        // One group per route folder (the generated endpoints' tags), the first one open.
        foreach (var folder in new[] { "current-user", "supabase", "update-user", "users" })
        {
            await Expect(body).ToContainTextAsync("Open Group - " + folder);
        }
        // GET alone: HEAD, served from GET, is left out of the description.
        await Expect(body).ToContainTextAsync("Operations get/api/api");
        await Expect(body).Not.ToContainTextAsync("head/api");
        // The protected operations' answers, as AddClerkSecurity() documents them.
        await Expect(body).ToContainTextAsync("Signed out, or not authorized: Clerk answers as if the route did not exist.");
    }

    /// <summary>The supabase row shows the claims of the token in its body, labelled, decoded by the page itself.</summary>
    private static async Task TheSupabaseTokensClaimsAreShownAsync(IPage page, string userId)
    {
        var row = page.Locator("tr[data-route='GET /api/supabase']");
        await Expect(row.Locator(".claims")).ToBeVisibleAsync();
        await Expect(row.Locator(".claims")).ToContainTextAsync("Claims of the minted token");
        var shown = JsonNode.Parse(await row.Locator(".claims pre").InnerTextAsync())!.AsObject();
        SeedRouteChecks.AssertSupabaseClaims(shown, userId, "ada@example.com");
        var token = (string)JsonNode.Parse(await row.Locator("pre.body").InnerTextAsync())!["token"]!;
        Assert.True(JsonNode.DeepEquals(JwsTokens.Payload(token), shown), $"The page shows {shown}, the token says {JwsTokens.Payload(token)}.");
        // Only a body with a token gets claims.
        await Expect(page.Locator("tr[data-route] .claims:visible")).ToHaveCountAsync(1);
    }

    /// <summary>
    /// Bodies never break a line inside a word: lines are kept whole (white-space: pre), and the one line wider than
    /// its cell, the token, scrolls inside the cell instead of wrapping or widening the page.
    /// </summary>
    private static async Task NoBodyWrapsAsync(IPage page)
    {
        foreach (var body in await page.Locator("tr[data-route] pre").AllAsync())
        {
            await Expect(body).ToHaveCSSAsync("white-space", "pre");
        }

        var token = page.Locator("tr[data-route='GET /api/supabase'] pre.body");
        Assert.True(await token.EvaluateAsync<bool>("body => body.scrollWidth > body.clientWidth"),
            "The supabase body's token line does not scroll: it wrapped.");
        Assert.True(await page.EvaluateAsync<bool>("() => document.documentElement.scrollWidth <= window.innerWidth"),
            "The page is wider than the window: a body widened its column.");
    }

    /// <summary>Clicks "Call every route", waits until every row is done, and reads each row's status and body.</summary>
    private static async Task<Dictionary<string, (string Status, string Body)>> CallEveryRouteAsync(IPage page)
    {
        await page.Locator("#call-all").ClickAsync();
        await Expect(page.Locator("tr[data-route]:not([data-done='true'])")).ToHaveCountAsync(0);

        var rows = new Dictionary<string, (string, string)>();
        foreach (var row in await page.Locator("tr[data-route]").AllAsync())
        {
            var route = await row.GetAttributeAsync("data-route") ?? "";
            rows[route] = (await row.Locator(".status").InnerTextAsync(), Compact(await row.Locator("pre.body").InnerTextAsync()));
        }
        return rows;
    }

    /// <summary>The page indents JSON bodies to be read; compacted, they compare with the text the routes write.</summary>
    private static string Compact(string body)
    {
        try
        {
            return JsonNode.Parse(body)?.ToJsonString() ?? "null";
        }
        catch (JsonException)
        {
            return body;
        }
    }

    private static void AssertRow(Dictionary<string, (string Status, string Body)> rows, string route, string status, string body) =>
        AssertRow(rows, route, status, actual => Assert.Equal(body, actual));

    private static void AssertRow(
        Dictionary<string, (string Status, string Body)> rows, string route, string status, Action<string> assertBody)
    {
        Assert.True(rows.TryGetValue(route, out var row), $"The page has no row {route}.");
        Assert.True(row.Status == status, $"{route}: status {row.Status}, expected {status}; body: {row.Body}");
        assertBody(row.Body);
    }
}
