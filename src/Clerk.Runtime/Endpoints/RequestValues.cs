using System.ComponentModel;
using System.Reflection;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Primitives;

namespace Clerk.Endpoints;

/// <summary>
/// Reads route values, query values and headers and converts them for generated handler calls, failing the way
/// minimal APIs fail: a missing required value or one that does not parse is a 400 naming the parameter.
/// </summary>
[EditorBrowsable(EditorBrowsableState.Never)]
public static class RequestValues
{
    /// <summary>The route value <paramref name="name"/>, or null when the template did not capture it.</summary>
    public static string? Route(HttpContext context, string name) =>
        context.Request.RouteValues.TryGetValue(name, out var value) ? value?.ToString() : null;

    /// <summary>A catch-all route value split into its path segments (none when absent).</summary>
    public static string[] RouteSegments(HttpContext context, string name) =>
        Route(context, name)?.Split('/', StringSplitOptions.RemoveEmptyEntries) ?? [];

    /// <summary>The query value <paramref name="name"/> (repeated keys joined by commas), or null when absent.</summary>
    public static string? Query(HttpContext context, string name) => Single(context.Request.Query[name]);

    /// <summary>Every query value for the repeated key <paramref name="name"/>.</summary>
    public static StringValues QueryValues(HttpContext context, string name) => context.Request.Query[name];

    /// <summary>The header <paramref name="name"/> (repeated headers joined by commas), or null when absent.</summary>
    public static string? Header(HttpContext context, string name) => Single(context.Request.Headers[name]);

    /// <summary>
    /// Every value of the header <paramref name="name"/>, a comma-separated list split into its items (quotes kept
    /// together), as minimal APIs bind an array from a header: <c>X-Id: 1, 2</c> is two values.
    /// </summary>
    public static StringValues HeaderValues(HttpContext context, string name) =>
        context.Request.Headers.GetCommaSeparatedValues(name);

    /// <summary>Binds a required value: absent (or empty, for anything but a string) is an error.</summary>
    public static BindingError? Required<T>(string? text, string parameter, string source, TryParser<T> parse, out T value)
    {
        if (IsMissing<T>(text))
        {
            value = default!;
            return BindingError.Missing(parameter, source);
        }
        return Parse(text, parameter, source, parse, out value);
    }

    /// <summary>Binds an optional value: absent gives <paramref name="fallback"/> (the parameter's default).</summary>
    public static BindingError? Optional<T>(string? text, string parameter, string source, TryParser<T> parse, T? fallback, out T? value)
    {
        if (IsMissing<T>(text))
        {
            value = fallback;
            return null;
        }
        var error = Parse(text, parameter, source, parse, out T parsed);
        value = parsed;
        return error;
    }

    /// <summary>Binds an optional value type such as <c>int?</c>: absent gives <paramref name="fallback"/>.</summary>
    public static BindingError? OptionalValue<T>(string? text, string parameter, string source, TryParser<T> parse, T? fallback, out T? value)
        where T : struct
    {
        if (IsMissing<T>(text))
        {
            value = fallback;
            return null;
        }
        var error = Parse(text, parameter, source, parse, out T parsed);
        value = error is null ? parsed : null;
        return error;
    }

    /// <summary>Binds every value of a repeated key to an array (empty when absent).</summary>
    public static BindingError? Many<T>(StringValues texts, string parameter, string source, TryParser<T> parse, out T[] values)
    {
        values = texts.Count == 0 ? [] : new T[texts.Count];
        for (var i = 0; i < values.Length; i++)
        {
            var error = Parse(texts[i], parameter, source, parse, out values[i]);
            if (error is not null)
            {
                return error;
            }
        }
        return null;
    }

    /// <summary>
    /// Calls <see cref="IBindableFromHttpContext{TSelf}.BindAsync"/>, which a type may implement explicitly, so that
    /// generated code cannot name it on the type.
    /// </summary>
    public static ValueTask<T?> BindAsync<T>(HttpContext context, ParameterInfo parameter)
        where T : class, IBindableFromHttpContext<T> =>
        T.BindAsync(context, parameter);

    /// <summary>
    /// Answers a required parameter that its type's <c>BindAsync</c> (named by <paramref name="source"/>) did not
    /// provide: a 400 naming both, as minimal APIs answer.
    /// </summary>
    public static Task NotBound(HttpContext context, string parameter, string source) =>
        BindingError.Missing(parameter, source).WriteAsync(context);

    private static BindingError? Parse<T>(string? text, string parameter, string source, TryParser<T> parse, out T value)
    {
        if (text is not null && parse(text, out value))
        {
            return null;
        }
        value = default!;
        return BindingError.Unparsable(parameter, source, text ?? "");
    }

    // "?page=" is "not provided" for a parsed type, as ASP.NET Core's RequestDelegateGenerator binds it (an optional
    // value takes its default, a required one is missing); a string keeps the empty string. RequestDelegateFactory,
    // the reflection-based binder, answers 400 for an optional one instead: the two binders disagree, and route
    // files are generated code, as the generator's endpoints are.
    private static bool IsMissing<T>(string? text) => text is null || (text.Length == 0 && typeof(T) != typeof(string));

    private static string? Single(StringValues values) => values.Count == 0 ? null : values.ToString();
}
