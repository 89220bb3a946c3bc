namespace Clerk.Benchmarks.Routes.UnprotectedGreeting;

// GET /api/unprotected: app/api/protected/route.cs without [Protected], the baseline of PipelineBenchmarks.
public static class Route
{
    public static Greeting GET() => new("Hello world!");
}
