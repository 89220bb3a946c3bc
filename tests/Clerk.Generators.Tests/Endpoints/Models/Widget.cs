namespace Clerk.Generators.Tests.Endpoints.Models;

/// <summary>A response model whose two-word property names show the app's JSON naming policy at work.</summary>
public sealed record Widget(string DisplayName, int PartCount);
