namespace Clerk.Emulator.Webhooks;

/// <summary>One delivery attempt of one event to one endpoint, as <c>GET /__emulator/webhooks</c> lists it.</summary>
/// <param name="MessageId">The event's <c>svix-id</c>, the same for each of its attempts.</param>
/// <param name="EventType">The event type, such as <c>user.created</c>.</param>
/// <param name="Url">Where it was sent.</param>
/// <param name="Attempt">1 for the first attempt, 2 for the first retry, ...</param>
/// <param name="Status">The receiver's status code; null when no answer came.</param>
/// <param name="Error">Why no answer came (a refused connection, a timeout); null when one did.</param>
/// <param name="At">When it was sent (its <c>svix-timestamp</c>).</param>
public sealed record WebhookAttempt(
    string MessageId,
    string EventType,
    string Url,
    int Attempt,
    int? Status,
    string? Error,
    DateTimeOffset At);
