using System.ComponentModel;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using Microsoft.AspNetCore.Http;

namespace Clerk.Endpoints;

/// <summary>Writes what a handler returned, as minimal APIs write it.</summary>
/// <remarks>
/// No cancellation token, as minimal APIs pass none: a write to an aborted connection ends by itself, and a token
/// that can be cancelled makes every flush register (and unregister) a callback on it, which a request pays for.
/// </remarks>
[EditorBrowsable(EditorBrowsableState.Never)]
public static class HandlerResults
{
    /// <summary>Executes an <see cref="IResult"/>.</summary>
    public static Task ExecuteAsync(HttpContext context, IResult? result) =>
        result is null
            ? throw new InvalidOperationException("The IResult returned by the route handler must not be null.")
            : result.ExecuteAsync(context);

    /// <summary>Writes a string as <c>text/plain; charset=utf-8</c>.</summary>
    public static Task WriteTextAsync(HttpContext context, string? text)
    {
        if (text is null)
        {
            return Task.CompletedTask;
        }
        context.Response.ContentType ??= "text/plain; charset=utf-8";
        return context.Response.WriteAsync(text);
    }

    /// <summary>Writes a value as JSON with the metadata resolved when the endpoint was mapped.</summary>
    public static Task WriteJsonAsync<T>(HttpContext context, T value, JsonTypeInfo<T> typeInfo) =>
        context.Response.WriteAsJsonAsync(value, typeInfo, contentType: null);

    /// <summary>Writes a value declared as <see cref="object"/> as JSON of its runtime type.</summary>
    public static Task WriteJsonAsync(HttpContext context, object? value, JsonSerializerOptions options) =>
        context.Response.WriteAsJsonAsync(value, options.GetTypeInfo(value?.GetType() ?? typeof(object)), contentType: null);

    /// <summary>
    /// Writes what endpoint filters handed back, whose type is only known now: an <see cref="IResult"/> is executed,
    /// a string is text, null writes nothing, anything else is JSON of its runtime type.
    /// </summary>
    internal static Task WriteAnyAsync(HttpContext context, object? value, JsonSerializerOptions options) => value switch
    {
        null => Task.CompletedTask,
        IResult result => result.ExecuteAsync(context),
        string text => WriteTextAsync(context, text),
        _ => WriteJsonAsync(context, value, options),
    };
}
