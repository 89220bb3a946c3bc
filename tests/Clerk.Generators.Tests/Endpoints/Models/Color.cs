namespace Clerk.Generators.Tests.Endpoints.Models;

/// <summary>An enum bound from route and query values by member name.</summary>
public enum Color
{
    Red,
    Green,
    Blue,
}
