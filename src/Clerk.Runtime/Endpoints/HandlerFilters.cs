using System.ComponentModel;
using System.Text.Json;
using Microsoft.AspNetCore.Http;

namespace Clerk.Endpoints;

/// <summary>
/// The endpoint filters around one generated handler, with the JSON settings resolved when the endpoint was built,
/// so a filtered request resolves nothing.
/// </summary>
[EditorBrowsable(EditorBrowsableState.Never)]
public sealed class HandlerFilters
{
    private readonly EndpointFilterDelegate pipeline;
    private readonly JsonSerializerOptions json;

    internal HandlerFilters(EndpointFilterDelegate pipeline, JsonSerializerOptions json)
    {
        this.pipeline = pipeline;
        this.json = json;
    }

    /// <summary>
    /// Runs the filters on the bound arguments and writes what they hand back, as minimal APIs write a filtered
    /// handler's result: an <see cref="IResult"/> is executed, a string is text, anything else is JSON of its
    /// runtime type.
    /// </summary>
    public async Task InvokeAsync(HttpContext context, params object?[] arguments)
    {
        var result = await pipeline(new DefaultEndpointFilterInvocationContext(context, arguments));
        await HandlerResults.WriteAnyAsync(context, result, json);
    }
}
