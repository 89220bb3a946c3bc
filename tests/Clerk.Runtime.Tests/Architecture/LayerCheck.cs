using System.Reflection;
using NetArchTest.Rules;

namespace Clerk.Runtime.Tests.Architecture;

/// <summary>
/// Runs layering rules over an assembly's IL with NetArchTest: every type of a layer is checked for references to
/// the types of the layers it must not use. Answers the violations as "type → layer" lines, so a failure names both.
/// </summary>
internal static class LayerCheck
{
    public static IReadOnlyList<string> BackArrows(Assembly assembly, IReadOnlyList<Layer> bottomUp)
    {
        var violations = new List<string>();
        for (var i = 0; i < bottomUp.Count; i++)
        {
            foreach (var above in bottomUp.Skip(i + 1))
            {
                violations.AddRange(Uses(assembly, bottomUp[i], above));
            }
        }
        return violations;
    }

    public static IReadOnlyList<string> Uses(Assembly assembly, Layer from, Layer mustNotUse)
    {
        var forbidden = mustNotUse.TypeNames(assembly).ToArray();
        if (forbidden.Length == 0)
        {
            return [];
        }
        return TypesOf(assembly, from)
            .NotHaveDependencyOnAny(forbidden)
            .GetResult().FailingTypeNames?
            .Select(type => $"{type} ({from.Name}) uses {mustNotUse.Name}")
            .ToList() ?? [];
    }

    /// <summary>Types of <paramref name="from"/> that reference any of <paramref name="prefixes"/> (namespaces or types).</summary>
    public static IReadOnlyList<string> UsesExternal(Assembly assembly, Layer from, params string[] prefixes) =>
        TypesOf(assembly, from)
            .NotHaveDependencyOnAny(prefixes)
            .GetResult().FailingTypeNames?.ToList() ?? [];

    private static Conditions TypesOf(Assembly assembly, Layer layer) =>
        Types.InAssembly(assembly).That().ResideInNamespaceMatching(layer.NamespacePattern).Should();
}
