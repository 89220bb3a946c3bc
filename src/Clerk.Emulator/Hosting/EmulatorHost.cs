using Clerk.Emulator.Api;
using Clerk.Emulator.Faults;
using Clerk.Emulator.Json;
using Clerk.Emulator.Limits;
using Clerk.Emulator.Requests;

namespace Clerk.Emulator.Hosting;

/// <summary>The emulator's web app: Kestrel, the middleware in Clerk's order of refusal, the endpoints.</summary>
internal static class EmulatorHost
{
    public static WebApplication Build(EmulatedInstance instance, string urls, Action<ILoggingBuilder> logging)
    {
        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions
        {
            ApplicationName = typeof(EmulatorHost).Assembly.GetName().Name,
            ContentRootPath = AppContext.BaseDirectory,
        });
        // Embedded in an app, the slim builder would read that app's appsettings.json and ASPNETCORE_* variables
        // (Kestrel endpoints, URLs); the emulator takes its settings only from its options.
        builder.Configuration.Sources.Clear();
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?> { [WebHostDefaults.ServerUrlsKey] = urls });
        builder.Logging.ClearProviders();
        logging(builder.Logging);
        builder.Services.AddSingleton(instance);
        builder.Services.AddSingleton<FaultInjector>();
        builder.Services.AddSingleton(new RequestLog());
        builder.Services.ConfigureHttpJsonOptions(json => json.SerializerOptions.TypeInfoResolverChain.Insert(0, EmulatorJsonContext.Default));

        var app = builder.Build();
        // Routing runs first (WebApplication puts it before these), so the log knows which endpoint each request reached.
        app.UseWhen(IsBackendApi, v1 => v1.UseMiddleware<RequestLogMiddleware>());
        app.UseMiddleware<ApiErrorMiddleware>();
        app.UseMiddleware<FaultMiddleware>();
        app.UseWhen(IsBackendApi, v1 =>
        {
            v1.UseMiddleware<SecretKeyMiddleware>();
            v1.UseMiddleware<RateLimitMiddleware>();
        });

        var api = app.MapGroup("/v1");
        JwksEndpoint.Map(api);
        UsersEndpoints.Map(api);
        SessionsEndpoints.Map(api);
        JwtTemplatesEndpoints.Map(api);
        OrganizationsEndpoints.Map(api);
        MembershipsEndpoints.Map(api);
        InvitationsEndpoints.Map(api);
        OrganizationInvitationsEndpoints.Map(api);
        ApiKeysEndpoints.Map(api);
        M2MTokensEndpoints.Map(api);
        api.MapFallback(IResult () => throw ApiError.NotFound()).WithMetadata(UnmatchedPath.Metadata);
        AdminEndpoints.Map(app);
        return app;
    }

    private static bool IsBackendApi(HttpContext context) => context.Request.Path.StartsWithSegments("/v1");
}
