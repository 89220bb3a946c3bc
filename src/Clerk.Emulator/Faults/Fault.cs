namespace Clerk.Emulator.Faults;

/// <summary>
/// A failure to inject: wait <paramref name="LatencyMs"/>, then answer <paramref name="Status"/> (with
/// <c>Retry-After: </c><paramref name="RetryAfterSeconds"/> when set) or drop the connection (<paramref name="Abort"/>),
/// or carry on when neither is set. Applies to paths under <paramref name="PathPrefix"/> (all when null), for
/// <paramref name="Count"/> requests (all when null).
/// </summary>
internal sealed record Fault(int LatencyMs, int? Status, bool Abort, string? PathPrefix, int? Count, int? RetryAfterSeconds);
