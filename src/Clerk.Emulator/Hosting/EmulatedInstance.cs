using System.Security.Cryptography;
using System.Text;
using Clerk.Emulator.Models;
using Clerk.Emulator.Storage;
using Clerk.Emulator.Tokens;
using Clerk.Emulator.Webhooks;

namespace Clerk.Emulator.Hosting;

/// <summary>
/// The emulated Clerk instance: its keys, database, clock, roles and settings. One per emulator; the HTTP endpoints
/// and <see cref="ClerkEmulator"/>'s helpers both work through it.
/// </summary>
internal sealed class EmulatedInstance : IDisposable
{
    private EmulatedInstance(ClerkEmulatorOptions options, EmulatorDatabase database, InstanceSettings settings)
    {
        Options = options;
        Time = options.TimeProvider;
        Database = database;
        Database.Roles = Roles;
        Settings = settings;
        Keys = new SigningKeyRing(database, Time, options.KeyRotationGrace);
        Webhooks = new WebhookDelivery(options.WebhookUrls, options.WebhookSecret ?? NewWebhookSecret(), Time,
            "ins_" + settings.MachineId[(settings.MachineId.IndexOf('_') + 1)..]);
    }

    /// <summary>Delivers the instance's changes as webhook events, once <see cref="AnnounceChanges"/> is called.</summary>
    public WebhookDelivery Webhooks { get; }

    /// <summary>From now on, every committed change is delivered (a seed applied before this is not).</summary>
    public void AnnounceChanges() => Database.Committed = Webhooks.Enqueue;

    private static string NewWebhookSecret() => "whsec_" + Convert.ToBase64String(RandomNumberGenerator.GetBytes(24));

    public ClerkEmulatorOptions Options { get; }
    public TimeProvider Time { get; }
    public EmulatorDatabase Database { get; }
    public InstanceSettings Settings { get; }
    public SigningKeyRing Keys { get; }
    public RoleCatalog Roles { get; } = new();

    /// <summary>The <c>iss</c> of every token: the Frontend API's origin, as in Clerk.</summary>
    public string Issuer => $"https://{Settings.FrontendApiHost}";

    /// <summary><c>pk_test_</c> + base64 of <c>"&lt;frontend api host&gt;$"</c>, as Clerk builds publishable keys.</summary>
    public string PublishableKey =>
        "pk_test_" + Convert.ToBase64String(Encoding.UTF8.GetBytes(Settings.FrontendApiHost + "$"));

    public long NowMs() => Time.NowMs();

    /// <summary>Opens the database, keeps (or creates) the instance's settings and keys.</summary>
    public static async Task<EmulatedInstance> OpenAsync(ClerkEmulatorOptions options, CancellationToken cancellationToken)
    {
        if (options.SecretKey is { } fixedKey && !fixedKey.StartsWith("sk_", StringComparison.Ordinal))
        {
            throw new ArgumentException("The secret key must start with sk_ (for example sk_test_...).", nameof(options));
        }

        var database = new EmulatorDatabase(options.DatabasePath);
        try
        {
            var settings = await database.RunAsync(store =>
            {
                var stored = store.Get(Tables.Instance, "instance");
                var settings = stored ?? new InstanceSettings
                {
                    SecretKey = Ids.Secret("sk_test", 40),
                    FrontendApiHost = $"{RandomNumberGenerator.GetString("abcdefghijklmnopqrstuvwxyz", 12)}.clerk.accounts.dev",
                    MachineId = Ids.New("mch"),
                };
                // A key given on the command line wins over the one a database remembers.
                settings = options.SecretKey is { } key ? settings with { SecretKey = key } : settings;
                return store.Put(Tables.Instance, settings);
            }, cancellationToken);

            var instance = new EmulatedInstance(options, database, settings);
            await instance.Keys.LoadAsync(cancellationToken);
            return instance;
        }
        catch
        {
            database.Dispose();
            throw;
        }
    }

    public void Dispose()
    {
        Database.Committed = null;
        Webhooks.DisposeAsync().AsTask().GetAwaiter().GetResult();
        Database.Dispose();
    }
}
