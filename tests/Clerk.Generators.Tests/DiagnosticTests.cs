using Clerk.Generators.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Xunit;

namespace Clerk.Generators.Tests;

/// <summary>One test per CLERK diagnostic: its id, its severity, the route file it points at, and how to fix it.</summary>
public sealed class DiagnosticTests
{
    [Fact]
    public void CLERK001_handler_not_static()
    {
        const string source = """
            public class Route
            {
                public IResult GET() => Results.Ok();
            }
            """;
        var diagnostic = Single(source);
        AssertDiagnostic(diagnostic, "CLERK001", DiagnosticSeverity.Error, "app/api/route.cs", "add the 'static' modifier");
        Assert.Equal("GET", SourceText(diagnostic, source));
        Assert.Equal(2, diagnostic.Location.GetLineSpan().StartLinePosition.Line);
    }

    [Fact]
    public void CLERK002_wrong_case_is_a_warning_and_not_mapped()
    {
        var run = Project("""
            public static class Route
            {
                public static string Get() => "x";
                public static string POST() => "y";
            }
            """).Run();
        var diagnostic = Assert.Single(run.GeneratorDiagnostics);
        AssertDiagnostic(diagnostic, "CLERK002", DiagnosticSeverity.Warning, "app/api/route.cs", "named exactly 'GET'");
        var source = run.Source("Routes.Api.g.cs");
        Assert.DoesNotContain("Route.Get(", source);
        Assert.Contains("Route.POST(", source);
    }

    [Theory]
    [InlineData("ref int count", "ref, out and in parameters")]
    [InlineData("[Microsoft.AspNetCore.Mvc.FromForm] Nested filter", "'Nested.Inner': a member of a [FromForm] type must be")]
    [InlineData("[Microsoft.AspNetCore.Mvc.FromForm(Name = \"f\")] Product filter", "remove Name")]
    [InlineData("[Microsoft.AspNetCore.Mvc.FromQuery] Product filter", "a query value must be")]
    [InlineData("[Microsoft.AspNetCore.Mvc.FromHeader] Product filter", "a header value must be")]
    [InlineData("[AsParameters] Product? filter", "The nullable type 'Product' is not supported")]
    [InlineData("[AsParameters] IDisposable filter", "needs a class or struct with a public constructor")]
    [InlineData("[AsParameters] Outer filter", "'Outer.Inner': [AsParameters] cannot be nested")]
    [InlineData("[AsParameters] Mismatched filter", "must contain only parameters that match the declared public properties")]
    [InlineData("[AsParameters] Twice filter", "Only a single public parameterized constructor is allowed for type 'Twice'")]
    [InlineData("Span<byte> data", "cannot be bound from a request")]
    public void CLERK003_unsupported_parameter(string parameter, string reason)
    {
        var diagnostic = Single($$"""
            public sealed record Product(string Name);
            public sealed record Outer([AsParameters] Product Inner);
            public sealed record Nested(Product Inner);
            public sealed class Mismatched { public Mismatched(int count) { } public int Total { get; set; } }
            public sealed class Twice { public Twice(int a) { A = a; } public Twice(string b) { } public int A { get; } }
            public static class Route
            {
                public static string GET({{parameter}}) => "x";
            }
            """);
        AssertDiagnostic(diagnostic, "CLERK003", DiagnosticSeverity.Error, "app/api/route.cs", reason);
    }

    [Fact]
    public void CLERK003_BindAsync_of_the_wrong_shape()
    {
        // Minimal APIs refuse such a type when the endpoint is built; here the build says why.
        var diagnostic = Single("""
            public sealed record Paging(int Page)
            {
                public static System.Threading.Tasks.Task<Paging?> BindAsync(Microsoft.AspNetCore.Http.HttpContext context) =>
                    System.Threading.Tasks.Task.FromResult<Paging?>(null);
            }
            public static class Route
            {
                public static string GET(Paging paging) => "x";
            }
            """);
        AssertDiagnostic(diagnostic, "CLERK003", DiagnosticSeverity.Error, "app/api/route.cs",
            "'Paging.BindAsync' must return ValueTask<Paging> or ValueTask<Paging?>");
    }

    [Fact]
    public void CLERK020_a_webhook_handler_cannot_be_Protected()
    {
        var diagnostic = Single("""
            public static class Route
            {
                [Protected]
                public static string POST(ClerkWebhookEvent webhook) => webhook.Type;
            }
            """);
        AssertDiagnostic(diagnostic, "CLERK020", DiagnosticSeverity.Error, "app/api/route.cs", "carry a signature, not a session");
    }

