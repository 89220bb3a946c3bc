using Clerk.Verification.Claims;

namespace Clerk.Runtime.Tests.Protection;

/// <summary>Auth.Has(): AND over the dimensions given, failing closed (stricter than Clerk's, on purpose).</summary>
public sealed class HasTests
{
    private static Auth Signed(SessionClaims claims) => new(TokenTypes.SessionToken, "token", claims, null);

    private static SessionClaims Claims(
        string? orgRole = "org:admin", IReadOnlyList<string>? permissions = null, IReadOnlyList<string>? features = null,
        IReadOnlyList<string>? plans = null, IReadOnlyList<int>? fva = null, string? status = "active") => new()
    {
        Subject = "user_1",
        SessionId = "sess_1",
        SessionStatus = status,
        ExpiresAt = DateTimeOffset.UtcNow.AddMinutes(1),
        OrgId = orgRole is null ? null : "org_1",
        OrgRole = orgRole,
        OrgPermissions = permissions ?? ["org:invoices:create"],
        Features = features ?? [],
        Plans = plans ?? [],
        FactorVerificationAge = fva,
    };

    [Theory]
    [InlineData("admin", true)]
    [InlineData("org:admin", true)]
    [InlineData("org:member", false)]
    public void Role_with_or_without_the_org_prefix(string role, bool expected) =>
        Assert.Equal(expected, Signed(Claims()).Has(role: role));

    [Fact]
    public void Role_and_permission_need_an_active_organization()
    {
        var noOrg = Signed(Claims(orgRole: null));
        Assert.False(noOrg.Has(role: "admin"));
        Assert.False(noOrg.Has(permission: "org:invoices:create"));
    }

    [Theory]
    [InlineData("org:invoices:create", true)]
    [InlineData("invoices:create", true)]
    [InlineData("org:invoices:delete", false)]
    [InlineData("org:sys_memberships:manage", false)]
    public void Permissions(string permission, bool expected) =>
        Assert.Equal(expected, Signed(Claims()).Has(permission: permission));

    [Fact]
    public void Every_dimension_given_must_pass()
    {
        var auth = Signed(Claims());
        Assert.True(auth.Has(role: "admin", permission: "org:invoices:create"));
        Assert.False(auth.Has(role: "admin", permission: "org:invoices:delete"));
        // Clerk lets an undecidable reverification pass when the role passes; we do not.
        Assert.False(auth.Has(role: "admin", reverification: "strict"));
    }

    [Fact]
    public void Nothing_asked_and_signed_out_are_false()
    {
        Assert.False(Signed(Claims()).Has());
        Assert.False(Auth.SignedOut.Has(role: "admin"));
        Assert.False(Signed(Claims(status: "pending")).Has(role: "admin"));
    }

    [Theory]
    [InlineData("premium", true)]
    [InlineData("u:premium", true)]
    [InlineData("o:premium", false)]
    [InlineData("o:teams", true)]
    [InlineData("teams", true)]
    [InlineData("u:teams", false)]
    public void Features_by_scope(string feature, bool expected) =>
        Assert.Equal(expected, Signed(Claims(features: ["u:premium", "o:teams"])).Has(feature: feature));

    [Fact]
    public void Plans_by_scope()
    {
        var auth = Signed(Claims(plans: ["u:bronze", "o:gold"]));
        Assert.True(auth.Has(plan: "bronze"));
        Assert.True(auth.Has(plan: "o:gold"));
        Assert.False(auth.Has(plan: "u:gold"));
    }

    [Theory]
    [InlineData("strict", 5, 5, true)]
    [InlineData("strict", 5, 11, false)]
    [InlineData("strict", 5, -1, true)]      // no second factor: held to the first
    [InlineData("strict_mfa", 5, 11, false)]
    [InlineData("strict_mfa", 11, -1, false)]
    [InlineData("moderate", 59, 59, true)]
    [InlineData("moderate", 60, 60, false)]
    [InlineData("lax", 1_000, 1_000, true)]
    [InlineData("lax", -1, -1, false)]
    [InlineData("unknown_preset", 0, 0, false)]
    public void Reverification_presets(string preset, int firstAge, int secondAge, bool expected) =>
        Assert.Equal(expected, Signed(Claims(fva: [firstAge, secondAge])).Has(reverification: preset));

    [Fact]
    public void Reverification_without_fva_fails()
    {
        Assert.False(Signed(Claims(fva: null)).Has(reverification: "lax"));
    }
}
