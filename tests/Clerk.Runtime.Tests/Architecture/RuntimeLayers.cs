namespace Clerk.Runtime.Tests.Architecture;

/// <summary>
/// The layers of Clerk.Runtime, bottom first: each may use only the layers before it. The list is built from a root
/// namespace so the same rules can be run against a fixture with a deliberate back-arrow.
/// </summary>
internal static class RuntimeLayers
{
    public static IReadOnlyList<Layer> BottomUp(string root, params string[] hostingExtensionNamespaces) =>
    [
        // The Meter and ActivitySource every layer reports to: BCL only.
        new("Diagnostics", [root + ".Diagnostics"]),
        // Token verification: JWS parsing, signing keys, claims. No ASP.NET, no Backend API client.
        new("Verification", [root + ".Verification"]),
        new("Authorization", [root + ".Authorization"]),
        // The Refit client over Clerk's Backend API, with its own settings.
        new("BackendApi", [root + ".BackendApi"]),
        // Auth, [Protected], TokenTypes: what a handler reasons about. The root namespace, exactly.
        new("Auth", [root], Exact: true),
        // Clerk's data through its caches (FusionCache, shared when the app has a distributed cache): users,
        // template and machine tokens, the fleet's 429 pause.
        new("Caching", [root + ".Caching"]),
        // The one surface generated code calls: binding, the guard, results.
        new("Endpoints", [root + ".Endpoints"]),
        // Wiring: options, middleware, AddClerk()/UseClerk() (whose classes live in Microsoft.* namespaces so users
        // find them without a using).
        new("Hosting", [root + ".Hosting", .. hostingExtensionNamespaces]),
    ];

    /// <summary>Inside Verification: the JWS layer knows nothing of keys or claims, and keys and claims not of each other.</summary>
    public static IReadOnlyList<(Layer From, Layer MustNotUse)> VerificationRules(string root)
    {
        var jws = new Layer("Verification.Jws", [root + ".Verification.Jws"]);
        var keys = new Layer("Verification.Keys", [root + ".Verification.Keys"]);
        var claims = new Layer("Verification.Claims", [root + ".Verification.Claims"]);
        return [(jws, keys), (jws, claims), (keys, claims), (claims, keys)];
    }
}
