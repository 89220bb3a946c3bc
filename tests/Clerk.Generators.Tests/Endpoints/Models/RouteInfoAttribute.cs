namespace Clerk.Generators.Tests.Endpoints.Models;

public enum RouteKind
{
    Collection,
    Item,
}

[Flags]
public enum RouteFlags
{
    None = 0,
    Cached = 1,
    Audited = 2,
}

/// <summary>
/// A custom handler attribute with every kind of argument an attribute can carry, so the tests can check that the
/// generator rebuilds it faithfully as endpoint metadata.
/// </summary>
[AttributeUsage(AttributeTargets.Class | AttributeTargets.Method, AllowMultiple = true)]
public sealed class RouteInfoAttribute(string label, RouteKind kind, Type model, params int[] codes) : Attribute
{
    public string Label { get; } = label;

    public RouteKind Kind { get; } = kind;

    public Type Model { get; } = model;

    public int[] Codes { get; } = codes;

    public string[]? Tags { get; set; }

    public double Weight { get; set; }

    public RouteFlags Flags { get; set; }

    public char Marker { get; set; }

    public object? Extra { get; set; }
}
