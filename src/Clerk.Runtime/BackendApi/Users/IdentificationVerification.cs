namespace Clerk.BackendApi;

/// <summary>
/// How an identification was verified. Clerk has several verification kinds (told apart by <see cref="Object"/>);
/// this type holds the fields they share. <see cref="Status"/> and <see cref="Strategy"/> stay strings so a
/// value Clerk adds later is read rather than refused.
/// </summary>
public sealed class IdentificationVerification
{
    /// <summary>The kind, such as <c>verification_otp</c> or <c>verification_from_oauth</c>.</summary>
    public string? Object { get; init; }

    /// <summary>For example <c>unverified</c>, <c>verified</c>, <c>failed</c> or <c>expired</c>.</summary>
    public string? Status { get; init; }

    /// <summary>For example <c>email_code</c>, <c>admin</c>, <c>oauth_google</c> or <c>ticket</c>.</summary>
    public string? Strategy { get; init; }

    /// <summary>Attempts made so far.</summary>
    public int? Attempts { get; init; }

    /// <summary>When the verification expires (epoch ms).</summary>
    public long? ExpireAt { get; init; }

    /// <summary>The client the verification was completed on.</summary>
    public string? VerifiedAtClient { get; init; }
}
