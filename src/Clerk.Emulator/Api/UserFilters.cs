using Clerk.Emulator.Models;
using Clerk.Emulator.Storage;

namespace Clerk.Emulator.Api;

/// <summary>
/// The filters of <c>GET /users</c> and <c>GET /users/count</c>. Lists repeat the key; for <c>user_id</c>,
/// <c>external_id</c> and <c>organization_id</c> a leading <c>+</c> or <c>-</c> includes or excludes.
/// </summary>
internal static class UserFilters
{
    private static readonly string[] OrderFields =
        ["created_at", "updated_at", "email_address", "web3wallet", "first_name", "last_name", "phone_number", "username", "last_active_at", "last_sign_in_at"];

    public static IEnumerable<User> Apply(HttpRequest request, StoreSession store, IEnumerable<User> users)
    {
        var emails = request.Strings("email_address");
        if (emails.Length > 0)
        {
            users = users.Where(u => u.EmailAddresses.Any(e => emails.Contains(e.EmailAddressValue, StringComparer.OrdinalIgnoreCase)));
        }

        var phones = request.Strings("phone_number");
        if (phones.Length > 0)
        {
            users = users.Where(u => u.PhoneNumbers.Any(p => phones.Contains(p.PhoneNumberValue)));
        }

        var usernames = request.Strings("username");
        if (usernames.Length > 0)
        {
            users = users.Where(u => u.Username is { } name && usernames.Contains(name, StringComparer.OrdinalIgnoreCase));
        }

        users = IncludeExclude(users, request.Strings("user_id"), u => [u.Id]);
        users = IncludeExclude(users, request.Strings("external_id"), u => u.ExternalId is { } id ? [id] : []);
        var organizationIds = request.Strings("organization_id");
        if (organizationIds.Length > 0)
        {
            var memberships = store.All(Tables.Memberships);
            users = IncludeExclude(users, organizationIds, u => memberships.Where(m => m.UserId == u.Id).Select(m => m.OrganizationId).ToArray());
        }

        if (request.String("query") is { } query)
        {
            users = users.Where(u => Matches(query,
                [u.Id, u.FirstName, u.LastName, u.Username, u.ExternalId,
                 .. u.EmailAddresses.Select(e => e.EmailAddressValue), .. u.PhoneNumbers.Select(p => p.PhoneNumberValue)]));
        }

        if (request.String("email_address_query") is { } emailQuery)
        {
            users = users.Where(u => Matches(emailQuery, [.. u.EmailAddresses.Select(e => e.EmailAddressValue)]));
        }

        if (request.String("phone_number_query") is { } phoneQuery)
        {
            users = users.Where(u => Matches(phoneQuery, [.. u.PhoneNumbers.Select(p => p.PhoneNumberValue)]));
        }

        if (request.String("username_query") is { } usernameQuery)
        {
            users = users.Where(u => Matches(usernameQuery, [u.Username]));
        }

        if (request.String("name_query") is { } nameQuery)
        {
            users = users.Where(u => Matches(nameQuery, [u.FirstName, u.LastName, $"{u.FirstName} {u.LastName}"]));
        }

        if (request.Bool("banned") is { } banned)
        {
            users = users.Where(u => u.Banned == banned);
        }

        users = Range(users, request.Long("created_at_before"), request.Long("created_at_after"), u => u.CreatedAt);
        users = Range(users, request.Long("last_active_at_before"), request.Long("last_active_at_after") ?? request.Long("last_active_at_since"), u => u.LastActiveAt);
        users = Range(users, request.Long("last_sign_in_at_before"), request.Long("last_sign_in_at_after"), u => u.LastSignInAt);
        return users;
    }

    /// <summary>Sorts by <c>order_by</c> (default <c>-created_at</c>); only the first value counts, as in Clerk.</summary>
    public static IEnumerable<User> Order(HttpRequest request, IEnumerable<User> users)
    {
        var orderBy = request.String("order_by") ?? "-created_at";
        var descending = orderBy.StartsWith('-');
        var field = orderBy.TrimStart('+', '-');
        if (!OrderFields.Contains(field))
        {
            throw ApiError.ValueInvalid("order_by", $"order_by must be one of {string.Join(", ", OrderFields)}, optionally prefixed by + or -.");
        }

        Func<User, IComparable?> key = field switch
        {
            "updated_at" => u => u.UpdatedAt,
            "email_address" => u => u.PrimaryEmail(),
            "first_name" => u => u.FirstName,
            "last_name" => u => u.LastName,
            "phone_number" => u => u.PrimaryPhone(),
            "username" => u => u.Username,
            "last_active_at" => u => u.LastActiveAt,
            "last_sign_in_at" => u => u.LastSignInAt,
            "web3wallet" => u => u.Id,
            _ => u => u.CreatedAt,
        };
        return ListOrder.Sort(users, key, descending);
    }

    private static IEnumerable<User> IncludeExclude(IEnumerable<User> users, string[] values, Func<User, string[]> keys)
    {
        if (values.Length == 0)
        {
            return users;
        }

        var excluded = values.Where(v => v.StartsWith('-')).Select(v => v[1..]).ToHashSet();
        var included = values.Where(v => !v.StartsWith('-')).Select(v => v.TrimStart('+')).ToHashSet();
        return users.Where(u =>
        {
            var own = keys(u);
            return !own.Any(excluded.Contains) && (included.Count == 0 || own.Any(included.Contains));
        });
    }

    private static IEnumerable<User> Range(IEnumerable<User> users, long? before, long? after, Func<User, long?> value) => users
        .Where(u => before is null || (value(u) is { } v && v < before))
        .Where(u => after is null || (value(u) is { } v && v > after));

    private static bool Matches(string query, IEnumerable<string?> values) =>
        values.Any(v => v is not null && v.Contains(query, StringComparison.OrdinalIgnoreCase));
}
