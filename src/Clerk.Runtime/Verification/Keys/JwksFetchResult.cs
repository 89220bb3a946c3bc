namespace Clerk.Verification.Keys;

/// <summary>The outcome of one JWKS fetch (all its attempts): the key set, or why there is none.</summary>
internal readonly record struct JwksFetchResult(JsonWebKeySet? KeySet, string? Failure)
{
    public static JwksFetchResult Succeeded(JsonWebKeySet keySet) => new(keySet, null);

    public static JwksFetchResult Failed(string failure) => new(null, failure);
}
