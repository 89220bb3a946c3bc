namespace Clerk;

/// <summary>
/// Who a verified machine token (API key, M2M token or OAuth access token) speaks for, as the Backend API's verify
/// endpoint described it.
/// </summary>
/// <param name="Id">The token's own id (<c>ak_...</c>, <c>mt_...</c>, <c>oat_...</c>).</param>
/// <param name="Subject">What it acts as: a user (<c>user_...</c>), an organization (<c>org_...</c>) or a machine (<c>mch_...</c>).</param>
/// <param name="Scopes">The scopes granted to the token (for an M2M token, the machines it may call).</param>
/// <param name="Name">The API key's name, or null for other tokens.</param>
/// <param name="ClientId">The OAuth application's client id, or null for other tokens.</param>
public sealed record MachineIdentity(string Id, string Subject, IReadOnlyList<string> Scopes, string? Name = null, string? ClientId = null)
{
    internal string? UserId => Subject.StartsWith("user_", StringComparison.Ordinal) ? Subject : null;

    internal string? OrgId => Subject.StartsWith("org_", StringComparison.Ordinal) ? Subject : null;

    internal string? MachineId => Subject.StartsWith("mch_", StringComparison.Ordinal) ? Subject : null;
}
