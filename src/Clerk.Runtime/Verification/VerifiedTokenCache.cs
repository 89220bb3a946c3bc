using System.Collections.Concurrent;

namespace Clerk.Verification;

/// <summary>
/// Tokens whose signature and claims already verified, keyed by the exact token text, so a browser sending the same
/// session token on every request pays for RSA once per token. Bounded in entries (and, through
/// <see cref="TokenVerifierSettings.MaxTokenLength"/>, in key size); an entry lives until the token's <c>exp</c>; the
/// whole cache is dropped when <see cref="Keys.ISigningKeys.Generation"/> changes, because a token is only as good as the
/// key that verified it. A hit allocates nothing: the stored verdict object itself is returned.
/// </summary>
internal sealed class VerifiedTokenCache(int capacity)
{
    private volatile Store store = new(int.MinValue);

    /// <summary>Entries currently held (for tests and diagnostics).</summary>
    public int Count => store.Count;

    /// <summary>
    /// The remembered verdict for <paramref name="token"/>, or null. An entry past its <c>exp</c> is removed and
    /// missed, so the full verification (which applies the clock skew) decides about it.
    /// </summary>
    public TokenVerificationResult? Find(ReadOnlySpan<char> token, int keyGeneration, DateTimeOffset now)
    {
        var current = CurrentStore(keyGeneration);
        if (!current.Lookup.TryGetValue(token, out var stored, out var result))
        {
            return null;
        }

        if (now >= result.Claims!.ExpiresAt)
        {
            current.Remove(stored);
            return null;
        }

        return result;
    }

    /// <summary>
    /// Remembers a valid verdict until its token's <c>exp</c>. When full, expired entries are swept first (at most
    /// once a second, as a sweep walks every entry); if none can go, the token is simply not cached: the cache never
    /// grows past its capacity, and what it holds keeps serving.
    /// </summary>
    public void Add(string token, TokenVerificationResult valid, int keyGeneration, DateTimeOffset now)
    {
        if (capacity <= 0 || valid.Claims is not { } claims || now >= claims.ExpiresAt)
        {
            return;
        }

        var current = CurrentStore(keyGeneration);
        if (current.Count >= capacity)
        {
            current.RemoveExpiredAtMostEverySecond(now);
        }

        current.TryAdd(token, valid, capacity);
    }

    private Store CurrentStore(int keyGeneration)
    {
        var current = store;
        if (current.KeyGeneration == keyGeneration)
        {
            return current;
        }

        // A new key set: start empty. Swapping the whole store (instead of clearing in place) means a verdict
        // reached with the old keys and added concurrently lands in the discarded store, never in the new one.
        var fresh = new Store(keyGeneration);
        Interlocked.CompareExchange(ref store, fresh, current);
        return store;
    }

    /// <summary>The entries of one key generation, with an exact count (ConcurrentDictionary.Count takes every lock).</summary>
    private sealed class Store
    {
        private int count;
        private long nextSweepTicks;

        public Store(int keyGeneration)
        {
            KeyGeneration = keyGeneration;
            Entries = new(SignatureTailComparer.Instance);
            // Made once per store rather than on every lookup: GetAlternateLookup checks the comparer's type each call.
            Lookup = Entries.GetAlternateLookup<ReadOnlySpan<char>>();
        }

        public int KeyGeneration { get; }

        public ConcurrentDictionary<string, TokenVerificationResult> Entries { get; }

        /// <summary>The entries by token text that is not (yet) a string of its own: a slice of a request header.</summary>
        public ConcurrentDictionary<string, TokenVerificationResult>.AlternateLookup<ReadOnlySpan<char>> Lookup { get; }

        public int Count => Volatile.Read(ref count);

        /// <summary>Adds unless full; the slot is reserved first, so concurrent adds cannot overshoot the capacity.</summary>
        public void TryAdd(string token, TokenVerificationResult result, int capacity)
        {
            if (Interlocked.Increment(ref count) > capacity || !Entries.TryAdd(token, result))
            {
                Interlocked.Decrement(ref count);
            }
        }

        public void Remove(string token)
        {
            if (Entries.TryRemove(token, out _))
            {
                Interlocked.Decrement(ref count);
            }
        }

        public void RemoveExpiredAtMostEverySecond(DateTimeOffset now)
        {
            var due = Volatile.Read(ref nextSweepTicks);
            if (now.UtcTicks < due
                || Interlocked.CompareExchange(ref nextSweepTicks, now.UtcTicks + TimeSpan.TicksPerSecond, due) != due)
            {
                return;
            }

            foreach (var (token, result) in Entries)
            {
                if (now >= result.Claims!.ExpiresAt)
                {
                    Remove(token);
                }
            }
        }
    }

    /// <summary>
    /// Ordinal equality, hashing only the token's last characters. Hashing all of a ~1 KiB token cost about 1 µs per
    /// lookup, a sixth of a cold verification's work beyond the RSA check; the tail is the signature's, which an
    /// issuer makes unpredictable, and a token is only ever equal to the exact same text. Tokens sharing a tail (a
    /// forger can make many) only meet in one bucket at lookup; only verified tokens are ever added, and those
    /// have genuine signatures, so the buckets stay short. The hash itself is the keyed, per-process one of strings.
    /// </summary>
    private sealed class SignatureTailComparer : IEqualityComparer<string>, IAlternateEqualityComparer<ReadOnlySpan<char>, string>
    {
        public static readonly SignatureTailComparer Instance = new();

        private const int TailLength = 32;

        public bool Equals(string? x, string? y) => string.Equals(x, y, StringComparison.Ordinal);

        public int GetHashCode(string token) => GetHashCode(token.AsSpan());

        public bool Equals(ReadOnlySpan<char> alternate, string other) => alternate.SequenceEqual(other);

        public int GetHashCode(ReadOnlySpan<char> token) => string.GetHashCode(token[Math.Max(0, token.Length - TailLength)..]);

        // Only finds: the cache adds verified tokens, which are strings already.
        public string Create(ReadOnlySpan<char> alternate) => throw new NotSupportedException();
    }
}
