using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;
using Clerk.Emulator.Api;
using Clerk.Emulator.Hosting;
using Clerk.Emulator.Models;
using Clerk.Emulator.Storage;

namespace Clerk.Emulator.Tokens;

/// <summary>
/// Mints a JWT from a template for a session: the rendered claims plus <c>azp exp iat iss jti nbf sub</c>. Signed
/// with the template's own key when it has one (HMAC for HS*, a PEM private key for RS*), else with the instance key;
/// <c>cat</c> marks it a template token so it is never accepted as a session token.
/// </summary>
internal static class TemplateTokenIssuer
{
    private const string TemplateCategory = "cl_B7d4PD222AAA";

    /// <summary>Claims Clerk sets itself; a template may not define them.</summary>
    public static readonly IReadOnlyList<string> ReservedClaims = ["azp", "exp", "iat", "iss", "jti", "nbf", "sub"];

    public static async Task<string> IssueAsync(
        EmulatedInstance instance, string sessionId, string templateName, long? expiresInSeconds, CancellationToken cancellationToken)
    {
        var now = instance.NowMs();
        var (context, template) = await instance.Database.RunAsync(store =>
        {
            var context = SessionTokenIssuer.Load(store, sessionId, now);
            var template = store.ByOwner(Tables.JwtTemplates, templateName).FirstOrDefault()
                ?? throw ApiError.NotFound("JWT template");
            return (context, template);
        }, cancellationToken);

        var claims = TemplateClaimsRenderer.Render(template.Claims, context.User, context.Organization, context.Membership, instance.Roles);
        var iat = now / 1000;
        if (instance.Options.AuthorizedParty is { } azp)
        {
            claims["azp"] = azp;
        }

        claims["exp"] = iat + (expiresInSeconds ?? template.Lifetime);
        claims["iat"] = iat;
        claims["iss"] = instance.Issuer;
        claims["jti"] = Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(10));
        claims["nbf"] = iat - template.AllowedClockSkew;
        claims["sub"] = context.User.Id;
        return Sign(instance, template, claims);
    }

    private static string Sign(EmulatedInstance instance, JwtTemplate template, JsonObject claims)
    {
        if (template is { CustomSigningKey: true, SigningKey: { } signingKey })
        {
            var header = new JsonObject { ["alg"] = template.SigningAlgorithm, ["cat"] = TemplateCategory, ["typ"] = "JWT" };
            if (template.SigningAlgorithm.StartsWith("HS", StringComparison.Ordinal))
            {
                return JwtWriter.SignHmac(header, claims, template.SigningAlgorithm, Encoding.UTF8.GetBytes(signingKey));
            }

            using var rsa = RSA.Create();
            rsa.ImportFromPem(signingKey);
            return JwtWriter.SignRs256(header, claims, rsa);
        }

        var (kid, key) = instance.Keys.Current;
        return JwtWriter.SignRs256(new JsonObject { ["alg"] = "RS256", ["cat"] = TemplateCategory, ["kid"] = kid, ["typ"] = "JWT" }, claims, key);
    }
}
