using System.Text.Json.Serialization.Metadata;

namespace Clerk.Emulator.Storage;

/// <summary>
/// One resource table: the document type, its id, its creation time (lists are newest first) and an optional owner
/// (the user of a session, the organization of a membership) that the common lookups filter on. A table whose changes
/// Clerk announces by webhook names its event object (<c>user</c>) and, given the document before and after a write,
/// the event type it is (null when Clerk sends none, as for a session's last-active time).
/// </summary>
internal sealed record Table<T>(
    string Name,
    JsonTypeInfo<T> Type,
    Func<T, string> Id,
    Func<T, long> CreatedAt,
    Func<T, string?> Owner,
    string? EventObject = null,
    Func<T?, T, string?>? EventType = null,
    Func<StoreSession, T, string>? EventData = null);
