using System.ComponentModel;
using System.Reflection;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Clerk.Endpoints;

/// <summary>
/// Maps one generated handler through <c>RouteHandlerServices.Map</c>, the entry point ASP.NET Core publishes
/// for generators: the endpoint is a route handler like a minimal API's (its <see cref="MethodInfo"/>, HTTP method
/// metadata and the method's attributes are added by routing), so ApiExplorer, OpenAPI and endpoint filters see it.
/// The request delegate is the generated one; with no endpoint filter it is used as it is.
/// </summary>
[EditorBrowsable(EditorBrowsableState.Never)]
public static class HandlerEndpoint
{
    /// <summary>
    /// Maps <paramref name="handler"/> on <paramref name="template"/> for <paramref name="method"/>, named
    /// <paramref name="name"/>; with <paramref name="alsoHead"/>, HEAD is served by the same handler, as Next.js serves
    /// it for a GET handler, on an endpoint of its own that API descriptions leave out (a MapGet neither serves nor
    /// documents HEAD, and one endpoint for both would document two operations under one operation id).
    /// </summary>
    /// <param name="endpoints">Where to map it.</param>
    /// <param name="template">The route template.</param>
    /// <param name="method">The HTTP method it answers.</param>
    /// <param name="name">The endpoint's name (OpenAPI's operation id).</param>
    /// <param name="alsoHead">Whether HEAD is answered by this GET handler too.</param>
    /// <param name="handler">The route file's method, for its <see cref="MethodInfo"/>; never invoked through here.</param>
    /// <param name="metadata">Adds the metadata inferred from the handler's signature.</param>
    /// <param name="invoke">Calls the handler with the arguments of a filter invocation, for endpoint filters.</param>
    /// <param name="requestDelegate">
    /// Builds the request delegate: given null when the endpoint has no filters, else the filters to run once the
    /// arguments are bound.
    /// </param>
    /// <returns>The endpoint's builder (both endpoints' with <paramref name="alsoHead"/>), for further conventions.</returns>
    public static RouteHandlerBuilder Map(
        IEndpointRouteBuilder endpoints,
        string template,
        string method,
        string name,
        bool alsoHead,
        Delegate handler,
        Action<HandlerMetadata> metadata,
        EndpointFilterDelegate invoke,
        Func<HandlerFilters?, RequestDelegate> requestDelegate)
    {
        var mapped = MapOne(endpoints, template, method, handler, metadata, invoke, requestDelegate).WithName(name);
        if (!alsoHead)
        {
            return mapped;
        }
        var head = MapOne(endpoints, template, HttpMethods.Head, handler, metadata, invoke, requestDelegate)
            .ExcludeFromDescription();
        return new RouteHandlerBuilder([mapped, head]);
    }

    private static RouteHandlerBuilder MapOne(
        IEndpointRouteBuilder endpoints,
        string template,
        string method,
        Delegate handler,
        Action<HandlerMetadata> metadata,
        EndpointFilterDelegate invoke,
        Func<HandlerFilters?, RequestDelegate> requestDelegate)
    {
        return RouteHandlerServices.Map(endpoints, template, handler, [method],
            (method, options) =>
            {
                var builder = BuilderOf(options);
                metadata(new HandlerMetadata(method, builder));
                return new RequestDelegateMetadataResult { EndpointMetadata = builder.Metadata.AsReadOnly() };
            },
            (_, options, inferred) =>
            {
                var builder = BuilderOf(options);
                var pipeline = builder.FilterFactories.Count == 0 ? invoke : Pipeline(builder, handler.Method, invoke);
                // A factory may decline (AddValidation()'s does for a handler with nothing to validate): with no
                // filter left, the request takes the unfiltered path.
                var filters = ReferenceEquals(pipeline, invoke)
                    ? null
                    : new HandlerFilters(pipeline, EndpointServices.JsonOptions(builder.ApplicationServices));
                return new RequestDelegateResult(requestDelegate(filters),
                    inferred?.EndpointMetadata ?? builder.Metadata.AsReadOnly());
            });
    }

    /// <summary>The handler's parameters, for the <c>BindAsync(HttpContext, ParameterInfo)</c> methods that take one.</summary>
    public static ParameterInfo[] Parameters(Delegate handler) => handler.Method.GetParameters();

    /// <summary>A handler's synchronous result, handed to the filters.</summary>
    public static ValueTask<object?> Returned<T>(T value) => new(value);

    /// <summary>What a synchronous handler that returns nothing hands to the filters, as minimal APIs do.</summary>
    public static ValueTask<object?> Nothing => new(Results.Empty);

    /// <summary>An awaited handler's result, handed to the filters.</summary>
    public static async ValueTask<object?> Awaited<T>(Task<T> task) => await task;

    /// <summary>An awaited handler's result, handed to the filters.</summary>
    public static async ValueTask<object?> Awaited<T>(ValueTask<T> task) => await task;

    /// <summary>An awaited handler that returns nothing: <see cref="Results.Empty"/> for the filters.</summary>
    public static async ValueTask<object?> Awaited(Task task)
    {
        await task;
        return Results.Empty;
    }

    /// <summary>An awaited handler that returns nothing: <see cref="Results.Empty"/> for the filters.</summary>
    public static async ValueTask<object?> Awaited(ValueTask task)
    {
        await task;
        return Results.Empty;
    }

    // Routing always passes its endpoint builder; a caller that does not is not routing.
    private static EndpointBuilder BuilderOf(RequestDelegateFactoryOptions? options) =>
        options?.EndpointBuilder
        ?? throw new InvalidOperationException("Generated endpoints are built by ASP.NET Core routing.");

    /// <summary>The endpoint's filters around the handler, the first added outermost, as minimal APIs order them.</summary>
    private static EndpointFilterDelegate Pipeline(EndpointBuilder builder, MethodInfo method, EndpointFilterDelegate invoke)
    {
        var context = new EndpointFilterFactoryContext
        {
            MethodInfo = method,
            ApplicationServices = builder.ApplicationServices,
        };
        var pipeline = invoke;
        for (var i = builder.FilterFactories.Count - 1; i >= 0; i--)
        {
            pipeline = builder.FilterFactories[i](context, pipeline);
        }
        return pipeline;
    }
}
