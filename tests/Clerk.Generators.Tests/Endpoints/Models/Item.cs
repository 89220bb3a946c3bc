namespace Clerk.Generators.Tests.Endpoints.Models;

/// <summary>A JSON request body; <c>display_name</c> on the wire, through the app's snake_case policy.</summary>
public sealed record Item(string DisplayName, int Quantity);
