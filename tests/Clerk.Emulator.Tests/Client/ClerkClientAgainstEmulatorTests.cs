using System.Text.Json.Nodes;
using Clerk.BackendApi;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Clerk.Emulator.Tests.Client;

/// <summary>
/// The runtime's <see cref="ClerkClient"/> (as <c>AddClerk()</c> registers it) against the emulator on loopback: the
/// two sides were written separately from Clerk's spec, so a field either side names wrongly fails here.
/// </summary>
public sealed class ClerkClientAgainstEmulatorTests : IAsyncLifetime
{
    private ClerkEmulator emulator = null!;
    private IHost host = null!;

    private ClerkClient Clerk => host.Services.GetRequiredService<ClerkClient>();

    public async Task InitializeAsync()
    {
        emulator = await ClerkEmulator.StartAsync(new() { RateLimiting = false });
        // An app's host, as AddClerk() expects it (configuration, environment, logging).
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { DisableDefaults = true });
        builder.Services.AddClerk(options =>
        {
            options.SecretKey = emulator.SecretKey;
            options.PublishableKey = emulator.PublishableKey;
            options.ApiUrl = emulator.ApiUrl.ToString();
        });
        host = builder.Build();
    }

    public async Task DisposeAsync()
    {
        host.Dispose();
        await emulator.DisposeAsync();
    }

    [Fact]
    public async Task Users_are_created_read_updated_and_deleted()
    {
        var created = await Clerk.Users.CreateUserAsync(new()
        {
            EmailAddress = ["ada@example.com"], FirstName = "Ada", LastName = "Lovelace",
            PublicMetadata = new JsonObject { ["role"] = "admin" }, PrivateMetadata = new JsonObject { ["stripe"] = "cus_1" },
        });
        Assert.StartsWith("user_", created.Id);
        Assert.Equal("ada@example.com", created.EmailAddresses.Single().EmailAddress);
        Assert.Equal(created.EmailAddresses[0].Id, created.PrimaryEmailAddressId);

        // The seed's update example, exactly as written there.
        var updated = await Clerk.Users.UpdateUserAsync(created.Id, new() { FirstName = "John", LastName = "Wick" });
        Assert.Equal(("John", "Wick"), (updated.FirstName, updated.LastName));
        var read = await Clerk.Users.GetUserAsync(created.Id);
        Assert.Equal(("John", "Wick"), (read.FirstName, read.LastName));
        Assert.Equal("admin", read.PublicMetadata["role"].GetString());
        Assert.Equal("cus_1", read.PrivateMetadata!["stripe"].GetString());

        await Clerk.Users.DeleteUserAsync(created.Id);
        var gone = await Assert.ThrowsAsync<ClerkApiException>(() => Clerk.Users.GetUserAsync(created.Id));
        Assert.Equal(HttpStatusCode.NotFound, gone.StatusCode);
        Assert.Equal("resource_not_found", gone.Errors[0].Code);
        Assert.False(string.IsNullOrEmpty(gone.ClerkTraceId));
    }

    [Fact]
    public async Task Metadata_is_merged_deeply_with_null_deleting_and_replaced_whole()
    {
        var user = await Clerk.Users.CreateUserAsync(new()
        {
            EmailAddress = ["grace@example.com"],
            PublicMetadata = new JsonObject { ["theme"] = "dark", ["prefs"] = new JsonObject { ["lang"] = "en", ["tz"] = "UTC" } },
        });

        var merged = await Clerk.Users.MergeUserMetadataAsync(user.Id, new()
        {
            PublicMetadata = new JsonObject { ["prefs"] = new JsonObject { ["tz"] = null, ["beta"] = true } },
        });
        Assert.Equal("dark", merged.PublicMetadata["theme"].GetString());
        Assert.Equal("en", merged.PublicMetadata["prefs"].GetProperty("lang").GetString());
        Assert.True(merged.PublicMetadata["prefs"].GetProperty("beta").GetBoolean());
        Assert.False(merged.PublicMetadata["prefs"].TryGetProperty("tz", out _));

        var replaced = await Clerk.Users.ReplaceUserMetadataAsync(user.Id, new() { PublicMetadata = new JsonObject { ["only"] = 1 } });
        Assert.Equal(["only"], replaced.PublicMetadata.Keys);
    }

    [Fact]
    public async Task Lists_filter_with_repeated_keys_page_and_order()
    {
        foreach (var name in new[] { "a", "b", "c", "d" })
        {
            await Clerk.Users.CreateUserAsync(new() { EmailAddress = [$"{name}@list.example"], FirstName = name });
        }

        var two = await Clerk.Users.ListUsersAsync(new() { EmailAddress = ["a@list.example", "c@list.example"] });
        Assert.Equal(["a", "c"], two.Select(user => user.FirstName).Order());
        Assert.Equal(2, (await Clerk.Users.CountUsersAsync(new() { EmailAddress = ["a@list.example", "c@list.example"] })).Count);

        var page = await Clerk.Users.ListUsersAsync(new() { Query = "list.example", OrderBy = "+created_at", Limit = 2, Offset = 1 });
        Assert.Equal(["b", "c"], page.Select(user => user.FirstName));
        var newestFirst = await Clerk.Users.ListUsersAsync(new() { Query = "list.example", OrderBy = "-created_at", Limit = 1 });
        Assert.Equal("d", newestFirst.Single().FirstName);
    }

    [Fact]
    public async Task A_duplicate_email_address_is_a_422_naming_the_parameter()
    {
        await Clerk.Users.CreateUserAsync(new() { EmailAddress = ["twice@example.com"] });
        var refused = await Assert.ThrowsAsync<ClerkApiException>(() =>
            Clerk.Users.CreateUserAsync(new() { EmailAddress = ["twice@example.com"] }));
        Assert.Equal(HttpStatusCode.UnprocessableEntity, refused.StatusCode);
        Assert.Equal("form_identifier_exists", refused.Errors[0].Code);
        Assert.Equal("email_address", refused.Errors[0].Meta?.GetProperty("param_name").GetString());
    }

    [Fact]
    public async Task Sessions_mint_session_and_template_tokens_for_an_organization_member()
    {
        var user = await Clerk.Users.CreateUserAsync(new() { EmailAddress = ["member@example.com"], FirstName = "Mem" });
        var org = await Clerk.Organizations.CreateOrganizationAsync(new() { Name = "Acme", Slug = "acme-client" });
        await Clerk.OrganizationMemberships.CreateOrganizationMembershipAsync(org.Id, new() { UserId = user.Id, Role = "org:admin" });
        await Clerk.JwtTemplates.CreateJwtTemplateAsync(new()
        {
            Name = "supabase", Claims = new JsonObject { ["email"] = "{{user.primary_email_address}}", ["org"] = "{{org.slug}}" },
        });

        var session = await Clerk.Sessions.CreateSessionAsync(new() { UserId = user.Id, ActiveOrganizationId = org.Id });
        Assert.Equal(user.Id, session.UserId);

        var sessionToken = await Clerk.Sessions.CreateSessionTokenAsync(session.Id, new());
        var claims = Infrastructure.Jwt.Payload(sessionToken.Jwt);
        Assert.Equal(user.Id, claims["sub"]!.GetValue<string>());
        Assert.Equal(org.Id, claims["o"]!["id"]!.GetValue<string>());

        var template = await Clerk.Sessions.CreateSessionTokenFromTemplateAsync(session.Id, "supabase", new() { ExpiresInSeconds = 120 });
        var templateClaims = Infrastructure.Jwt.Payload(template.Jwt);
        Assert.Equal("member@example.com", templateClaims["email"]!.GetValue<string>());
        Assert.Equal("acme-client", templateClaims["org"]!.GetValue<string>());
        Assert.Equal(120, templateClaims["exp"]!.GetValue<long>() - templateClaims["iat"]!.GetValue<long>());

        var keys = await Clerk.Jwks.GetJwksAsync();
        Assert.Contains(keys.Keys, key => key.Kid == Infrastructure.Jwt.Header(sessionToken.Jwt)["kid"]!.GetValue<string>());

        var revoked = await Clerk.Sessions.RevokeSessionAsync(session.Id);
        Assert.Equal("revoked", revoked.Status);
    }

    [Fact]
    public async Task Organizations_list_and_memberships_change_roles()
    {
        var user = await Clerk.Users.CreateUserAsync(new() { EmailAddress = ["owner@example.com"] });
        var org = await Clerk.Organizations.CreateOrganizationAsync(new() { Name = "Initech", Slug = "initech" });
        await Clerk.OrganizationMemberships.CreateOrganizationMembershipAsync(org.Id, new() { UserId = user.Id, Role = "org:member" });

        var promoted = await Clerk.OrganizationMemberships.UpdateOrganizationMembershipAsync(org.Id, user.Id, new() { Role = "org:admin" });
        Assert.Equal("org:admin", promoted.Role);
        var members = await Clerk.OrganizationMemberships.ListOrganizationMembershipsAsync(org.Id);
        Assert.Equal(1, members.TotalCount);
        Assert.Equal(user.Id, members.Data.Single().PublicUserData?.UserId);

        var listed = await Clerk.Organizations.ListOrganizationsAsync();
        Assert.Contains(listed.Data, listedOrg => listedOrg.Slug == "initech");
        Assert.Equal("Initech", (await Clerk.Organizations.GetOrganizationAsync("initech")).Name);
    }
}
