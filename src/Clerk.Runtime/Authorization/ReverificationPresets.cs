namespace Clerk.Authorization;

/// <summary>Clerk's reverification presets: how recently which factors must have been verified.</summary>
internal static class ReverificationPresets
{
    internal enum Level { FirstFactor, SecondFactor, MultiFactor }

    /// <summary>The preset's window and level, or null for a name Clerk does not define (which fails closed).</summary>
    public static (int AfterMinutes, Level Level)? Find(string name) => name switch
    {
        "strict_mfa" => (10, Level.MultiFactor),
        "strict" => (10, Level.SecondFactor),
        "moderate" => (60, Level.SecondFactor),
        "lax" => (1_440, Level.SecondFactor),
        _ => null,
    };
}
