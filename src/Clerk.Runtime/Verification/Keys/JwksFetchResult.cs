namespace Clerk.Verification.Keys;

/// <summary>The outcome of one JWKS fetch (all its attempts): the parsed document, or why there is none.</summary>
internal readonly record struct JwksFetchResult(JwksDocument? Document, string? Failure)
{
    public static JwksFetchResult Succeeded(JwksDocument document) => new(document, null);

    public static JwksFetchResult Failed(string failure) => new(null, failure);
}
