namespace Clerk.Verification.Webhooks;

/// <summary>Why a webhook request was accepted or refused.</summary>
public enum WebhookVerdict
{
    /// <summary>A <c>v1</c> signature matches the message, and its timestamp is within five minutes of now.</summary>
    Valid,

    /// <summary>The id, timestamp or signature header is missing, empty or given more than once.</summary>
    MissingHeaders,

    /// <summary>The timestamp is not a number of seconds.</summary>
    BadTimestamp,

    /// <summary>The timestamp is more than five minutes from now: a replay, or a clock far off.</summary>
    StaleTimestamp,

    /// <summary>The signature header holds no <c>v1</c> signature (only other versions, or nothing readable).</summary>
    NoSignature,

    /// <summary>No <c>v1</c> signature matches: another secret, or a changed id, timestamp or body.</summary>
    SignatureMismatch,
}
