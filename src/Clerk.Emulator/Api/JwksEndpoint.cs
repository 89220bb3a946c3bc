using Clerk.Emulator.Hosting;
using Clerk.Emulator.Json;

namespace Clerk.Emulator.Api;

/// <summary><c>GET /v1/jwks</c>: the current signing key and the retired ones still within their grace period.</summary>
internal static class JwksEndpoint
{
    public static void Map(IEndpointRouteBuilder v1) =>
        v1.MapGet("/jwks", (EmulatedInstance instance) => JsonResults.Ok(instance.Keys.Jwks(), EmulatorJsonContext.Default.Jwks));
}
