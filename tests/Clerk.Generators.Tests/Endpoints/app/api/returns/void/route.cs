namespace Clerk.Generators.Tests.Endpoints.App.Api.Returns.VoidHandler;

// void: 200 with no body. The header shows the handler ran.
public static class Route
{
    public static void GET(HttpResponse response) => response.Headers["X-Ran"] = "void";
}
