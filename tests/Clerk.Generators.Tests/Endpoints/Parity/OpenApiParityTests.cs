using System.Text.Json.Nodes;
using Clerk.Generators.Tests.Endpoints.Infrastructure;
using static Clerk.Generators.Tests.Endpoints.Infrastructure.TwinsApp;

namespace Clerk.Generators.Tests.Endpoints.Parity;

/// <summary>
/// With <c>AddOpenApi()</c> and <c>MapOpenApi()</c>, a route file's operation is the operation of the same method
/// mapped as a minimal API: parameters, request body, responses and schemas. The operation id is the endpoint's
/// name (<c>WithName</c>), which only the route file has, and the tag is the route's folder.
/// </summary>
public sealed class OpenApiParityTests(TwinsApp app) : IClassFixture<TwinsApp>
{
    [Theory]
    [MemberData(nameof(TwinNames), MemberType = typeof(TwinsApp))]
    public async Task Route_file_operation_equals_the_minimal_APIs(string name)
    {
        var twin = Named(name);
        var paths = (await app.OpenApiDocumentAsync())["paths"]!;

        // HEAD served from GET is left out of the description (one operation id for two operations otherwise).
        if (twin.ServesHeadFromGet)
        {
            Assert.Null(paths[twin.Template]!["head"]);
        }
        foreach (var method in twin.Methods.Where(method => !(twin.ServesHeadFromGet && method == "HEAD"))
            .Select(method => method.ToLowerInvariant()))
        {
            var routeFile = Operation(paths, twin.Template, method);
            var minimal = Operation(paths, MinimalPrefix + twin.Template, method);
            // Deliberate differences: the operation id is the endpoint's name, and the tag is the route's folder
            // rather than the name of the class the method is in ("Route" for every route file).
            Assert.Equal($"{twin.Methods[0]} {twin.Template}", (string?)routeFile["operationId"]);
            Assert.Equal($"""["{twin.Template.Split('/')[2]}"]""", routeFile["tags"]!.ToJsonString());
            Assert.Equal("""["Route"]""", minimal["tags"]!.ToJsonString());
            routeFile.Remove("operationId");
            routeFile.Remove("tags");
            minimal.Remove("tags");
            Assert.Equal(minimal.ToJsonString(), routeFile.ToJsonString());
        }
    }

    [Fact]
    public async Task Every_route_file_is_in_the_document()
    {
        var paths = (await app.OpenApiDocumentAsync())["paths"]!.AsObject();

        Assert.Contains("/api/users/{id}", paths.Select(path => path.Key));
        Assert.Contains("/api/secure/{id}", paths.Select(path => path.Key));
        Assert.Contains("/api/docs/{slug}", paths.Select(path => path.Key));
    }

    private static JsonObject Operation(JsonNode paths, string template, string method) =>
        paths[template]?[method]?.DeepClone().AsObject()
        ?? throw new Xunit.Sdk.XunitException($"No {method} operation for {template} in the document.");
}
