namespace Clerk.Emulator;

/// <summary>A signed-in session and a fresh session token for it.</summary>
/// <param name="SessionId">The session id (<c>sess_...</c>).</param>
/// <param name="UserId">The signed-in user.</param>
/// <param name="Token">A session token, valid for the emulator's session token lifetime.</param>
public sealed record EmulatedSession(string SessionId, string UserId, string Token);
