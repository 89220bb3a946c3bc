using System.Net.Mail;
using Clerk.Emulator.Api;
using Clerk.Emulator.Hosting;
using Clerk.Emulator.Models;
using Clerk.Emulator.Storage;

namespace Clerk.Emulator.Operations;

/// <summary>Creating and checking users, with Clerk's validation: well-formed, unique identifiers.</summary>
internal static class UserOperations
{
    public static User Create(StoreSession store, NewUser draft, long now)
    {
        foreach (var email in draft.EmailAddresses)
        {
            CheckEmail(email);
        }

        foreach (var phone in draft.PhoneNumbers)
        {
            CheckPhone(phone);
        }

        if (draft.Username is { } username)
        {
            CheckUsername(username);
        }

        if (draft.Password is { } password && !draft.SkipPasswordChecks && password.Length < 8)
        {
            throw new ApiError(422, "form_password_length_too_short", "Passwords must be 8 characters or more.",
                "Passwords must be 8 characters or more.", new() { ["param_name"] = "password" });
        }

        var users = store.All(Tables.Users);
        EnsureUnique(users, draft.EmailAddresses, draft.PhoneNumbers, draft.Username, draft.ExternalId, exceptUserId: null);

        var emails = draft.EmailAddresses
            .Select(e => new EmailAddress { Id = Ids.New("idn"), EmailAddressValue = e, CreatedAt = now, UpdatedAt = now })
            .ToList();
        var phones = draft.PhoneNumbers
            .Select(p => new PhoneNumber { Id = Ids.New("idn"), PhoneNumberValue = p, CreatedAt = now, UpdatedAt = now })
            .ToList();
        var created = draft.CreatedAt ?? now;
        return store.Put(Tables.Users, new User
        {
            Id = Ids.New("user"),
            ExternalId = draft.ExternalId,
            PrimaryEmailAddressId = emails.FirstOrDefault()?.Id,
            PrimaryPhoneNumberId = phones.FirstOrDefault()?.Id,
            Username = draft.Username,
            FirstName = draft.FirstName,
            LastName = draft.LastName,
            Locale = draft.Locale,
            PublicMetadata = draft.PublicMetadata ?? [],
            PrivateMetadata = draft.PrivateMetadata ?? [],
            UnsafeMetadata = draft.UnsafeMetadata ?? [],
            EmailAddresses = emails,
            PhoneNumbers = phones,
            PasswordEnabled = draft.Password is not null,
            PasswordLastUpdatedAt = draft.Password is not null ? now : null,
            Banned = draft.Banned,
            Locked = draft.Locked,
            DeleteSelfEnabled = draft.DeleteSelfEnabled ?? true,
            CreateOrganizationEnabled = draft.CreateOrganizationEnabled ?? true,
            CreateOrganizationsLimit = draft.CreateOrganizationsLimit,
            CreatedAt = created,
            UpdatedAt = now,
        });
    }

    public static User Get(StoreSession store, string userId) =>
        store.Get(Tables.Users, userId) ?? throw ApiError.NotFound("User");

    /// <summary>Refuses identifiers another user (not <paramref name="exceptUserId"/>) already holds.</summary>
    public static void EnsureUnique(
        IEnumerable<User> users, IEnumerable<string> emails, IEnumerable<string> phones, string? username, string? externalId, string? exceptUserId)
    {
        var others = users.Where(u => u.Id != exceptUserId).ToList();
        foreach (var email in emails)
        {
            if (others.Any(u => u.EmailAddresses.Any(e => string.Equals(e.EmailAddressValue, email, StringComparison.OrdinalIgnoreCase))))
            {
                throw ApiError.IdentifierExists("email_address", "email address");
            }
        }

        foreach (var phone in phones)
        {
            if (others.Any(u => u.PhoneNumbers.Any(p => p.PhoneNumberValue == phone)))
            {
                throw ApiError.IdentifierExists("phone_number", "phone number");
            }
        }

        if (username is not null && others.Any(u => string.Equals(u.Username, username, StringComparison.OrdinalIgnoreCase)))
        {
            throw ApiError.IdentifierExists("username", "username");
        }

        if (externalId is not null && others.Any(u => u.ExternalId == externalId))
        {
            throw ApiError.IdentifierExists("external_id", "external ID");
        }
    }

    public static void CheckEmail(string email)
    {
        if (!MailAddress.TryCreate(email, out var parsed) || parsed.Address != email || !email.Contains('.', StringComparison.Ordinal))
        {
            throw ApiError.FormatInvalid("email_address", "email_address must be a valid email address.");
        }
    }

    private static void CheckPhone(string phone)
    {
        if (phone.Length < 8 || phone[0] != '+' || phone.AsSpan(1).ContainsAnyExceptInRange('0', '9'))
        {
            throw ApiError.FormatInvalid("phone_number", "phone_number must be a valid phone number in E.164 format (+15555550100).");
        }
    }

    public static void CheckUsername(string username)
    {
        if (username.Length is < 4 or > 64 || username.Any(c => !(char.IsAsciiLetterOrDigit(c) || c is '_' or '-' or '.')))
        {
            throw ApiError.FormatInvalid("username",
                "username must be between 4 and 64 characters long, and contain only letters, digits, _, - and .");
        }
    }
}
