using System.Text.Json;

namespace Clerk.BackendApi;

/// <summary>A JWT template: the claims of the tokens minted from it.</summary>
public sealed class JwtTemplate
{
    /// <summary>Always <c>jwt_template</c>.</summary>
    public string Object { get; init; } = "jwt_template";

    /// <summary>The template's ID.</summary>
    public required string Id { get; init; }

    /// <summary>The name tokens are minted by (<c>getToken({ template: name })</c>).</summary>
    public required string Name { get; init; }

    /// <summary>The claims, with Clerk's shortcodes such as <c>{{user.id}}</c>.</summary>
    public JsonElement Claims { get; init; }

    /// <summary>The tokens' lifetime in seconds.</summary>
    public long Lifetime { get; init; }

    /// <summary>The clock skew allowed when verifying the tokens, in seconds.</summary>
    public long AllowedClockSkew { get; init; }

    /// <summary>Whether the tokens are signed with a key of your own rather than the instance's.</summary>
    public bool CustomSigningKey { get; init; }

    /// <summary>The signing algorithm, such as <c>RS256</c>.</summary>
    public string? SigningAlgorithm { get; init; }

    /// <summary>When the template was created (epoch ms).</summary>
    public long CreatedAt { get; init; }

    /// <summary>When the template last changed (epoch ms).</summary>
    public long UpdatedAt { get; init; }
}
