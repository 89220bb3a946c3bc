using Clerk.Verification.Keys;
using Refit;

namespace Clerk.BackendApi;

/// <summary>The instance's public signing keys (<c>/v1/jwks</c>).</summary>
public interface IJwksApi
{
    /// <summary>Gets the JSON Web Key Set that session tokens are signed with (<c>GET /jwks</c>).</summary>
    [Get("/jwks")]
    Task<JsonWebKeySet> GetJwksAsync(CancellationToken cancellationToken = default);
}
