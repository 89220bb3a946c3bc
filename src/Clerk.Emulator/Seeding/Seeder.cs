using System.Text.Json;
using Clerk.Emulator.Hosting;
using Clerk.Emulator.Json;
using Clerk.Emulator.Models;
using Clerk.Emulator.Operations;
using Clerk.Emulator.Storage;

namespace Clerk.Emulator.Seeding;

/// <summary>Creates what a seed describes, skipping what a persisted database already holds.</summary>
internal static class Seeder
{
    /// <summary>Reads the seed file at <paramref name="path"/>; any problem is a <see cref="SeedFileException"/> naming it.</summary>
    public static async Task<SeedFile> ReadAsync(string path, CancellationToken cancellationToken)
    {
        try
        {
            await using var stream = File.OpenRead(path);
            return await JsonSerializer.DeserializeAsync(stream, EmulatorJsonContext.Default.SeedFile, cancellationToken)
                ?? throw new SeedFileException(path, "is null; write an object such as {\"users\": [...]}.");
        }
        catch (Exception e) when (e is FileNotFoundException or DirectoryNotFoundException)
        {
            throw new SeedFileException(path, "does not exist.", e);
        }
        catch (Exception e) when (e is UnauthorizedAccessException or IOException)
        {
            throw new SeedFileException(path, $"cannot be read: {e.Message}", e);
        }
        catch (JsonException e)
        {
            throw new SeedFileException(path, $"is not a valid seed file: {e.Message}", e);
        }
    }

    /// <summary>Defines the seed's roles and creates its resources in one unit of work.</summary>
    public static Task ApplyAsync(EmulatedInstance instance, SeedFile seed, CancellationToken cancellationToken)
    {
        foreach (var url in seed.WebhookUrls)
        {
            if (!Uri.TryCreate(url, UriKind.Absolute, out var parsed) || parsed.Scheme is not ("http" or "https"))
            {
                throw new InvalidDataException($"webhook_urls holds \"{url}\", which is not an absolute http(s) URL.");
            }
            instance.Webhooks.AddEndpoint(url);
        }

        foreach (var role in seed.Roles)
        {
            instance.Roles.Define(new Role(role.Key, role.Name ?? instance.Roles.Find(role.Key).Name, role.Permissions ?? []));
        }

        var now = instance.NowMs();
        return instance.Database.RunAsync(store =>
        {
            foreach (var user in seed.Users)
            {
                var existing = FindSeeded(store, user);
                if (existing is null)
                {
                    existing = UserOperations.Create(store, new NewUser
                    {
                        EmailAddresses = user.EmailAddress is { } email ? [email] : [],
                        PhoneNumbers = user.PhoneNumber is { } phone ? [phone] : [],
                        Username = user.Username,
                        ExternalId = user.ExternalId,
                        FirstName = user.FirstName,
                        LastName = user.LastName,
                        Password = user.Password,
                        SkipPasswordChecks = true,
                        PublicMetadata = user.PublicMetadata,
                        PrivateMetadata = user.PrivateMetadata,
                        UnsafeMetadata = user.UnsafeMetadata,
                    }, now);
                }

                if (user.Plan is { } userPlan && store.Get(Tables.Subscriptions, existing.Id) is null)
                {
                    store.Put(Tables.Subscriptions, new Subscription { PayerId = existing.Id, Plan = userPlan, Features = user.Features ?? [] });
                }
            }

            foreach (var seeded in seed.Organizations)
            {
                var organization = (seeded.Slug is { } slug ? store.ByOwner(Tables.Organizations, slug).FirstOrDefault() : null)
                    ?? store.All(Tables.Organizations).FirstOrDefault(o => seeded.Slug is null && o.Name == seeded.Name)
                    ?? OrganizationOperations.Create(store, instance.Roles, seeded.Name, seeded.Slug, createdBy: null, now,
                        seeded.PublicMetadata, seeded.PrivateMetadata);
                if (seeded.Plan is { } orgPlan && store.Get(Tables.Subscriptions, organization.Id) is null)
                {
                    store.Put(Tables.Subscriptions, new Subscription { PayerId = organization.Id, Plan = orgPlan, Features = seeded.Features ?? [] });
                }

                foreach (var member in seeded.Members)
                {
                    var user = FindUser(store, member.User)
                        ?? throw new InvalidDataException($"the member {member.User} of {seeded.Name} is not one of its users.");
                    if (OrganizationOperations.FindMembership(store, organization.Id, user.Id) is null)
                    {
                        OrganizationOperations.AddMember(store, instance.Roles, organization.Id, user.Id, member.Role, now);
                    }
                }
            }

            foreach (var template in seed.JwtTemplates)
            {
                if (store.ByOwner(Tables.JwtTemplates, template.Name).Count == 0)
                {
                    var custom = template.SigningKey is not null;
                    store.Put(Tables.JwtTemplates, new JwtTemplate
                    {
                        Id = Ids.New("jtmp"),
                        Name = template.Name,
                        Claims = template.Claims,
                        Lifetime = template.Lifetime ?? 60,
                        AllowedClockSkew = template.AllowedClockSkew ?? 5,
                        CustomSigningKey = custom,
                        SigningAlgorithm = custom ? template.SigningAlgorithm ?? "HS256" : "RS256",
                        SigningKey = template.SigningKey,
                        CreatedAt = now,
                        UpdatedAt = now,
                    });
                }
            }
        }, cancellationToken);
    }

