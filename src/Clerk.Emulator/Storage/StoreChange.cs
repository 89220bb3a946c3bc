namespace Clerk.Emulator.Storage;

/// <summary>A committed change Clerk announces by webhook: its event type, the object's id, its data as JSON.</summary>
internal sealed record StoreChange(string Type, string ObjectId, string Data);

/// <summary>The data of a <c>*.deleted</c> event.</summary>
internal sealed record DeletedData(string Id, string Object, bool Deleted);
