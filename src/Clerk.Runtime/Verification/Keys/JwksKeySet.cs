using System.Diagnostics.CodeAnalysis;
using System.Security.Cryptography;

namespace Clerk.Verification.Keys;

/// <summary>
/// One successful JWKS fetch: the usable keys, the refused ones, and when it was fetched. Immutable, so readers
/// never lock; a refresh replaces the whole set.
/// </summary>
internal sealed class JwksKeySet(JwksImport import, DateTimeOffset fetchedAt)
{
    private readonly JwksImport import = import;

    /// <summary>When the Backend API answered with this set; the cache and stale limits count from here.</summary>
    public DateTimeOffset FetchedAt { get; } = fetchedAt;

    /// <summary>How many keys can verify tokens.</summary>
    public int Count => import.Keys.Count;

    /// <summary>The usable <c>kid</c>s, for logs.</summary>
    public IEnumerable<string> KeyIds => import.Keys.Keys;

    /// <summary>The key named <paramref name="keyId"/> with the algorithm it is bound to, if it is usable.</summary>
    public SigningKeyLookup? Find(string keyId) =>
        import.Keys.TryGetValue(keyId, out var key) ? SigningKeyLookup.Found(key, import.Algorithms[keyId]) : null;

    /// <summary>Why the key named <paramref name="keyId"/> was refused, if the document had one.</summary>
    public bool TryGetRefusal(string keyId, [NotNullWhen(true)] out string? whyNot) =>
        import.Refused.TryGetValue(keyId, out whyNot);

    /// <summary>
    /// True when both sets hold the same <c>kid</c>s with the same key material. Material is compared too: a token
    /// verified by a key that was silently replaced under the same <c>kid</c> must not stay cached.
    /// </summary>
    public bool HasSameKeysAs(JwksKeySet other)
    {
        if (other.import.Keys.Count != import.Keys.Count)
        {
            return false;
        }

        foreach (var (keyId, key) in import.Keys)
        {
            if (!other.import.Keys.TryGetValue(keyId, out var otherKey) || !SameMaterial(key, otherKey)
                || other.import.Algorithms[keyId] != import.Algorithms[keyId])
            {
                return false;
            }
        }

        return true;
    }

    private static bool SameMaterial(RSA left, RSA right)
    {
        var a = left.ExportParameters(includePrivateParameters: false);
        var b = right.ExportParameters(includePrivateParameters: false);
        return a.Modulus.AsSpan().SequenceEqual(b.Modulus) && a.Exponent.AsSpan().SequenceEqual(b.Exponent);
    }
}
