using System.Text.Json.Nodes;
using Clerk.Emulator.Hosting;
using Clerk.Emulator.Json;
using Clerk.Emulator.Models;
using Clerk.Emulator.Operations;
using Clerk.Emulator.Storage;

namespace Clerk.Emulator.Api;

/// <summary><c>/v1/users</c>: list, count, get, create, update, delete, metadata, ban and lock.</summary>
internal static class UsersEndpoints
{
    private static readonly EmulatorJsonContext Json = EmulatorJsonContext.Default;

    private static readonly string[] CreateParams =
    [
        "external_id", "first_name", "last_name", "locale", "email_address", "email_address_identification_status",
        "phone_number", "phone_number_identification_status", "web3_wallet", "username", "password", "password_digest",
        "password_hasher", "skip_password_checks", "skip_password_requirement", "totp_secret", "backup_codes",
        "public_metadata", "private_metadata", "unsafe_metadata", "delete_self_enabled", "legal_accepted_at",
        "skip_legal_checks", "skip_user_requirement", "create_organization_enabled", "create_organizations_limit",
        "created_at", "bypass_client_trust", "banned", "locked",
    ];

    // From API version 2026-05-12 the metadata fields are gone from this list: they go through /metadata.
    private static readonly string[] UpdateParams =
    [
        "external_id", "first_name", "last_name", "locale", "primary_email_address_id", "notify_primary_email_address_changed",
        "primary_phone_number_id", "primary_web3_wallet_id", "username", "profile_image_id", "password", "password_digest",
        "password_hasher", "skip_password_checks", "sign_out_of_other_sessions", "totp_secret", "backup_codes",
        "delete_self_enabled", "create_organization_enabled", "legal_accepted_at", "skip_legal_checks",
        "create_organizations_limit", "created_at", "bypass_client_trust",
    ];

    private static readonly string[] MetadataParams = ["public_metadata", "private_metadata", "unsafe_metadata"];

    public static void Map(IEndpointRouteBuilder v1)
    {
        v1.MapGet("/users", List);
        v1.MapGet("/users/count", Count);
        v1.MapPost("/users", Create);
        v1.MapGet("/users/{user_id}", Get);
        v1.MapPatch("/users/{user_id}", Update);
        v1.MapDelete("/users/{user_id}", Delete);
        v1.MapPatch("/users/{user_id}/metadata", (HttpRequest r, string user_id, EmulatedInstance i) => Metadata(r, user_id, i, merge: true));
        v1.MapPut("/users/{user_id}/metadata", (HttpRequest r, string user_id, EmulatedInstance i) => Metadata(r, user_id, i, merge: false));
        v1.MapPost("/users/{user_id}/ban", (string user_id, EmulatedInstance i) => SetFlags(user_id, i, banned: true));
        v1.MapPost("/users/{user_id}/unban", (string user_id, EmulatedInstance i) => SetFlags(user_id, i, banned: false));
        v1.MapPost("/users/{user_id}/lock", (string user_id, EmulatedInstance i) => SetFlags(user_id, i, locked: true));
        v1.MapPost("/users/{user_id}/unlock", (string user_id, EmulatedInstance i) => SetFlags(user_id, i, locked: false));
        v1.MapGet("/users/{user_id}/organization_memberships", Memberships);
    }

    private static async Task<IResult> List(HttpRequest request, EmulatedInstance instance)
    {
        var page = request.Page();
        var users = await instance.Database.RunAsync(store =>
            UserFilters.Order(request, UserFilters.Apply(request, store, store.All(Tables.Users))).Paged(page));
        return JsonResults.Ok(users, Json.ListUser);
    }

    private static async Task<IResult> Count(HttpRequest request, EmulatedInstance instance)
    {
        var count = await instance.Database.RunAsync(store => UserFilters.Apply(request, store, store.All(Tables.Users)).LongCount());
        return JsonResults.Ok(new TotalCountResponse(count), Json.TotalCountResponse);
    }

