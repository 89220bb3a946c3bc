using System.Text.Json.Nodes;

namespace Clerk.BackendApi;

/// <summary>A JWT template to create, or its new state (<c>POST /jwt_templates</c>, <c>PATCH /jwt_templates/{template_id}</c>).</summary>
public sealed class JwtTemplateRequest
{
    /// <summary>The template's name.</summary>
    public required string Name { get; init; }

    /// <summary>The claims, with Clerk's shortcodes such as <c>{{user.id}}</c>.</summary>
    public required JsonObject Claims { get; init; }

    /// <summary>The tokens' lifetime in seconds (30 to 315360000; Clerk's default is 60).</summary>
    public int? Lifetime { get; init; }

    /// <summary>The clock skew allowed when verifying the tokens, in seconds (Clerk's default is 5).</summary>
    public int? AllowedClockSkew { get; init; }

    /// <summary>Sign with <see cref="SigningKey"/> rather than the instance's key.</summary>
    public bool? CustomSigningKey { get; init; }

    /// <summary>The algorithm for a custom signing key, such as <c>HS256</c>.</summary>
    public string? SigningAlgorithm { get; init; }

    /// <summary>The custom signing key.</summary>
    public string? SigningKey { get; init; }
}
