namespace Clerk.Generators.Tests.Endpoints.Models;

/// <summary>A concrete service, bound with [FromServices].</summary>
public sealed class Greeter
{
    public string Greet(string name) => $"Hello, {name}";
}

/// <summary>An interface service, bound without an attribute because interfaces are never bodies.</summary>
public interface IClock
{
    DateTimeOffset Now { get; }
}

/// <summary>A clock whose answer the tests know in advance.</summary>
public sealed class FixedClock : IClock
{
    public static readonly DateTimeOffset Instant = new(2024, 1, 2, 3, 4, 5, TimeSpan.Zero);

    public DateTimeOffset Now => Instant;
}

/// <summary>Never registered: an optional parameter of this type receives null.</summary>
public interface IUnregisteredService;
