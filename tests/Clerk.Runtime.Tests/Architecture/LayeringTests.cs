using System.Reflection;

namespace Clerk.Runtime.Tests.Architecture;

/// <summary>
/// Clerk.Runtime's layers depend one way: Verification → Authorization → BackendApi → Auth → Endpoints → Hosting,
/// each using only those before it. Checked on the compiled IL, and shown to catch a back-arrow on a fixture.
/// </summary>
public sealed class LayeringTests
{
    private static readonly Assembly Runtime = typeof(Auth).Assembly;

    // AddClerk() and UseClerk() are declared where users look for them, in Microsoft's extension namespaces.
    private static readonly IReadOnlyList<Layer> Layers = RuntimeLayers.BottomUp(
        "Clerk", "Microsoft.Extensions.DependencyInjection", "Microsoft.AspNetCore.Builder");

    [Fact]
    public void No_layer_uses_a_layer_above_it() =>
        Assert.Empty(LayerCheck.BackArrows(Runtime, Layers));

    [Fact]
    public void Inside_verification_jws_keys_and_claims_keep_apart() =>
        Assert.Empty(RuntimeLayers.VerificationRules("Clerk").SelectMany(rule => LayerCheck.Uses(Runtime, rule.From, rule.MustNotUse)));

    [Fact]
    public void Verification_uses_no_aspnet_and_no_http_client_library() =>
        Assert.Empty(LayerCheck.UsesExternal(Runtime, Layers[0],
            "Microsoft.AspNetCore", "Microsoft.Extensions.DependencyInjection", "Microsoft.Extensions.Options", "Refit", "Polly"));

    [Fact]
    public void Every_runtime_type_belongs_to_a_layer()
    {
        var outside = Runtime.GetTypes()
            .Where(type => type.DeclaringType is null && !IsToolGenerated(type) && !Layers.Any(layer => layer.Contains(type)))
            .Select(type => type.FullName)
            .ToList();
        Assert.Empty(outside);
    }

    [Fact]
    public void A_back_arrow_is_reported_with_the_type_and_both_layers()
    {
        var violations = LayerCheck.BackArrows(typeof(LayeringFixture.Session).Assembly, RuntimeLayers.BottomUp("LayeringFixture"));
        Assert.Equal(["LayeringFixture.Verification.Keys.KeyCache (Verification) uses Hosting"], violations);
    }

    [Fact]
    public void A_sideways_arrow_inside_verification_is_reported()
    {
        var assembly = typeof(LayeringFixture.Session).Assembly;
        var violations = RuntimeLayers.VerificationRules("LayeringFixture").SelectMany(rule => LayerCheck.Uses(assembly, rule.From, rule.MustNotUse));
        Assert.Equal(["LayeringFixture.Verification.Jws.Header (Verification.Jws) uses Verification.Keys"], violations);
    }

    /// <summary>
    /// Compiler and source-generator output outside any namespace we write: Refit's generated clients
    /// (<c>Refit.Implementation</c>, <c>RefitInternalGenerated</c>), <c>&lt;PrivateImplementationDetails&gt;</c>.
    /// </summary>
    private static bool IsToolGenerated(Type type) =>
        type.Namespace is null || type.Name.StartsWith('<')
        || type.Namespace.StartsWith("Refit", StringComparison.Ordinal)
        || type.Namespace.StartsWith("System.", StringComparison.Ordinal);
}
