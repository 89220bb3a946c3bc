namespace Clerk.Benchmarks;

/// <summary>What both benchmark routes answer: the seed's <c>{"message":"Hello world!"}</c>.</summary>
public sealed record Greeting(string Message);
