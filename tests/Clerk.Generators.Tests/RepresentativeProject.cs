using Clerk.Generators.Tests.Infrastructure;

namespace Clerk.Generators.Tests;

/// <summary>A project with one route file per convention and binding, shared by the snapshot and caching tests.</summary>
internal static class RepresentativeProject
{
    public static TestProject Create() => new TestProject()
        .With("Models.cs", """
            namespace Shop;

            public sealed record Product(int Id, string Name);
            public sealed record NewProduct(string Name);
            public enum Sort { Name, Price }
            public interface IClock { DateTimeOffset Now { get; } }

            [AttributeUsage(AttributeTargets.Class | AttributeTargets.Method, AllowMultiple = true)]
            public sealed class TagAttribute(string name, Type? owner = null) : Attribute
            {
                public string Name { get; } = name;
                public Type? Owner { get; } = owner;
                public Sort Order { get; set; }
                public int[] Weights { get; set; } = [];
            }
            """)
        .With("app/api/route.cs", """
            namespace Shop.Api;

            public static class Route
            {
                [Protected]
                public static IResult GET() => Results.Json(new { message = "Hello world!" });
            }
            """)
        .With("app/api/products/route.cs", """
            using Microsoft.AspNetCore.Mvc;

            namespace Shop.Api.Products;

            [Tag("products", typeof(Product), Order = Sort.Price, Weights = new[] { 1, 2 })]
            public static class Route
            {
                public static Product[] GET(Sort sort, int? page, [FromQuery(Name = "q")] string? search = null, int size = 20, [FromQuery] int[]? ids = null)
                    => [];

                [Protected(Role = "org:admin")]
                public static async Task<IResult> POST(NewProduct product, IClock clock, [FromHeader(Name = "Idempotency-Key")] string key, CancellationToken cancellationToken)
                {
                    await Task.Yield();
                    return Results.Created("/api/products/1", new Product(1, product.Name));
                }
            }
            """)
        .With("app/api/products/[id]/route.cs", """
            using Microsoft.AspNetCore.Mvc;

            namespace Shop.Api.Products.Id;

            [Protected(Permission = "org:products:read")]
            public static class Route
            {
                public static ValueTask<Product> GET(int id, HttpContext context) => ValueTask.FromResult(new Product(id, "x"));

                [Protected(Permission = "org:products:write", UnauthorizedUrl = "/denied", Token = TokenTypes.SessionToken | TokenTypes.ApiKey)]
                public static Task PUT([FromRoute(Name = "id")] string productId, [FromBody] NewProduct? change) => Task.CompletedTask;

                public static void DELETE(int id) { }
            }
            """)
        .With("app/api/products/me/route.cs", """
            namespace Shop.Api.Products.Me;

            public static class Route
            {
                public static string GET(System.Security.Claims.ClaimsPrincipal user) => user.Identity?.Name ?? "";
                public static IResult OPTIONS() => Results.NoContent();
            }
            """)
        .With("app/api/me/route.cs", """
            namespace Shop.Api.Me;

            public static class Route
            {
                public static IResult GET(Auth auth) => auth.IsAuthenticated
                    ? Results.Json(new { userId = auth.UserId })
                    : Results.Json(new { error = "Error: No signed in user" }, statusCode: 401);

                public static string DELETE(Auth auth)
                {
                    auth.Protect(role: "org:admin");
                    return "deleted";
                }
            }
            """)
        .With("app/api/files/[...path]/route.cs", """
            namespace Shop.Api.Files;

            public static class Route
            {
                public static object GET(string[] path, HttpRequest request) => new { path };
            }
            """)
        .With("app/api/docs/[[...slug]]/route.cs", """
            namespace Shop.Api.Docs;

            public static class Route
            {
                public static ValueTask<string> GET(string? slug) => ValueTask.FromResult(slug ?? "index");
            }
            """)
        .With("app/api/(admin)/stats/route.cs", """
            namespace Shop.Api.Stats;

            public static class Route
            {
                public static Task<int> GET(HttpResponse response) => Task.FromResult(1);
            }
            """)
        .With("app/api/_internal/route.cs", """
            namespace Shop.Api.Internal;

            public static class Route
            {
                public static string GET() => "never routed";
            }
            """)
        .With("app/api/%5Fmeta/route.cs", """
            namespace Shop.Api.Meta;

            public static class Route
            {
                public static string GET() => "meta";
            }
            """);
}