    [Fact]
    public void CLERK003_a_form_and_a_JSON_body()
    {
        const string source = """
            public sealed record Product(string Name);
            public static class Route
            {
                public static string POST(IFormFile file, Product product) => "x";
            }
            """;
        var diagnostic = Single(source);
        AssertDiagnostic(diagnostic, "CLERK003", DiagnosticSeverity.Error, "app/api/route.cs", "cannot also read a JSON body");
        Assert.Equal("product", SourceText(diagnostic, source));
    }

    [Fact]
    public void CLERK003_two_possible_bodies()
    {
        const string source = """
            public sealed record A(string Name);
            public sealed record B(string Name);
            public static class Route
            {
                public static string POST(A first, B second) => "x";
            }
            """;
        var diagnostic = Single(source);
        AssertDiagnostic(diagnostic, "CLERK003", DiagnosticSeverity.Error, "app/api/route.cs", "mark the body [FromBody]");
        Assert.Equal("second", SourceText(diagnostic, source));
    }

    [Theory]
    [InlineData("User user")]
    [InlineData("User[] users")]
    [InlineData("List<User> users")]
    [InlineData("User? user")]
    public void An_unresolved_parameter_type_gets_only_the_compilers_error_and_is_not_mapped(string parameter)
    {
        // `User` without `using Clerk.BackendApi;`: CS0246 says what is missing; "cannot be bound" would mislead.
        var run = Project($$"""
            public static class Route
            {
                public static string POST({{parameter}}) => "x";
                public static string GET() => "y";
            }
            """).Run();

        Assert.Empty(run.GeneratorDiagnostics);
        Assert.Contains(run.CompilationProblems, problem => problem.Id == "CS0246");
        var source = run.Source("Routes.Api.g.cs");
        Assert.DoesNotContain("Route.POST(", source);
        Assert.Contains("Route.GET(", source);
    }

    [Theory]
    [InlineData("app/api/users/Route.cs", null, true)]
    [InlineData("app/api/ROUTE.cs", null, true)]
    [InlineData("routes/api/Route.cs", "routes", true)]
    [InlineData("app/api/route.cs", null, false)]
    [InlineData("Models/Route.cs", null, false)]
    [InlineData("app/api/Routes.cs", null, false)]
    public void CLERK017_a_route_file_named_in_the_wrong_case_is_a_warning(string path, string? appDirectory, bool flagged)
    {
        var project = new TestProject().With(path, "namespace Api; public static class Route { public static string GET() => \"x\"; }");
        if (appDirectory is not null)
        {
            project.WithProperty("ClerkAppDirectory", appDirectory);
        }

        var diagnostics = project.Analyze(new Clerk.Generators.Analyzers.MisnamedRouteFileAnalyzer());

        if (!flagged)
        {
            Assert.Empty(diagnostics);
            return;
        }

        var diagnostic = Assert.Single(diagnostics);
        AssertDiagnostic(diagnostic, "CLERK017", DiagnosticSeverity.Warning, path, "rename the file to route.cs");
        Assert.DoesNotContain(project.Run().HintNames, name => name.StartsWith("Routes.Api", StringComparison.Ordinal));
    }

    [Fact]
    public void CLERK018_a_query_parameter_beside_an_unbound_route_value_is_a_warning()
    {
        var run = new TestProject()
            .With("app/api/items/[id]/route.cs", """
                namespace Api.Items;
                public static class Route
                {
                    public static string GET(int itemId, string? sort) => "x";
                }
                """)
            .Run();

        Assert.Equal(2, run.GeneratorDiagnostics.Length);
        Assert.All(run.GeneratorDiagnostics, diagnostic => AssertDiagnostic(
            diagnostic, "CLERK018", DiagnosticSeverity.Warning, "app/api/items/[id]/route.cs", "rename"));
        Assert.Contains("Parameter 'itemId' of 'GET' is read from the query string, while the route value 'id' of '/api/items/{id}'",
            run.GeneratorDiagnostics[0].GetMessage());
    }

    [Theory]
    [InlineData("int id, string? sort")]
    [InlineData("[Microsoft.AspNetCore.Mvc.FromQuery] int itemId")]
    [InlineData("Auth auth")]
    public void CLERK018_is_quiet_when_the_route_value_is_bound_or_the_query_is_asked_for(string parameters)
    {
        var run = new TestProject().With("app/api/items/[id]/route.cs", $$"""
            namespace Api.Items;
            public static class Route
            {
                public static string GET({{parameters}}) => "x";
            }
            """).Run();

        Assert.Empty(run.GeneratorDiagnostics);
    }

