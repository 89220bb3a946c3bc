using System.Security.Cryptography;
using System.Text;
using Clerk.Emulator.Hosting;

namespace Clerk.Emulator.Api;

/// <summary>Every <c>/v1</c> request carries <c>Authorization: Bearer &lt;secret key&gt;</c>, or gets Clerk's 401.</summary>
internal sealed class SecretKeyMiddleware(RequestDelegate next, EmulatedInstance instance)
{
    private readonly byte[] expected = Encoding.UTF8.GetBytes(instance.Settings.SecretKey);

    public Task InvokeAsync(HttpContext context)
    {
        var header = context.Request.Headers.Authorization.ToString();
        const string Bearer = "Bearer ";
        var offered = header.StartsWith(Bearer, StringComparison.OrdinalIgnoreCase) ? header[Bearer.Length..].Trim() : "";
        if (!CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(offered), expected))
        {
            throw ApiError.Unauthenticated();
        }

        return next(context);
    }
}