    /// <summary>
    /// Gives each seeded user that still exists the first and last name the seed gave it. Only the names: ids,
    /// sessions and memberships stay, so whoever is signed in stays signed in.
    /// </summary>
    public static Task RestoreNamesAsync(EmulatedInstance instance, SeedFile seed, CancellationToken cancellationToken)
    {
        var now = instance.NowMs();
        return instance.Database.RunAsync(store =>
        {
            foreach (var seeded in seed.Users)
            {
                if (FindSeeded(store, seeded) is { } user)
                {
                    store.Put(Tables.Users, user with { FirstName = seeded.FirstName, LastName = seeded.LastName, UpdatedAt = now });
                }
            }
        }, cancellationToken);
    }

    /// <summary>The user a seed entry made: found by the same identifiers that stop the seed creating it twice.</summary>
    private static User? FindSeeded(StoreSession store, SeedUser user) =>
        FindUser(store, user.EmailAddress) ?? FindUser(store, user.Username) ?? FindUser(store, user.ExternalId);

    /// <summary>The user whose email address, username or external id is <paramref name="identifier"/>.</summary>
    public static User? FindUser(StoreSession store, string? identifier) => identifier is null ? null : store.All(Tables.Users)
        .FirstOrDefault(u => u.EmailAddresses.Any(e => string.Equals(e.EmailAddressValue, identifier, StringComparison.OrdinalIgnoreCase))
            || string.Equals(u.Username, identifier, StringComparison.OrdinalIgnoreCase)
            || u.ExternalId == identifier);

    /// <summary>The development default: an admin and a member of one organization, and a user in none.</summary>
    public static SeedFile DevelopmentDefault() => new()
    {
        Users =
        [
            new() { EmailAddress = "alice@example.com", FirstName = "Alice", LastName = "Admin", Username = "alice_admin" },
            new() { EmailAddress = "bob@example.com", FirstName = "Bob", LastName = "Member", Username = "bob_member" },
            new() { EmailAddress = "carol@example.com", FirstName = "Carol", LastName = "Solo", Username = "carol_solo" },
        ],
        Organizations =
        [
            new()
            {
                Name = "Acme Inc",
                Slug = "acme",
                Members = [new("alice@example.com", "org:admin"), new("bob@example.com", "org:member")],
            },
        ],
    };

}
