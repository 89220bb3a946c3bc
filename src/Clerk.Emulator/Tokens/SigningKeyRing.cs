using System.Buffers.Text;
using System.Security.Cryptography;
using Clerk.Emulator.Hosting;
using Clerk.Emulator.Models;
using Clerk.Emulator.Storage;

namespace Clerk.Emulator.Tokens;

/// <summary>
/// The instance's RSA keys: the newest signs, retired ones stay published in the JWKS for the grace period so tokens
/// they signed keep verifying. Kept in the database so a file-backed emulator signs with the same key after a restart.
/// </summary>
internal sealed class SigningKeyRing(EmulatorDatabase database, TimeProvider time, TimeSpan grace)
{
    private readonly Lock gate = new();
    private List<(SigningKey Record, RSA Key)> keys = [];

    public async Task LoadAsync(CancellationToken cancellationToken)
    {
        var records = await database.RunAsync(store =>
        {
            var all = store.All(Tables.SigningKeys);
            if (all.All(k => k.RetiredAt is not null))
            {
                all.Insert(0, store.Put(Tables.SigningKeys, NewKey(time.NowMs())));
            }

            return all;
        }, cancellationToken);

        lock (gate)
        {
            keys = records.Select(r => (r, Import(r))).ToList();
        }
    }

    /// <summary>The key that signs new tokens.</summary>
    public (string Kid, RSA Key) Current
    {
        get
        {
            lock (gate)
            {
                var current = keys.First(k => k.Record.RetiredAt is null);
                return (current.Record.Kid, current.Key);
            }
        }
    }

    /// <summary>The public keys to publish now: the current one and those still within their grace period.</summary>
    public Jwks Jwks()
    {
        var now = time.NowMs();
        lock (gate)
        {
            return new Jwks(keys
                .Where(k => k.Record.RetiredAt is not { } retired || now < retired + (long)grace.TotalMilliseconds)
                .Select(k => PublicKey(k.Record.Kid, k.Key))
                .ToList());
        }
    }

    /// <summary>A new key starts signing; the old one is retired (published until its grace period ends).</summary>
    public async Task RotateAsync(CancellationToken cancellationToken)
    {
        var now = time.NowMs();
        await database.RunAsync(store =>
        {
            foreach (var active in store.All(Tables.SigningKeys).Where(k => k.RetiredAt is null))
            {
                store.Put(Tables.SigningKeys, active with { RetiredAt = now });
            }

            store.Put(Tables.SigningKeys, NewKey(now));
        }, cancellationToken);
        await LoadAsync(cancellationToken);
    }

    private static SigningKey NewKey(long now)
    {
        using var rsa = RSA.Create(2048);
        return new SigningKey
        {
            Kid = Ids.New("ins"),
            PrivateKeyPkcs8 = Convert.ToBase64String(rsa.ExportPkcs8PrivateKey()),
            CreatedAt = now,
        };
    }

    private static RSA Import(SigningKey record)
    {
        var rsa = RSA.Create();
        rsa.ImportPkcs8PrivateKey(Convert.FromBase64String(record.PrivateKeyPkcs8), out _);
        return rsa;
    }

    private static JsonWebKey PublicKey(string kid, RSA key)
    {
        var parameters = key.ExportParameters(includePrivateParameters: false);
        return new JsonWebKey("sig", "RSA", kid, "RS256",
            Base64Url.EncodeToString(parameters.Modulus), Base64Url.EncodeToString(parameters.Exponent));
    }
}
