namespace Clerk;

/// <summary>
/// Thrown by <see cref="Auth.Protect"/> when the caller does not pass; Clerk catches it and writes the response
/// (the way Next.js's <c>auth.protect()</c> throws <c>notFound()</c> or a redirect).
/// </summary>
public sealed class ProtectException : Exception
{
    internal ProtectException(ProtectOutcome outcome, ProtectedAttribute requirements)
        : base($"The caller did not pass auth.Protect(): {outcome}.")
    {
        Outcome = outcome;
        Requirements = requirements;
    }

    /// <summary>Why the caller was refused.</summary>
    public ProtectOutcome Outcome { get; }

    /// <summary>What was required, including where to redirect.</summary>
    public ProtectedAttribute Requirements { get; }
}
