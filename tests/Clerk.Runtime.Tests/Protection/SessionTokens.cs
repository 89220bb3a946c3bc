using Clerk.Runtime.Tests.Verification;

namespace Clerk.Runtime.Tests.Protection;

/// <summary>Session tokens as Clerk mints them (v2 claims), signed with the test instance's key.</summary>
internal static class SessionTokens
{
    /// <summary>A signed-in user with no active organization.</summary>
    public static string User(string userId = "user_1", Action<Dictionary<string, object?>>? change = null)
    {
        var now = DateTimeOffset.UtcNow.ToUnixTimeSeconds();
        var payload = new Dictionary<string, object?>
        {
            ["sub"] = userId,
            ["sid"] = "sess_1",
            ["sts"] = "active",
            ["v"] = 2,
            ["azp"] = ClerkApp.AuthorizedParty,
            ["iss"] = "https://clerk.example.com",
            ["iat"] = now - 10,
            ["nbf"] = now - 10,
            ["exp"] = now + 60,
        };
        change?.Invoke(payload);
        return TokenSigner.Sign(JwsTokens.SessionHeader(), payload);
    }

    /// <summary>A member of org_1 with <paramref name="role"/> and, through the feature bitmask, invoices:create.</summary>
    public static string Member(string role, bool canCreateInvoices = true) => User(change: payload =>
    {
        payload["fea"] = "o:invoices";
        payload["o"] = new Dictionary<string, object?>
        {
            ["id"] = "org_1", ["slg"] = "acme", ["rol"] = role, ["per"] = "create,read", ["fpm"] = canCreateInvoices ? "3" : "2",
        };
    });
}
