using System.Security.Cryptography;
using Clerk.Verification.Keys;

namespace Clerk.Runtime.Tests.Verification;

/// <summary>An <see cref="ISigningKeys"/> that answers with one key for every kid and records what it was asked.</summary>
internal sealed class FakeSigningKeys(RSA key, string algorithm = "RS256") : ISigningKeys
{
    private int lookups;

    public FakeSigningKeys() : this(TestRsaKeys.InstanceKey)
    {
    }

    /// <summary>How many times a key was looked up: a cache hit or an early refusal does not look one up.</summary>
    public int Lookups => Volatile.Read(ref lookups);

    /// <summary>The kid of every lookup, in order.</summary>
    public List<string?> RequestedKeyIds { get; } = [];

    public int Generation { get; set; }

    ValueTask<SigningKeyLookup> ISigningKeys.FindAsync(string? keyId, CancellationToken cancellationToken)
    {
        Interlocked.Increment(ref lookups);
        lock (RequestedKeyIds)
        {
            RequestedKeyIds.Add(keyId);
        }

        return new(SigningKeyLookup.Found(key, algorithm));
    }
}
