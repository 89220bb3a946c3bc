using Refit;

namespace Clerk.BackendApi;

/// <summary>
/// Filters for listing and counting users (every filter of <c>GET /users</c>). Lists are sent as a repeated key
/// (<c>?email_address=a&amp;email_address=b</c>), as Clerk expects; unset filters are not sent. Where Clerk allows
/// it (<see cref="UserId"/>, <see cref="ExternalId"/>, <see cref="OrganizationId"/>), prefix a value with <c>-</c>
/// to exclude it. Times are Unix epoch milliseconds.
/// </summary>
public class UserFilter
{
    /// <summary>Users with any of these email addresses (up to 100).</summary>
    [AliasAs("email_address"), Query(CollectionFormat.Multi)]
    public IEnumerable<string>? EmailAddress { get; init; }

    /// <summary>Users with any of these phone numbers (up to 100).</summary>
    [AliasAs("phone_number"), Query(CollectionFormat.Multi)]
    public IEnumerable<string>? PhoneNumber { get; init; }

    /// <summary>Users with any of these external IDs (up to 100; <c>-id</c> excludes).</summary>
    [AliasAs("external_id"), Query(CollectionFormat.Multi)]
    public IEnumerable<string>? ExternalId { get; init; }

    /// <summary>Users with any of these usernames (up to 100).</summary>
    [AliasAs("username"), Query(CollectionFormat.Multi)]
    public IEnumerable<string>? Username { get; init; }

    /// <summary>Users with any of these web3 wallet addresses (up to 100).</summary>
    [AliasAs("web3_wallet"), Query(CollectionFormat.Multi)]
    public IEnumerable<string>? Web3Wallet { get; init; }

    /// <summary>Users with these IDs (up to 100; <c>-id</c> excludes).</summary>
    [AliasAs("user_id"), Query(CollectionFormat.Multi)]
    public IEnumerable<string>? UserId { get; init; }

    /// <summary>Members of these organizations (up to 100; <c>-id</c> excludes).</summary>
    [AliasAs("organization_id"), Query(CollectionFormat.Multi)]
    public IEnumerable<string>? OrganizationId { get; init; }

    /// <summary>Partial match on email addresses, phone numbers, usernames, web3 wallets, IDs and names.</summary>
    [AliasAs("query")]
    public string? Query { get; init; }

    /// <summary>Case-insensitive partial match on email addresses.</summary>
    [AliasAs("email_address_query")]
    public string? EmailAddressQuery { get; init; }

    /// <summary>Case-insensitive partial match on phone numbers.</summary>
    [AliasAs("phone_number_query")]
    public string? PhoneNumberQuery { get; init; }

    /// <summary>Case-insensitive partial match on usernames.</summary>
    [AliasAs("username_query")]
    public string? UsernameQuery { get; init; }

    /// <summary>Partial match on first and last names.</summary>
    [AliasAs("name_query")]
    public string? NameQuery { get; init; }

    /// <summary>Only banned (<see langword="true"/>) or only not-banned (<see langword="false"/>) users.</summary>
    [AliasAs("banned")]
    public bool? Banned { get; init; }

    /// <summary>Users whose last session activity was before this time (epoch ms).</summary>
    [AliasAs("last_active_at_before")]
    public long? LastActiveAtBefore { get; init; }

    /// <summary>Users whose last session activity was after this time (epoch ms).</summary>
    [AliasAs("last_active_at_after")]
    public long? LastActiveAtAfter { get; init; }

    /// <summary>Users active since this time (epoch ms); Clerk deprecates it for <see cref="LastActiveAtAfter"/>.</summary>
    [AliasAs("last_active_at_since")]
    public long? LastActiveAtSince { get; init; }

    /// <summary>Users created before this time (epoch ms).</summary>
    [AliasAs("created_at_before")]
    public long? CreatedAtBefore { get; init; }

    /// <summary>Users created after this time (epoch ms).</summary>
    [AliasAs("created_at_after")]
    public long? CreatedAtAfter { get; init; }

    /// <summary>Users whose last sign-in was before this time (epoch ms).</summary>
    [AliasAs("last_sign_in_at_before")]
    public long? LastSignInAtBefore { get; init; }

    /// <summary>Users whose last sign-in was after this time (epoch ms).</summary>
    [AliasAs("last_sign_in_at_after")]
    public long? LastSignInAtAfter { get; init; }

    /// <summary>The OAuth provider (for example <c>oauth_google</c>) that <see cref="ProviderUserId"/> belongs to.</summary>
    [AliasAs("provider")]
    public string? Provider { get; init; }

    /// <summary>Users with these provider user IDs at <see cref="Provider"/> (up to 100).</summary>
    [AliasAs("provider_user_id"), Query(CollectionFormat.Multi)]
    public IEnumerable<string>? ProviderUserId { get; init; }
}
