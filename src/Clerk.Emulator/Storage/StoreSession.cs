using System.Text.Json;
using Microsoft.Data.Sqlite;

namespace Clerk.Emulator.Storage;

/// <summary>Reads and writes documents inside one <see cref="EmulatorDatabase.RunAsync{TResult}"/> unit of work.</summary>
internal sealed class StoreSession(SqliteConnection connection, SqliteTransaction transaction, Hosting.RoleCatalog roles)
{
    /// <summary>The instance's roles, for the shapes that name a role's permissions.</summary>
    public Hosting.RoleCatalog Roles => roles;

    /// <summary>The changes Clerk would announce by webhook, in the order they were made.</summary>
    public List<StoreChange> Changes { get; } = [];

    public T? Get<T>(Table<T> table, string id) where T : class =>
        Query(table, $"SELECT doc FROM {table.Name} WHERE id = $p", id).FirstOrDefault();

    /// <summary>Every document of the table, newest first.</summary>
    public List<T> All<T>(Table<T> table) where T : class =>
        Query(table, $"SELECT doc FROM {table.Name} ORDER BY created_at DESC, rowid DESC", null);

    /// <summary>The documents of one owner, newest first.</summary>
    public List<T> ByOwner<T>(Table<T> table, string owner) where T : class =>
        Query(table, $"SELECT doc FROM {table.Name} WHERE owner = $p ORDER BY created_at DESC, rowid DESC", owner);

    /// <summary>Inserts or replaces the document with the same id.</summary>
    public T Put<T>(Table<T> table, T document) where T : class
    {
        var announced = table.EventType is { } eventType ? eventType(Get(table, table.Id(document)), document) : null;
        using var command = Command($"INSERT INTO {table.Name} (id, owner, created_at, doc) VALUES ($id, $owner, $created, $doc) " +
            "ON CONFLICT (id) DO UPDATE SET owner = excluded.owner, doc = excluded.doc");
        command.Parameters.AddWithValue("$id", table.Id(document));
        command.Parameters.AddWithValue("$owner", (object?)table.Owner(document) ?? DBNull.Value);
        command.Parameters.AddWithValue("$created", table.CreatedAt(document));
        command.Parameters.AddWithValue("$doc", JsonSerializer.Serialize(document, table.Type));
        command.ExecuteNonQuery();
        if (announced is not null)
        {
            // Described after the write, so that a shape built from the store (a membership's organization) is current.
            Announce(new StoreChange(announced, table.Id(document),
                table.EventData is { } describe ? describe(this, document) : JsonSerializer.Serialize(document, table.Type)));
        }
        return document;
    }

    public bool Delete<T>(Table<T> table, string id) where T : class
    {
        // A table that describes its objects announces a deletion with the object as it was (as Clerk does for a
        // membership); the others with which object is gone.
        var gone = table.EventData is { } describe && Get(table, id) is { } before
            ? describe(this, before)
            : null;
        using var command = Command($"DELETE FROM {table.Name} WHERE id = $p");
        command.Parameters.AddWithValue("$p", id);
        var deleted = command.ExecuteNonQuery() > 0;
        if (deleted && table.EventObject is { } kind)
        {
            Changes.Add(new StoreChange(kind + ".deleted", id, gone
                ?? JsonSerializer.Serialize(new DeletedData(id, kind, true), Clerk.Emulator.Json.EmulatorJsonContext.Default.DeletedData)));
        }
        return deleted;
    }

    /// <summary>
    /// Adds a change; an update of an object this unit of work already created or updated becomes part of that
    /// change (one request that writes a membership twice is one event, as in Clerk).
    /// </summary>
    private void Announce(StoreChange change)
    {
        if (change.Type.EndsWith(".updated", StringComparison.Ordinal))
        {
            var kind = change.Type[..change.Type.LastIndexOf('.')];
            var earlier = Changes.FindIndex(existing => existing.ObjectId == change.ObjectId
                && (existing.Type == kind + ".created" || existing.Type == kind + ".updated"));
            if (earlier >= 0)
            {
                Changes[earlier] = Changes[earlier] with { Data = change.Data };
                return;
            }
        }
        Changes.Add(change);
    }

    private List<T> Query<T>(Table<T> table, string sql, string? parameter) where T : class
    {
        using var command = Command(sql);
        if (parameter is not null)
        {
            command.Parameters.AddWithValue("$p", parameter);
        }

        var documents = new List<T>();
        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            documents.Add(JsonSerializer.Deserialize(reader.GetString(0), table.Type)!);
        }

        return documents;
    }

    private SqliteCommand Command(string sql)
    {
        var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        return command;
    }
}
