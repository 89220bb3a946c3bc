namespace Clerk.Runtime.Tests.BackendApi;

/// <summary>Bodies shaped like the spec's examples, with the surprises a client must survive.</summary>
internal static class SpecShapedJson
{
    /// <summary>
    /// A user as Clerk sends it: every required field, an email verified by a verification kind, status and
    /// strategy this client has never heard of, a phone number whose verification is null, a field Clerk might add
    /// tomorrow, and metadata with keys in their own case.
    /// </summary>
    public const string User = """
        {
          "id": "user_2xhFjEI5X2qWRvtV13BzSj8H6Dk", "object": "user", "external_id": null,
          "primary_email_address_id": "idn_1", "primary_phone_number_id": null, "primary_web3_wallet_id": null,
          "username": null, "first_name": "John", "last_name": "Wick", "locale": null,
          "image_url": "https://img.clerk.com/x", "has_image": false,
          "public_metadata": { "role": "admin", "camelCaseKey": { "nested": [1, 2] } },
          "private_metadata": { "stripeId": "cus_1" }, "unsafe_metadata": {},
          "email_addresses": [{
            "id": "idn_1", "object": "email_address", "email_address": "john@example.com", "reserved": false,
            "verification": { "object": "verification_quantum", "status": "entangled", "strategy": "carrier_pigeon",
                              "attempts": null, "expire_at": null, "brand_new_field": true },
            "linked_to": [{ "type": "oauth_google", "id": "idn_2" }], "matches_sso_connection": false,
            "created_at": 1716883200000, "updated_at": 1716883200000
          }],
          "phone_numbers": [{
            "id": "idn_3", "object": "phone_number", "phone_number": "+15555550100", "reserved_for_second_factor": false,
            "default_second_factor": false, "reserved": false, "verification": null, "linked_to": [], "backup_codes": null,
            "created_at": 1716883200000, "updated_at": 1716883200000
          }],
          "web3_wallets": [], "passkeys": [], "external_accounts": [], "saml_accounts": [], "enterprise_accounts": [],
          "password_enabled": true, "two_factor_enabled": false, "totp_enabled": false, "backup_code_enabled": false,
          "mfa_enabled_at": null, "mfa_disabled_at": null, "last_sign_in_at": 1716883200000, "banned": false, "locked": false,
          "lockout_expires_in_seconds": null, "verification_attempts_remaining": 100, "delete_self_enabled": true,
          "create_organization_enabled": true, "last_active_at": 1716883200123, "legal_accepted_at": null,
          "created_at": 1716883100000, "updated_at": 1716883200000, "a_field_from_the_future": { "x": 1 }
        }
        """;

    public const string Session = """
        { "object": "session", "id": "sess_1", "user_id": "user_1", "client_id": "client_1", "status": "hibernating",
          "last_active_at": 1, "expire_at": 2, "abandon_at": 3, "created_at": 4, "updated_at": 5 }
        """;
}
