using System.Globalization;
using System.Reflection;

namespace Clerk.Generators.Tests.Endpoints.Models;

/// <summary>"3,4": a point with its own <c>TryParse(string, out T)</c> and no <c>IParsable&lt;T&gt;</c>.</summary>
public readonly record struct Coordinate(int X, int Y)
{
    public static bool TryParse(string? text, out Coordinate value)
    {
        var parts = text?.Split(',');
        if (parts is [var x, var y] && int.TryParse(x, out var left) && int.TryParse(y, out var right))
        {
            value = new Coordinate(left, right);
            return true;
        }
        value = default;
        return false;
    }
}

/// <summary>A lower-case word, parsed with a format provider (minimal APIs pass the invariant culture).</summary>
public sealed class Slug
{
    private Slug(string text) => Text = text;

    public string Text { get; }

    public static bool TryParse(string? text, IFormatProvider? provider, out Slug? value)
    {
        value = text is { Length: > 0 } && text.All(char.IsAsciiLetterLower)
            ? new Slug(text + (ReferenceEquals(provider, CultureInfo.InvariantCulture) ? "" : "?"))
            : null;
        return value is not null;
    }

    public override string ToString() => Text;
}

/// <summary><c>?page=2&amp;size=10</c> read by the type itself; absent <c>page</c> is "not provided".</summary>
public sealed record Paging(int Page, int Size)
{
    public static ValueTask<Paging?> BindAsync(HttpContext context)
    {
        var query = context.Request.Query;
        if (!int.TryParse(query["page"], out var page))
        {
            return ValueTask.FromResult<Paging?>(null);
        }
        return ValueTask.FromResult<Paging?>(new Paging(page, int.TryParse(query["size"], out var size) ? size : 20));
    }
}

/// <summary>The <c>X-Tenant</c> header, bound through an explicitly implemented <c>IBindableFromHttpContext</c>.</summary>
public sealed record Tenant(string Name, string Parameter) : IBindableFromHttpContext<Tenant>
{
    static ValueTask<Tenant?> IBindableFromHttpContext<Tenant>.BindAsync(HttpContext context, ParameterInfo parameter) =>
        ValueTask.FromResult(context.Request.Headers["X-Tenant"] is [{ } name]
            ? new Tenant(name, parameter.Name!)
            : null);
}

/// <summary>A struct whose <c>BindAsync(HttpContext, ParameterInfo)</c> can say "not provided" with a null.</summary>
public readonly record struct Region(string Code)
{
    public static ValueTask<Region?> BindAsync(HttpContext context, ParameterInfo parameter) =>
        ValueTask.FromResult<Region?>(context.Request.Headers["X-Region"] is [{ } code] ? new Region(code) : null);
}