    private static async Task<IResult> Get(string user_id, EmulatedInstance instance) =>
        JsonResults.Ok(await instance.Database.RunAsync(store => UserOperations.Get(store, user_id)), Json.User);

    private static async Task<IResult> Create(HttpRequest request, EmulatedInstance instance)
    {
        var body = await RequestBody.ReadAsync(request, CreateParams);
        var draft = new NewUser
        {
            EmailAddresses = body.Strings("email_address") ?? [],
            PhoneNumbers = body.Strings("phone_number") ?? [],
            Username = body.String("username"),
            ExternalId = body.String("external_id"),
            FirstName = body.String("first_name"),
            LastName = body.String("last_name"),
            Locale = body.String("locale"),
            Password = body.String("password"),
            SkipPasswordChecks = body.Bool("skip_password_checks") ?? false,
            PublicMetadata = body.Object("public_metadata"),
            PrivateMetadata = body.Object("private_metadata"),
            UnsafeMetadata = body.Object("unsafe_metadata"),
            Banned = body.Bool("banned") ?? false,
            Locked = body.Bool("locked") ?? false,
            DeleteSelfEnabled = body.Bool("delete_self_enabled"),
            CreateOrganizationEnabled = body.Bool("create_organization_enabled"),
            CreateOrganizationsLimit = (int?)body.Long("create_organizations_limit"),
            CreatedAt = body.String("created_at") is { } createdAt
                ? DateTimeOffset.TryParse(createdAt, out var parsed) ? parsed.ToUnixTimeMilliseconds() : throw ApiError.FormatInvalid("created_at")
                : null,
        };

        // Like an instance whose sign-up needs an email address, unless another identifier is given or the check is skipped.
        if (draft.EmailAddresses.Count == 0 && draft.PhoneNumbers.Count == 0 && draft.Username is null
            && body.Bool("skip_user_requirement") != true && (body.Strings("web3_wallet")?.Count ?? 0) == 0)
        {
            throw ApiError.Missing("email_address");
        }

        var now = instance.NowMs();
        return JsonResults.Ok(await instance.Database.RunAsync(store => UserOperations.Create(store, draft, now)), Json.User);
    }

    private static async Task<IResult> Update(HttpRequest request, string user_id, EmulatedInstance instance)
    {
        var body = await RequestBody.ReadAsync(request, UpdateParams);
        var now = instance.NowMs();
        var user = await instance.Database.RunAsync(store =>
        {
            var user = UserOperations.Get(store, user_id);
            if (body.Has("username"))
            {
                var username = body.String("username") is { Length: > 0 } name ? name : null;
                if (username is not null)
                {
                    UserOperations.CheckUsername(username);
                }

                user = user with { Username = username };
            }

            if (body.Has("external_id"))
            {
                user = user with { ExternalId = body.String("external_id") };
            }

            if (body.Has("first_name"))
            {
                user = user with { FirstName = body.String("first_name") };
            }

            if (body.Has("last_name"))
            {
                user = user with { LastName = body.String("last_name") };
            }

            if (body.Has("locale"))
            {
                user = user with { Locale = body.String("locale") };
            }

            if (body.String("primary_email_address_id") is { } emailId)
            {
                user = user.EmailAddresses.Any(e => e.Id == emailId)
                    ? user with { PrimaryEmailAddressId = emailId }
                    : throw ApiError.FormatInvalid("primary_email_address_id", "primary_email_address_id must be an email address of this user.");
            }

            if (body.String("primary_phone_number_id") is { } phoneId)
            {
                user = user.PhoneNumbers.Any(p => p.Id == phoneId)
                    ? user with { PrimaryPhoneNumberId = phoneId }
                    : throw ApiError.FormatInvalid("primary_phone_number_id", "primary_phone_number_id must be a phone number of this user.");
            }

            if (body.String("password") is { } password)
            {
                if (password.Length < 8 && body.Bool("skip_password_checks") != true)
                {
                    throw new ApiError(422, "form_password_length_too_short", "Passwords must be 8 characters or more.",
                        "Passwords must be 8 characters or more.", new() { ["param_name"] = "password" });
                }

                user = user with { PasswordEnabled = true, PasswordLastUpdatedAt = now };
            }

            user = user with
            {
                DeleteSelfEnabled = body.Bool("delete_self_enabled") ?? user.DeleteSelfEnabled,
                CreateOrganizationEnabled = body.Bool("create_organization_enabled") ?? user.CreateOrganizationEnabled,
                CreateOrganizationsLimit = body.Has("create_organizations_limit") ? (int?)body.Long("create_organizations_limit") : user.CreateOrganizationsLimit,
                BypassClientTrust = body.Bool("bypass_client_trust") ?? user.BypassClientTrust,
                UpdatedAt = now,
            };
            UserOperations.EnsureUnique(store.All(Tables.Users), [], [], user.Username, user.ExternalId, exceptUserId: user.Id);
            return store.Put(Tables.Users, user);
        });
        return JsonResults.Ok(user, Json.User);
    }

