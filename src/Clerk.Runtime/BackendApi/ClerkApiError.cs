using System.Text.Json;

namespace Clerk.BackendApi;

/// <summary>One entry of a Backend API error body's <c>errors</c> array.</summary>
public sealed class ClerkApiError
{
    /// <summary>A stable, machine-readable code, such as <c>resource_not_found</c> or <c>form_param_missing</c>.</summary>
    public string Code { get; init; } = "";

    /// <summary>A short message.</summary>
    public string Message { get; init; } = "";

    /// <summary>A longer message that says what to fix.</summary>
    public string? LongMessage { get; init; }

    /// <summary>Details such as the offending parameter (<c>{ "param_name": "email_address" }</c>), as Clerk sent them.</summary>
    public JsonElement? Meta { get; init; }
}
