using Microsoft.Data.Sqlite;

namespace Clerk.Emulator.Storage;

/// <summary>
/// The SQLite database: a file that survives restarts, or a private in-memory database that lives as long as this
/// object. Every unit of work runs under one gate, in one transaction, on one connection.
/// </summary>
/// <remarks>
/// Why one gate rather than SQLite's own locking: a metadata merge is read-modify-write of a JSON document, and two
/// of them interleaving would lose one update. <c>BEGIN IMMEDIATE</c> alone serializes writers across connections
/// but makes the loser of a race fail with SQLITE_BUSY and retry; the emulator's load is small, so queueing every
/// unit of work behind a <see cref="SemaphoreSlim"/> is simpler and never fails. One connection also means the
/// in-memory database needs no shared cache (whose table locks fail fast instead of waiting).
/// </remarks>
internal sealed class EmulatorDatabase : IDisposable
{
    private readonly SqliteConnection connection;
    private readonly SemaphoreSlim gate = new(1, 1);

    public EmulatorDatabase(string? path)
    {
        var builder = new SqliteConnectionStringBuilder
        {
            DataSource = path ?? ":memory:",
            Mode = path is null ? SqliteOpenMode.Memory : SqliteOpenMode.ReadWriteCreate,
            Pooling = false,
        };
        connection = new SqliteConnection(builder.ToString());
        connection.Open();
        CreateSchema();
    }

    /// <summary>The instance's roles, which the stored shapes of memberships name.</summary>
    public Hosting.RoleCatalog Roles { get; set; } = new();

    /// <summary>Told of each committed unit of work's announced changes (a rolled-back one announces nothing).</summary>
    public Action<IReadOnlyList<StoreChange>>? Committed { get; set; }

    /// <summary>Runs <paramref name="work"/> alone, in a transaction committed when it returns and rolled back when it throws.</summary>
    public async Task<TResult> RunAsync<TResult>(Func<StoreSession, TResult> work, CancellationToken cancellationToken = default)
    {
        await gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            using var transaction = connection.BeginTransaction(deferred: false);
            var session = new StoreSession(connection, transaction, Roles);
            var result = work(session);
            transaction.Commit();
            if (session.Changes.Count > 0)
            {
                // Under the gate, so that changes are announced in the order they were committed.
                Committed?.Invoke(session.Changes);
            }
            return result;
        }
        finally
        {
            gate.Release();
        }
    }

    /// <summary>Runs <paramref name="work"/> alone, in a transaction.</summary>
    public Task RunAsync(Action<StoreSession> work, CancellationToken cancellationToken = default) =>
        RunAsync(session =>
        {
            work(session);
            return true;
        }, cancellationToken);

    private void CreateSchema()
    {
        using var command = connection.CreateCommand();
        command.CommandText = string.Join('\n', Tables.Names.Select(name =>
            $"""
            CREATE TABLE IF NOT EXISTS {name} (id TEXT PRIMARY KEY, owner TEXT, created_at INTEGER NOT NULL, doc TEXT NOT NULL);
            CREATE INDEX IF NOT EXISTS ix_{name}_owner ON {name} (owner);
            """));
        command.ExecuteNonQuery();
    }

    public void Dispose()
    {
        connection.Dispose();
        gate.Dispose();
    }
}
