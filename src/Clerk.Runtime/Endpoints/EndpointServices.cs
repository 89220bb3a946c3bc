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
/// metadata, the route guard. A missing piece is a startup error that says how to fix it.
/// </summary>
[EditorBrowsable(EditorBrowsableState.Never)]
public static class EndpointServices
{
    /// <summary>The app's JSON settings for HTTP (<c>ConfigureHttpJsonOptions</c>), as minimal APIs use them.</summary>
    public static JsonSerializerOptions JsonOptions(IEndpointRouteBuilder endpoints) =>
        endpoints.ServiceProvider.GetService<IOptions<HttpJsonOptions>>()?.Value.SerializerOptions
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

    /// <summary>The guard for <see cref="ProtectedAttribute"/> handlers; fails at startup when none is registered.</summary>
    public static IRouteGuard RouteGuard(IEndpointRouteBuilder endpoints, string endpointName) =>
        endpoints.ServiceProvider.GetService<IRouteGuard>()
        ?? throw new InvalidOperationException(
            $"The route handler \"{endpointName}\" is [Protected], but Clerk is not configured: call " +
            "builder.Services.AddClerk() before builder.Build().");

    /// <summary>Fails at startup when a handler takes <see cref="Auth"/> but <c>AddClerk()</c> was not called.</summary>
    public static void RequireClerk(IEndpointRouteBuilder endpoints, string endpointName)
    {
        if (endpoints.ServiceProvider.GetService<ClerkAuthenticator>() is null)
        {
            throw new InvalidOperationException(
                $"The route handler \"{endpointName}\" takes Auth, but Clerk is not configured: call " +
                "builder.Services.AddClerk() before builder.Build().");
        }
    }

    /// <summary>A service the handler requires; a missing registration throws as in minimal APIs.</summary>
    public static T RequiredService<T>(HttpContext context) where T : notnull =>
        context.RequestServices.GetRequiredService<T>();

    /// <summary>A service the handler accepts as optional (nullable or with a default).</summary>
    public static T? OptionalService<T>(HttpContext context) => context.RequestServices.GetService<T>();
}
