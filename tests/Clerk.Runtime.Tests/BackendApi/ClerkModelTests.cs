using Clerk.BackendApi;

namespace Clerk.Runtime.Tests.BackendApi;

/// <summary>Reading what Clerk sends, including what it may start sending tomorrow.</summary>
public sealed class ClerkModelTests : IAsyncLifetime
{
    private FakeClerkApi api = null!;

    public async Task InitializeAsync() => api = await FakeClerkApi.StartAsync();

    public async Task DisposeAsync() => await api.DisposeAsync();

    [Fact]
    public async Task A_spec_shaped_user_with_unknown_enum_values_null_verification_and_new_fields_is_read()
    {
        api.ThenJson(200, SpecShapedJson.User);

        var user = await ClerkClients.Create(api).Users.GetUserAsync("user_2xhFjEI5X2qWRvtV13BzSj8H6Dk");

        Assert.Equal(("user_2xhFjEI5X2qWRvtV13BzSj8H6Dk", "John", "Wick"), (user.Id, user.FirstName, user.LastName));
        Assert.Equal("john@example.com", user.EmailAddresses[0].EmailAddress);
        var verification = user.EmailAddresses[0].Verification!;
        Assert.Equal(("verification_quantum", "entangled", "carrier_pigeon"), (verification.Object, verification.Status, verification.Strategy));
        Assert.Null(user.PhoneNumbers[0].Verification);
        Assert.Equal("oauth_google", user.EmailAddresses[0].LinkedTo[0].Type);
        Assert.Equal(1716883200123, user.LastActiveAt);
        Assert.Equal(1716883100000, user.CreatedAt);
        Assert.Null(user.ExternalId);
        Assert.Equal("admin", user.PublicMetadata["role"].GetString());
        Assert.Equal(2, user.PublicMetadata["camelCaseKey"].GetProperty("nested")[1].GetInt32());
        Assert.Equal("cus_1", user.PrivateMetadata!["stripeId"].GetString());
        Assert.Empty(user.UnsafeMetadata);
    }

    [Fact]
    public async Task A_session_status_this_client_does_not_know_is_kept_as_sent()
    {
        api.ThenJson(200, SpecShapedJson.Session);

        var session = await ClerkClients.Create(api).Sessions.GetSessionAsync("sess_1");

        Assert.Equal(("sess_1", "user_1", "hibernating", 2L), (session.Id, session.UserId, session.Status, session.ExpireAt));
    }

    [Fact]
    public async Task A_paged_list_reads_its_data_and_total_count()
    {
        api.ThenJson(200, """
            {"data":[{"object":"organization","id":"org_1","name":"Acme","slug":"acme","has_image":false,"max_allowed_memberships":5,
              "admin_delete_enabled":true,"public_metadata":{},"created_at":1,"updated_at":2}],"total_count":7}
            """);

        var page = await ClerkClients.Create(api).Organizations.ListOrganizationsAsync(new() { UserId = ["user_1", "user_2"], Limit = 1 });

        Assert.Equal(["user_1", "user_2"], Assert.Single(api.Requests).Query["user_id"]);
        Assert.Equal(("org_1", "acme", 7L), (page.Data[0].Id, page.Data[0].Slug, page.TotalCount));
    }
}
