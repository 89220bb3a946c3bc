using System.ComponentModel;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using HttpJsonOptions = Microsoft.AspNetCore.Http.Json.JsonOptions;

namespace Clerk.Endpoints;

/// <summary>
/// What generated endpoints resolve once, when <c>MapRouteHandlers()</c> runs, rather than on every request: JSON
/// metadata, the route guard, the check that Clerk is configured. A missing piece is a startup error that says how
/// to fix it.
/// </summary>
[EditorBrowsable(EditorBrowsableState.Never)]
public static class EndpointServices
{
    /// <summary>The app's JSON settings for HTTP (<c>ConfigureHttpJsonOptions</c>), as minimal APIs use them.</summary>
    public static JsonSerializerOptions JsonOptions(IEndpointRouteBuilder endpoints) =>
        JsonOptions(endpoints.ServiceProvider);

    internal static JsonSerializerOptions JsonOptions(IServiceProvider services) =>
        services.GetService<IOptions<HttpJsonOptions>>()?.Value.SerializerOptions
        ?? new HttpJsonOptions().SerializerOptions;

    /// <summary>
    /// JSON metadata for <typeparamref name="T"/> from the app's resolver chain, so an app that registers a
    /// <c>JsonSerializerContext</c> stays trim- and AOT-safe.
    /// </summary>
    public static JsonTypeInfo<T> JsonType<T>(JsonSerializerOptions options)
    {
        try
        {
            return (JsonTypeInfo<T>)options.GetTypeInfo(typeof(T));
        }
        catch (NotSupportedException exception)
        {
            throw new InvalidOperationException(
                $"No JSON metadata for {typeof(T)}: add [JsonSerializable(typeof({typeof(T).Name}))] to your " +
                "JsonSerializerContext and register it with builder.Services.ConfigureHttpJsonOptions(o => " +
                "o.SerializerOptions.TypeInfoResolverChain.Insert(0, YourContext.Default)).", exception);
        }
    }

    /// <summary>
    /// Fails at startup when Clerk is not configured but handlers need it, naming every one of them and the fix:
    /// <see cref="ProtectedAttribute"/> handlers need an <see cref="IRouteGuard"/> (<c>AddClerk()</c> registers
    /// Clerk's), handlers that take <see cref="Auth"/> need Clerk's authenticator. <c>MapRouteHandlers()</c> calls it
    /// once, before it maps anything.
    /// </summary>
    /// <param name="endpoints">Where the route handlers are mapped.</param>
    /// <param name="protectedHandlers">The endpoint names of the [Protected] handlers (<c>GET /api</c>).</param>
    /// <param name="authHandlers">The endpoint names of the handlers that take <see cref="Auth"/>.</param>
    public static void RequireClerk(IEndpointRouteBuilder endpoints, string[] protectedHandlers, string[] authHandlers)
    {
        var services = endpoints.ServiceProvider;
        var needs = new List<(string Handler, string Need)>();
        if (services.GetService<IRouteGuard>() is null)
        {
            needs.AddRange(protectedHandlers.Select(handler => (handler, "[Protected]")));
        }
        if (services.GetService<ClerkAuthenticator>() is null)
        {
            needs.AddRange(authHandlers.Select(handler => (handler, "takes Auth")));
        }
        if (needs.Count == 0)
        {
            return;
        }
        var lines = needs.GroupBy(need => need.Handler, need => need.Need)
            .Select(handler => $"  {handler.Key} ({string.Join(", ", handler)})")
            .ToList();
        var who = lines.Count == 1 ? "a route handler needs" : $"{lines.Count} route handlers need";
        throw new InvalidOperationException(
            $"Clerk is not configured, but {who} it: call builder.Services.AddClerk() before builder.Build()." +
            Environment.NewLine + string.Join(Environment.NewLine, lines));
    }

    /// <summary>
    /// The guard <see cref="ProtectedAttribute"/> handlers call, resolved once when the routes are mapped (after
    /// <see cref="RequireClerk"/> has made sure there is one).
    /// </summary>
    public static IRouteGuard RouteGuard(IEndpointRouteBuilder endpoints) =>
        endpoints.ServiceProvider.GetRequiredService<IRouteGuard>();

    /// <summary>A service the handler requires; a missing registration throws as in minimal APIs.</summary>
    public static T RequiredService<T>(HttpContext context) where T : notnull =>
        context.RequestServices.GetRequiredService<T>();

    /// <summary>A service the handler accepts as optional (nullable or with a default).</summary>
    public static T? OptionalService<T>(HttpContext context) => context.RequestServices.GetService<T>();
}
