namespace Clerk.LoadTest.Server;

/// <summary>The four cases of the load test; each server process sets up only what its case needs.</summary>
internal enum Case
{
    /// <summary>(a) The generated endpoint GET /api/plain, no check.</summary>
    Generated,

    /// <summary>(b) The generated [Protected] endpoint GET /api/protected, a Clerk session token required.</summary>
    Protected,

    /// <summary>(c) A hand-written minimal API lambda (RequestDelegateFactory), no check.</summary>
    Minimal,

    /// <summary>(d) The same lambda behind ASP.NET Core's JwtBearer and RequireAuthorization().</summary>
    JwtBearer,
}

internal static class Cases
{
    public static bool TryParse(string text, out Case mode)
    {
        Case? parsed = text switch
        {
            "generated" => Case.Generated,
            "protected" => Case.Protected,
            "minimal" => Case.Minimal,
            "jwtbearer" => Case.JwtBearer,
            _ => null,
        };
        mode = parsed.GetValueOrDefault();
        return parsed.HasValue;
    }

    public static void AddServices(Case mode, WebApplicationBuilder builder)
    {
        switch (mode)
        {
            case Case.Generated or Case.Protected:
                // MapRouteHandlers() maps both route files, and the [Protected] one needs Clerk at startup, so (a)
                // and (b) run the same app; the case only decides which URL wrk asks for.
                builder.Services.AddClerk();
                break;
            case Case.JwtBearer:
                JwtBearerCase.AddServices(builder);
                break;
        }
    }

    public static void MapEndpoints(Case mode, WebApplication app)
    {
        switch (mode)
        {
            case Case.Generated or Case.Protected:
                app.MapRouteHandlers();
                break;
            case Case.Minimal:
                app.MapGet("/api/plain", () => Payload.Create());
                break;
            case Case.JwtBearer:
                app.UseAuthentication();
                app.UseAuthorization();
                app.MapGet("/api/plain", () => Payload.Create()).RequireAuthorization();
                break;
        }
    }
}
