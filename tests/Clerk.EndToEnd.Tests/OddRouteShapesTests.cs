using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Clerk.EndToEnd.Tests.Infrastructure;

namespace Clerk.EndToEnd.Tests;

/// <summary>
/// The OddRoutes project (Projects/OddRoutes), built by `dotnet build` outside the repo and served by Kestrel: every
/// Next.js folder convention and every verb, over real HTTP.
/// </summary>
[Collection(OutsideProjectsCollection.Name)]
public sealed class OddRouteShapesTests(OutsideProjectsFixture fixture)
{
    private HttpClient Client => fixture.App.Client;

    [Fact]
    public void Builds_without_any_Clerk_diagnostic()
    {
        Assert.True(fixture.OddRoutesBuild.ExitCode == 0, fixture.OddRoutesBuild.Output);
        Assert.DoesNotContain("CLERK", fixture.OddRoutesBuild.Output);
    }

    [Theory]
    [InlineData("/api/orgs", "orgs")]
    [InlineData("/api/orgs/acme", "org acme")]
    [InlineData("/api/orgs/acme/members/me", "me in acme")]        // static segment beats [memberId]
    [InlineData("/api/blobs/a", "a")]                              // catch-all: one segment
    [InlineData("/api/blobs/a/b/c.txt", "a|b|c.txt")]              // catch-all: many segments
    [InlineData("/api/pages", "(index)")]                          // optional catch-all: the bare parent
    [InlineData("/api/pages/guides/start", "guides/start")]
    [InlineData("/api/health", "healthy")]                         // (internal) group dropped from the URL
    [InlineData("/api/_meta", "meta")]                             // %5Fmeta folder
    public async Task GET_serves_the_route_file_of_the_path(string path, string expectedText)
    {
        using var response = await Client.GetAsync(path);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/plain", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal(expectedText, await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task GET_binds_nested_dynamic_segments_and_writes_JSON()
    {
        using var response = await Client.GetAsync("/api/orgs/acme/members/7");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("""{"orgId":"acme","memberId":7,"role":"member"}""", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task A_route_value_that_does_not_parse_is_a_400_problem()
    {
        using var response = await Client.GetAsync("/api/orgs/acme/members/seven");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        using var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal(400, problem.RootElement.GetProperty("status").GetInt32());
        var detail = problem.RootElement.GetProperty("detail").GetString();
        Assert.Contains("memberId", detail);
        Assert.Contains("seven", detail);
    }

    [Fact]
    public async Task POST_reads_a_JSON_body_and_answers_201()
    {
        using var response = await Client.PostAsJsonAsync("/api/orgs", new { name = "globex" });

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        Assert.Equal("/api/orgs/globex", response.Headers.Location?.OriginalString);
        Assert.Equal("""{"name":"globex"}""", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task PUT_binds_the_route_value_and_the_body()
    {
        using var response = await Client.PutAsJsonAsync("/api/orgs/acme", new { name = "Acme Corp" });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("""{"id":"acme","name":"Acme Corp"}""", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task PATCH_binds_two_route_values_and_the_body()
    {
        using var response = await Client.PatchAsJsonAsync("/api/orgs/acme/members/7", new { role = "admin" });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("""{"orgId":"acme","memberId":7,"role":"admin"}""", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task DELETE_of_a_void_handler_is_an_empty_200()
    {
        using var response = await Client.DeleteAsync("/api/orgs/acme/members/7");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Empty(await response.Content.ReadAsByteArrayAsync());
    }

    [Theory]
    [InlineData("/api/_private")]                 // private folder
    [InlineData("/api/_private/keys")]            // and everything below it
    [InlineData("/api/private")]                  // the underscore is not merely dropped
    [InlineData("/api/blobs")]                    // a required catch-all's bare parent
    [InlineData("/api/(internal)/health")]        // a group's name is not a URL segment
    [InlineData("/api/%5Fmeta/extra")]
    public async Task Paths_without_a_route_file_are_404(string path)
    {
        using var response = await Client.GetAsync(path);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Theory]
    [InlineData("POST", "/api/orgs/acme/members/7", "DELETE, GET, HEAD, OPTIONS, PATCH")]
    [InlineData("PUT", "/api/pages", "GET, HEAD, OPTIONS")]
    [InlineData("DELETE", "/api/orgs", "GET, HEAD, OPTIONS, POST")]
    [InlineData("PATCH", "/api/orgs/acme/members/me", "GET, HEAD, OPTIONS")]   // the path picks the file first
    [InlineData("POST", "/api/health", "GET, HEAD, OPTIONS")]
    public async Task Undeclared_methods_are_405_with_Allow(string method, string path, string allow)
    {
        using var response = await Client.SendAsync(new HttpRequestMessage(new HttpMethod(method), path));

        Assert.Equal(HttpStatusCode.MethodNotAllowed, response.StatusCode);
        Assert.Equal(allow, AllowHeader(response));
    }

    [Theory]
    [InlineData("/api/orgs/acme/members/7", "DELETE, GET, HEAD, OPTIONS, PATCH")]
    [InlineData("/api/orgs/acme", "GET, HEAD, OPTIONS, PUT")]
    [InlineData("/api/blobs/a/b", "GET, HEAD, OPTIONS")]
    public async Task OPTIONS_is_204_with_the_sorted_Allow_header(string path, string allow)
    {
        using var response = await Client.SendAsync(new HttpRequestMessage(HttpMethod.Options, path));

        Assert.Equal(HttpStatusCode.NoContent, response.StatusCode);
        Assert.Equal(allow, AllowHeader(response));
        var methods = allow.Split(", ");
        Assert.Equal(methods.Order(StringComparer.Ordinal), methods);
        Assert.Empty(await response.Content.ReadAsByteArrayAsync());
    }

    [Fact]
    public async Task A_declared_OPTIONS_handler_answers_itself()
    {
        using var response = await Client.SendAsync(new HttpRequestMessage(HttpMethod.Options, "/api/_meta"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("custom options", await response.Content.ReadAsStringAsync());
    }

    [Theory]
    [InlineData("/api/pages/guides", "text/plain")]
    [InlineData("/api/orgs/acme/members/7", "application/json")]
    public async Task HEAD_is_served_from_GET_without_a_body(string path, string contentType)
    {
        var response = await fixture.App.SendRawAsync("HEAD", path);

        Assert.StartsWith("HTTP/1.1 200 OK\r\n", response);
        Assert.Contains($"Content-Type: {contentType}", response);
        Assert.EndsWith("\r\n\r\n", response);   // the headers end the response: no body bytes follow
    }

    [Fact]
    public async Task A_declared_HEAD_handler_runs_instead_of_GET()
    {
        var response = await fixture.App.SendRawAsync("HEAD", "/api/health");

        Assert.StartsWith("HTTP/1.1 200 OK\r\n", response);
        Assert.Contains("X-Health: ok\r\n", response);
        Assert.DoesNotContain("Content-Type", response);   // GET's text would have set one
        Assert.EndsWith("\r\n\r\n", response);
    }

    private static string AllowHeader(HttpResponseMessage response) =>
        string.Join(", ", response.Content.Headers.Allow);
}
