using Clerk.Generators.Tests.Endpoints.Infrastructure;

namespace Clerk.Generators.Tests.Endpoints.Parity;

/// <summary>
/// <c>AddOpenApi(o =&gt; o.AddClerkSecurity())</c>: [Protected] operations require Clerk's bearer token or session
/// cookie and document the answers Clerk gives there; the others require nothing.
/// </summary>
public sealed class ClerkSecurityDocumentTests(TwinsApp app) : IClassFixture<TwinsApp>
{
    [Fact]
    public async Task Document_declares_the_bearer_and_session_cookie_schemes()
    {
        var schemes = (await app.OpenApiDocumentAsync())["components"]!["securitySchemes"]!;

        var bearer = schemes["Clerk"]!;
        Assert.Equal(("http", "bearer", "JWT"),
            ((string?)bearer["type"], (string?)bearer["scheme"], (string?)bearer["bearerFormat"]));
        var cookie = schemes["ClerkSessionCookie"]!;
        Assert.Equal(("apiKey", "cookie", "__session"),
            ((string?)cookie["type"], (string?)cookie["in"], (string?)cookie["name"]));
    }

    [Theory]
    [InlineData("get")]
    [InlineData("put")]
    public async Task Protected_operation_requires_either_scheme_and_documents_401_and_404(string method)
    {
        var operation = (await app.OpenApiDocumentAsync())["paths"]!["/api/secure/{id}"]![method]!;

        Assert.Equal("""[{"Clerk":[]},{"ClerkSessionCookie":[]}]""", operation["security"]!.ToJsonString());
        var responses = operation["responses"]!.AsObject();
        Assert.Equal(["200", "401", "404"], responses.Select(response => response.Key).Order());
        Assert.Contains("as if the route did not exist", (string?)responses["404"]!["description"]);
    }

    [Fact]
    public async Task Unprotected_operation_requires_nothing()
    {
        var operation = (await app.OpenApiDocumentAsync())["paths"]!["/api/users/{id}"]!["get"]!;

        Assert.Null(operation["security"]);
        Assert.Null(operation["responses"]!["404"]);
    }
}
