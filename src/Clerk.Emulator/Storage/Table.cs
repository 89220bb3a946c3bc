using System.Text.Json.Serialization.Metadata;

namespace Clerk.Emulator.Storage;

/// <summary>
/// One resource table: the document type, its id, its creation time (lists are newest first) and an optional owner
/// (the user of a session, the organization of a membership) that the common lookups filter on.
/// </summary>
internal sealed record Table<T>(
    string Name,
    JsonTypeInfo<T> Type,
    Func<T, string> Id,
    Func<T, long> CreatedAt,
    Func<T, string?> Owner);
