namespace Clerk.Benchmarks.Routes.ProtectedGreeting;

// GET /api/protected: the sample's GET /api (the seed's auth.protect()). Identical to app/api/unprotected/route.cs
// but for [Protected], so PipelineBenchmarks' ratio is the price of the request's authentication and guard.
public static class Route
{
    [Protected]
    public static Greeting GET() => new("Hello world!");
}