    private static async Task<IResult> Delete(string user_id, EmulatedInstance instance)
    {
        await instance.Database.RunAsync(store =>
        {
            UserOperations.Get(store, user_id);
            foreach (var session in store.ByOwner(Tables.Sessions, user_id))
            {
                store.Delete(Tables.Sessions, session.Id);
            }

            foreach (var membership in store.All(Tables.Memberships).Where(m => m.UserId == user_id))
            {
                store.Delete(Tables.Memberships, membership.Id);
            }

            store.Delete(Tables.Users, user_id);
        });
        return JsonResults.Ok(new DeletedObject("user", user_id, true), Json.DeletedObject);
    }

    private static async Task<IResult> Metadata(HttpRequest request, string user_id, EmulatedInstance instance, bool merge)
    {
        var body = await RequestBody.ReadAsync(request, MetadataParams);
        var patches = MetadataParams.ToDictionary(name => name, body.Object);
        var now = instance.NowMs();
        var user = await instance.Database.RunAsync(store =>
        {
            var user = UserOperations.Get(store, user_id);
            JsonObject Apply(JsonObject current, string name) => patches[name] switch
            {
                null => current,
                var patch when merge => MetadataMerge.Merge(current, patch),
                var patch => patch,
            };

            return store.Put(Tables.Users, user with
            {
                PublicMetadata = Apply(user.PublicMetadata, "public_metadata"),
                PrivateMetadata = Apply(user.PrivateMetadata, "private_metadata"),
                UnsafeMetadata = Apply(user.UnsafeMetadata, "unsafe_metadata"),
                UpdatedAt = now,
            });
        });
        return JsonResults.Ok(user, Json.User);
    }

    private static async Task<IResult> SetFlags(string user_id, EmulatedInstance instance, bool? banned = null, bool? locked = null)
    {
        var now = instance.NowMs();
        var user = await instance.Database.RunAsync(store =>
        {
            var user = UserOperations.Get(store, user_id);
            if (banned == true || locked == true)
            {
                // Banning or locking signs the user out everywhere, as in Clerk.
                SessionOperations.RevokeAll(store, user_id, now);
            }

            return store.Put(Tables.Users, user with
            {
                Banned = banned ?? user.Banned,
                Locked = locked ?? user.Locked,
                UpdatedAt = now,
            });
        });
        return JsonResults.Ok(user, Json.User);
    }

    private static async Task<IResult> Memberships(HttpRequest request, string user_id, EmulatedInstance instance)
    {
        var page = request.Page();
        var list = await instance.Database.RunAsync(store =>
        {
            UserOperations.Get(store, user_id);
            var memberships = store.All(Tables.Memberships).Where(m => m.UserId == user_id).ToList();
            return new PagedList<OrganizationMembership>(
                memberships.Paged(page).Select(m => OrganizationOperations.ToWire(store, instance.Roles, m)).ToList(),
                memberships.Count);
        });
        return JsonResults.Ok(list, Json.PagedListOrganizationMembership);
    }
}
