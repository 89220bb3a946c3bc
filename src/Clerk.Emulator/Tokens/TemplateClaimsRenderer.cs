using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Clerk.Emulator.Hosting;
using Clerk.Emulator.Models;

namespace Clerk.Emulator.Tokens;

/// <summary>
/// Fills a JWT template's claims: a string that is exactly one shortcode (<c>"{{user.public_metadata}}"</c>) becomes
/// the value with its JSON type, a shortcode inside other text is interpolated as text, and a path that leads nowhere
/// gives null. Paths walk the user and organization objects below, so <c>{{user.public_metadata.a.b}}</c> works.
/// </summary>
internal static partial class TemplateClaimsRenderer
{
    [GeneratedRegex(@"^\{\{\s*([A-Za-z0-9_.]+)\s*\}\}$")]
    private static partial Regex WholeShortcode();

    [GeneratedRegex(@"\{\{\s*([A-Za-z0-9_.]+)\s*\}\}")]
    private static partial Regex AnyShortcode();

    public static JsonObject Render(JsonObject claims, User user, Organization? organization, Membership? membership, RoleCatalog roles)
    {
        var context = Context(user, organization, membership, roles);
        return (JsonObject)RenderNode(claims, context)!;
    }

    private static JsonNode? RenderNode(JsonNode? node, JsonObject context) => node switch
    {
        JsonObject obj => new JsonObject(obj.Select(p => KeyValuePair.Create(p.Key, RenderNode(p.Value, context)))),
        JsonArray array => new JsonArray(array.Select(item => RenderNode(item, context)).ToArray()),
        JsonValue value when value.TryGetValue(out string? text) => RenderText(text, context),
        _ => node?.DeepClone(),
    };

    private static JsonNode? RenderText(string text, JsonObject context)
    {
        var whole = WholeShortcode().Match(text);
        if (whole.Success)
        {
            return Resolve(context, whole.Groups[1].Value)?.DeepClone();
        }

        return JsonValue.Create(AnyShortcode().Replace(text, match => Resolve(context, match.Groups[1].Value) switch
        {
            null => "",
            JsonValue value when value.TryGetValue(out string? s) => s,
            var other => other.ToJsonString(),
        }));
    }

    private static JsonNode? Resolve(JsonObject context, string path)
    {
        JsonNode? current = context;
        foreach (var segment in path.Split('.'))
        {
            current = current is JsonObject obj && obj.TryGetPropertyValue(segment, out var next) ? next : null;
            if (current is null)
            {
                return null;
            }
        }

        return current;
    }

    private static JsonObject Context(User user, Organization? organization, Membership? membership, RoleCatalog roles)
    {
        var email = user.EmailAddresses.FirstOrDefault(e => e.Id == user.PrimaryEmailAddressId);
        var phone = user.PhoneNumbers.FirstOrDefault(p => p.Id == user.PrimaryPhoneNumberId);
        var fullName = string.Join(' ', new[] { user.FirstName, user.LastName }.Where(n => !string.IsNullOrEmpty(n)));
        var context = new JsonObject
        {
            ["user"] = new JsonObject
            {
                ["id"] = user.Id,
                ["external_id"] = user.ExternalId,
                ["first_name"] = user.FirstName,
                ["last_name"] = user.LastName,
                ["full_name"] = fullName.Length > 0 ? fullName : null,
                ["username"] = user.Username,
                ["primary_email_address"] = email?.EmailAddressValue,
                ["email_verified"] = email is not null,
                ["primary_phone_number"] = phone?.PhoneNumberValue,
                ["phone_number_verified"] = phone is not null,
                ["image_url"] = user.ImageUrl,
                ["has_image"] = user.HasImage,
                ["two_factor_enabled"] = user.TwoFactorEnabled,
                ["created_at"] = user.CreatedAt / 1000,
                ["updated_at"] = user.UpdatedAt / 1000,
                ["public_metadata"] = user.PublicMetadata.DeepClone(),
                ["unsafe_metadata"] = user.UnsafeMetadata.DeepClone(),
            },
        };
        if (organization is not null && membership is not null)
        {
            context["org"] = new JsonObject
            {
                ["id"] = organization.Id,
                ["name"] = organization.Name,
                ["slug"] = organization.Slug,
                ["image_url"] = organization.ImageUrl,
                ["role"] = membership.Role,
                ["membership_permissions"] = new JsonArray(roles.Find(membership.Role).Permissions
                    .Where(p => !p.StartsWith("org:sys_", StringComparison.Ordinal))
                    .Select(p => (JsonNode?)JsonValue.Create(p)).ToArray()),
                ["public_metadata"] = organization.PublicMetadata.DeepClone(),
            };
        }

        return context;
    }
}
