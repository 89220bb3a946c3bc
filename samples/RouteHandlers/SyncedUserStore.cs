using Clerk.BackendApi;
using Microsoft.Data.Sqlite;

namespace RouteHandlers;

/// <summary>A user as the app keeps it, copied from Clerk by its webhooks.</summary>
public sealed record SyncedUser(string Id, string? FirstName, string? LastName, string? Email);

/// <summary>
/// The app's own table of users, kept in step with Clerk by <c>app/api/webhooks/route.cs</c>: a SQLite database (a
/// file when <c>SyncedUsers:Database</c> names one, else in memory for the process's life). Each event is applied
/// once, by its id, and never over a newer copy of the user, whatever order the events arrive in.
/// </summary>
public sealed class SyncedUserStore : IDisposable
{
    private readonly SqliteConnection connection;
    private readonly Lock gate = new();

    public SyncedUserStore(string? path)
    {
        connection = new SqliteConnection(new SqliteConnectionStringBuilder
        {
            DataSource = path ?? ":memory:",
            Mode = path is null ? SqliteOpenMode.Memory : SqliteOpenMode.ReadWriteCreate,
        }.ToString());
        connection.Open();
        Execute("""
            CREATE TABLE IF NOT EXISTS users (id TEXT PRIMARY KEY, first_name TEXT, last_name TEXT, email TEXT, updated_at INTEGER NOT NULL);
            CREATE TABLE IF NOT EXISTS events (id TEXT PRIMARY KEY);
            CREATE TABLE IF NOT EXISTS deleted (id TEXT PRIMARY KEY);
            """);
    }

    /// <summary>Applies a <c>user.created</c> or <c>user.updated</c> event (false when its id was seen before).</summary>
    public bool Upsert(string eventId, User user) => Apply(eventId, command =>
    {
        // A user deleted before this event arrived stays deleted; an older copy never replaces a newer one.
        command.CommandText = """
            INSERT INTO users (id, first_name, last_name, email, updated_at)
            SELECT $id, $first, $last, $email, $updated WHERE NOT EXISTS (SELECT 1 FROM deleted WHERE id = $id)
            ON CONFLICT (id) DO UPDATE SET first_name = excluded.first_name, last_name = excluded.last_name,
                email = excluded.email, updated_at = excluded.updated_at
            WHERE excluded.updated_at >= users.updated_at
            """;
        command.Parameters.AddWithValue("$id", user.Id);
        command.Parameters.AddWithValue("$first", (object?)user.FirstName ?? DBNull.Value);
        command.Parameters.AddWithValue("$last", (object?)user.LastName ?? DBNull.Value);
        var email = user.EmailAddresses.FirstOrDefault(address => address.Id == user.PrimaryEmailAddressId)
            ?? user.EmailAddresses.FirstOrDefault();
        command.Parameters.AddWithValue("$email", (object?)email?.EmailAddress ?? DBNull.Value);
        command.Parameters.AddWithValue("$updated", user.UpdatedAt);
    });

    /// <summary>Applies a <c>user.deleted</c> event (false when its id was seen before).</summary>
    public bool Delete(string eventId, string userId) => Apply(eventId, command =>
    {
        command.CommandText = "DELETE FROM users WHERE id = $id; INSERT OR IGNORE INTO deleted (id) VALUES ($id);";
        command.Parameters.AddWithValue("$id", userId);
    });

    /// <summary>Every synced user, by name.</summary>
    public IReadOnlyList<SyncedUser> All()
    {
        lock (gate)
        {
            using var command = connection.CreateCommand();
            command.CommandText = "SELECT id, first_name, last_name, email FROM users ORDER BY first_name, last_name, id";
            using var reader = command.ExecuteReader();
            var users = new List<SyncedUser>();
            while (reader.Read())
            {
                users.Add(new SyncedUser(reader.GetString(0), Text(reader, 1), Text(reader, 2), Text(reader, 3)));
            }
            return users;
        }
    }

    public void Dispose() => connection.Dispose();

    // The event's id and its change in one transaction: a retried event finds its id and changes nothing.
    private bool Apply(string eventId, Action<SqliteCommand> change)
    {
        lock (gate)
        {
            using var transaction = connection.BeginTransaction();
            using var seen = connection.CreateCommand();
            seen.Transaction = transaction;
            seen.CommandText = "INSERT OR IGNORE INTO events (id) VALUES ($id)";
            seen.Parameters.AddWithValue("$id", eventId);
            if (seen.ExecuteNonQuery() == 0)
            {
                return false;
            }
            using var command = connection.CreateCommand();
            command.Transaction = transaction;
            change(command);
            command.ExecuteNonQuery();
            transaction.Commit();
            return true;
        }
    }

    private void Execute(string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }

    private static string? Text(SqliteDataReader reader, int column) => reader.IsDBNull(column) ? null : reader.GetString(column);
}
