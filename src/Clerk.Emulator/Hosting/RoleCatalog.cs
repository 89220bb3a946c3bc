namespace Clerk.Emulator.Hosting;

/// <summary>An organization role: its key (<c>org:admin</c>), display name and permission keys.</summary>
internal sealed record Role(string Key, string Name, IReadOnlyList<string> Permissions);

/// <summary>
/// The instance's organization roles. Clerk's two defaults carry only system permissions (<c>org:sys_*</c>), which
/// never reach a token; a seed file adds custom permissions such as <c>org:invoices:create</c> or custom roles.
/// </summary>
internal sealed class RoleCatalog
{
    private readonly Dictionary<string, Role> roles = new(StringComparer.Ordinal)
    {
        ["org:admin"] = new("org:admin", "Admin",
        [
            "org:sys_profile:manage", "org:sys_profile:delete", "org:sys_memberships:read", "org:sys_memberships:manage",
            "org:sys_domains:read", "org:sys_domains:manage", "org:sys_billing:read", "org:sys_billing:manage",
        ]),
        ["org:member"] = new("org:member", "Member", ["org:sys_memberships:read"]),
    };

    /// <summary>Adds a role or replaces the one with the same key.</summary>
    public void Define(Role role) => roles[role.Key] = role;

    /// <summary>The role, or an unknown role with no permissions (Clerk would refuse it; the emulator stays lenient).</summary>
    public Role Find(string key) =>
        roles.TryGetValue(key, out var role) ? role : new Role(key, DisplayName(key), []);

    public bool IsValidKey(string key) => key.StartsWith("org:", StringComparison.Ordinal) && key.Length > 4;

    private static string DisplayName(string key)
    {
        var bare = key.StartsWith("org:", StringComparison.Ordinal) ? key[4..] : key;
        return bare.Length == 0 ? key : char.ToUpperInvariant(bare[0]) + bare[1..].Replace('_', ' ');
    }
}
