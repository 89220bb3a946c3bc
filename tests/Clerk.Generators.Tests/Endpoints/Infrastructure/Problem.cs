using System.Text.Json;

namespace Clerk.Generators.Tests.Endpoints.Infrastructure;

/// <summary>The parts of an <c>application/problem+json</c> response the tests check.</summary>
public sealed record Problem(int Status, string? Detail)
{
    /// <summary>Reads the problem, failing when the response is not problem JSON.</summary>
    public static async Task<Problem> ReadAsync(HttpResponseMessage response)
    {
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        using var document = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        var root = document.RootElement;
        return new Problem(
            root.GetProperty("status").GetInt32(),
            root.TryGetProperty("detail", out var detail) ? detail.GetString() : null);
    }
}
