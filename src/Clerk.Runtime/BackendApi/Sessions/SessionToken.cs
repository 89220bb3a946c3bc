namespace Clerk.BackendApi;

/// <summary>A minted token (<c>{ "object": "token", "jwt": "..." }</c>).</summary>
public sealed class SessionToken
{
    /// <summary>Always <c>token</c>.</summary>
    public string Object { get; init; } = "token";

    /// <summary>The signed JWT.</summary>
    public required string Jwt { get; init; }
}
