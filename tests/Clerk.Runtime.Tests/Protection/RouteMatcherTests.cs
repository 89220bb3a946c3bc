using Clerk.Hosting;

namespace Clerk.Runtime.Tests.Protection;

/// <summary>createRouteMatcher() patterns.</summary>
public sealed class RouteMatcherTests
{
    [Theory]
    [InlineData("/api/admin(.*)", "/api/admin", true)]
    [InlineData("/api/admin(.*)", "/api/admin/users/1", true)]
    [InlineData("/api/admin(.*)", "/api/administrator", true)] // as in Clerk: (.*) is not a segment boundary
    [InlineData("/api/admin(.*)", "/api/other", false)]
    [InlineData("/orgs/:id", "/orgs/org_1", true)]
    [InlineData("/orgs/:id", "/orgs/org_1/", true)]
    [InlineData("/orgs/:id", "/orgs/org_1/members", false)]
    [InlineData("/Orgs/:id", "/orgs/ORG_1", true)]
    [InlineData("/a.b", "/axb", false)]
    public void Matches_like_clerk(string pattern, string path, bool expected) =>
        Assert.Equal(expected, new RouteMatcher(pattern).IsMatch(path));

    [Fact]
    public void A_pattern_must_be_a_path() =>
        Assert.Contains("starts with '/'", Assert.Throws<ArgumentException>(() => new RouteMatcher("api/admin")).Message);
}
