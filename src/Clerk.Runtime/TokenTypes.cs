namespace Clerk;

/// <summary>The kinds of Clerk token a protected handler accepts. Combine with <c>|</c>.</summary>
[Flags]
public enum TokenTypes
{
    /// <summary>A session token from a signed-in user (the <c>__session</c> cookie or a Bearer header).</summary>
    SessionToken = 1,
    /// <summary>An API key (<c>ak_</c>), from the Authorization header only.</summary>
    ApiKey = 2,
    /// <summary>A machine-to-machine token (<c>mt_</c>), from the Authorization header only.</summary>
    M2MToken = 4,
    /// <summary>An OAuth access token (<c>oat_</c>), from the Authorization header only.</summary>
    OAuthToken = 8,
    /// <summary>Any of the above.</summary>
    Any = SessionToken | ApiKey | M2MToken | OAuthToken,
}