    [Fact]
    public void CLERK004_duplicate_handler()
    {
        var diagnostic = Single("""
            public static class Route
            {
                public static string GET() => "x";
                public static string GET(int page) => "y";
            }
            """);
        AssertDiagnostic(diagnostic, "CLERK004", DiagnosticSeverity.Error, "app/api/route.cs", "keep one GET handler per route file");
    }

    [Fact]
    public void CLERK005_two_files_through_route_groups()
    {
        var diagnostic = Assert.Single(new TestProject()
            .With("app/api/(shop)/cart/route.cs", Handler("Shop"))
            .With("app/api/(checkout)/cart/route.cs", Handler("Checkout"))
            .Run().GeneratorDiagnostics);
        AssertDiagnostic(diagnostic, "CLERK005", DiagnosticSeverity.Error, "app/api/(shop)/cart/route.cs", "both resolve to '/api/cart'");
        Assert.Contains("app/api/(checkout)/cart/route.cs", diagnostic.GetMessage());
    }

    [Fact]
    public void CLERK005_optional_catch_all_and_its_parent()
    {
        var diagnostic = Assert.Single(new TestProject()
            .With("app/api/docs/route.cs", Handler("Docs"))
            .With("app/api/docs/[[...slug]]/route.cs", Handler("Slug", "string? slug"))
            .Run().GeneratorDiagnostics);
        AssertDiagnostic(diagnostic, "CLERK005", DiagnosticSeverity.Error, "app/api/docs/[[...slug]]/route.cs", "both resolve to '/api/docs'");
    }

    [Fact]
    public void CLERK006_catch_all_not_last()
    {
        var diagnostic = Assert.Single(new TestProject()
            .With("app/api/[...slug]/edit/route.cs", Handler("Edit", "string slug"))
            .Run().GeneratorDiagnostics);
        AssertDiagnostic(diagnostic, "CLERK006", DiagnosticSeverity.Error, "app/api/[...slug]/edit/route.cs", "'[...slug]' is a catch-all segment");
    }

    [Fact]
    public void CLERK007_different_parameter_names_at_one_level()
    {
        var diagnostic = Assert.Single(new TestProject()
            .With("app/api/users/[id]/route.cs", Handler("User", "string id"))
            .With("app/api/users/[userId]/posts/route.cs", Handler("Posts", "string userId"))
            .Run().GeneratorDiagnostics);
        AssertDiagnostic(diagnostic, "CLERK007", DiagnosticSeverity.Error, "app/api/users/[userId]/posts/route.cs", "'[id]' and '[userId]'");
    }

    [Fact]
    public void CLERK008_same_parameter_name_twice()
    {
        var diagnostic = Assert.Single(new TestProject()
            .With("app/api/[id]/items/[id]/route.cs", Handler("Items", "string id"))
            .Run().GeneratorDiagnostics);
        AssertDiagnostic(diagnostic, "CLERK008", DiagnosticSeverity.Error, "app/api/[id]/items/[id]/route.cs", "'id' appears more than once");
    }

    [Fact]
    public void CLERK009_required_and_optional_catch_all_at_one_level()
    {
        var diagnostic = Assert.Single(new TestProject()
            .With("app/api/docs/[...path]/route.cs", Handler("Required", "string path"))
            .With("app/api/docs/[[...path]]/route.cs", Handler("Optional", "string? path"))
            .Run().GeneratorDiagnostics);
        AssertDiagnostic(diagnostic, "CLERK009", DiagnosticSeverity.Error, "app/api/docs/[[...path]]/route.cs", "'[...path]' and '[[...path]]'");
    }

    [Fact]
    public void CLERK010_route_file_with_no_handler()
    {
        var diagnostic = Single("""
            public static class Route
            {
                public static string Describe() => "no handler here";
            }
            """);
        AssertDiagnostic(diagnostic, "CLERK010", DiagnosticSeverity.Error, "app/api/route.cs", "declare a public static GET");
    }

    [Theory]
    [InlineData("app/api/users/[id]/route.cs", "Product id", "bind it as a string, an IParsable<T> type or an enum")]
    [InlineData("app/api/files/[...path]/route.cs", "int path", "bind it as string or string[]")]
    [InlineData("app/api/docs/[[...slug]]/route.cs", "string slug", "bind it as string? or string[]")]
    public void CLERK011_route_value_with_incompatible_type(string path, string parameter, string reason)
    {
        var diagnostic = Assert.Single(new TestProject()
            .With(path, "public sealed record Product(string Name);\n" + Handler("Route", parameter))
            .Run().GeneratorDiagnostics);
        AssertDiagnostic(diagnostic, "CLERK011", DiagnosticSeverity.Error, path, reason);
    }

