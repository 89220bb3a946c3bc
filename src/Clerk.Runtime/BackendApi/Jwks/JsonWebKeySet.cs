namespace Clerk.BackendApi;

/// <summary>A JSON Web Key Set (RFC 7517).</summary>
public sealed class JsonWebKeySet
{
    /// <summary>The keys.</summary>
    public IReadOnlyList<JsonWebKey> Keys { get; init; } = [];
}
