using System.Security.Cryptography;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.IdentityModel.Tokens;

namespace Clerk.LoadTest.Server;

/// <summary>
/// Case (d): ASP.NET Core's own JWT check of the same token with the same PEM key (CLERK_JWT_KEY): signature,
/// lifetime (with Clerk's 5 s clock skew), issuer (LoadTest:Issuer, the token's iss) and no audience, since Clerk
/// session tokens carry none. Everything else is JwtBearer's default, as an app would have it.
/// </summary>
internal static class JwtBearerCase
{
    public static void AddServices(WebApplicationBuilder builder)
    {
        var pem = builder.Configuration["CLERK_JWT_KEY"]
            ?? throw new InvalidOperationException("jwtbearer needs the PEM public key in CLERK_JWT_KEY.");
        var issuer = builder.Configuration["LoadTest:Issuer"]
            ?? throw new InvalidOperationException("jwtbearer needs the token's issuer in LoadTest:Issuer.");
        // Lives as long as the process: the signing key keeps using it.
        var rsa = RSA.Create();
        rsa.ImportFromPem(pem);

        builder.Services.AddAuthentication(JwtBearerDefaults.AuthenticationScheme).AddJwtBearer(options =>
        {
            options.TokenValidationParameters = new TokenValidationParameters
            {
                IssuerSigningKey = new RsaSecurityKey(rsa),
                ValidateIssuerSigningKey = true,
                ValidateLifetime = true,
                ClockSkew = TimeSpan.FromSeconds(5),
                ValidateIssuer = true,
                ValidIssuer = issuer,
                ValidateAudience = false,
            };
        });
        builder.Services.AddAuthorization();
    }
}