    [Fact]
    public void CLERK012_route_parameter_not_in_the_url()
    {
        var diagnostic = Single("""
            public static class Route
            {
                public static string GET([Microsoft.AspNetCore.Mvc.FromRoute] string slug) => slug;
            }
            """);
        AssertDiagnostic(diagnostic, "CLERK012", DiagnosticSeverity.Error, "app/api/route.cs", "rename the folder to [slug]");
    }

    [Theory]
    [InlineData("private static string GET() => \"x\";", "make it public or internal")]
    [InlineData("public static string GET<T>() => \"x\";", "generic handlers cannot be bound")]
    public void CLERK013_handler_that_generated_code_cannot_call(string handler, string reason)
    {
        var diagnostic = Single($$"""
            public static class Route
            {
                {{handler}}
            }
            """);
        AssertDiagnostic(diagnostic, "CLERK013", DiagnosticSeverity.Error, "app/api/route.cs", reason);
    }

    [Fact]
    public void CLERK014_runtime_not_referenced()
    {
        var run = new TestProject().WithoutRuntime().With("app/api/route.cs", Handler("Api")).Run();
        var diagnostic = Assert.Single(run.GeneratorDiagnostics);
        AssertDiagnostic(diagnostic, "CLERK014", DiagnosticSeverity.Error, "app/api/route.cs", "add a reference to the Clerk.Runtime package");
        Assert.DoesNotContain("RouteHandlers.g.cs", run.HintNames);
    }

    [Theory]
    [InlineData("true", 1)]
    [InlineData("false", 0)]
    public void CLERK015_object_result_warns_only_when_the_project_is_analysed_for_native_aot(string enableAotAnalyzer, int expected)
    {
        var run = new TestProject()
            .WithProperty("EnableAotAnalyzer", enableAotAnalyzer)
            .With("app/api/route.cs", "namespace Api; public static class Route { public static object GET() => new { id = 1 }; }")
            .Run();
        Assert.Equal(expected, run.GeneratorDiagnostics.Length);
        if (expected == 1)
        {
            AssertDiagnostic(run.GeneratorDiagnostics[0], "CLERK015", DiagnosticSeverity.Warning, "app/api/route.cs", "declare the concrete return type");
        }
    }

    [Fact]
    public void Files_outside_the_app_directory_and_in_private_folders_are_not_routes()
    {
        var run = new TestProject()
            .With("lib/route.cs", "namespace Lib; public class Route { public string GET() => \"not a handler\"; }")
            .With("app/api/_lib/route.cs", "namespace Private; public class Route { public string GET() => \"private\"; }")
            .Run();
        Assert.Empty(run.GeneratorDiagnostics);
        Assert.Empty(run.CompilationProblems);
        Assert.DoesNotContain(run.HintNames, name => name.StartsWith("Routes.", StringComparison.Ordinal));
    }

    [Fact]
    public void ClerkAppDirectory_moves_the_app_directory()
    {
        var run = new TestProject()
            .WithProperty("ClerkAppDirectory", "src/web")
            .With("src/web/api/route.cs", Handler("Web"))
            .With("app/api/route.cs", "namespace Old; public class Route { public string GET() => \"not routed\"; }")
            .Run();
        Assert.Empty(run.GeneratorDiagnostics);
        Assert.Contains("\"/api\"", run.Source("Routes.Api.g.cs"));
        Assert.Contains("src/web/api/route.cs", run.Source("Routes.Api.g.cs"));
    }

    private static TestProject Project(string source) => new TestProject().With("app/api/route.cs", source);

    private static Diagnostic Single(string source) => Assert.Single(Project(source).Run().GeneratorDiagnostics);

    /// <summary>A route file with one GET handler, in a namespace of its own.</summary>
    private static string Handler(string ns, string parameters = "") =>
        $"namespace {ns} {{ public static class Route {{ public static string GET({parameters}) => \"ok\"; }} }}";

    private static void AssertDiagnostic(Diagnostic diagnostic, string id, DiagnosticSeverity severity, string file, string fix)
    {
        Assert.Equal(id, diagnostic.Id);
        Assert.Equal(severity, diagnostic.Severity);
        Assert.Equal(TestProject.ProjectDirectory + file, diagnostic.Location.GetLineSpan().Path);
        Assert.Contains(fix, diagnostic.GetMessage());
    }

    /// <summary>The text the diagnostic points at. Generator diagnostics carry a file location, not a tree.</summary>
    private static string SourceText(Diagnostic diagnostic, string source) =>
        source.Substring(diagnostic.Location.SourceSpan.Start, diagnostic.Location.SourceSpan.Length);
}
