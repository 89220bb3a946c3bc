using System.Reflection;
using System.Text.RegularExpressions;

namespace Clerk.Runtime.Tests.Architecture;

/// <summary>
/// One layer of the runtime: the types of an assembly that sit in its namespaces. A namespace listed with
/// <see cref="Exact"/> holds only its own types, not those of the namespaces below it (the root <c>Clerk</c>
/// namespace is the Auth layer, while <c>Clerk.Verification</c> is a layer of its own).
/// </summary>
internal sealed record Layer(string Name, IReadOnlyList<string> Namespaces, bool Exact = false)
{
    public bool Contains(Type type) => type.Namespace is { } ns && Regex.IsMatch(ns, NamespacePattern);

    /// <summary>The layer's namespaces as one regular expression: what <see cref="Contains"/> and NetArchTest's type selection both match.</summary>
    public string NamespacePattern =>
        "^(" + string.Join('|', Namespaces.Select(Regex.Escape)) + ")" + (Exact ? "$" : @"(\..+)?$");

    /// <summary>The full names of the layer's types in <paramref name="assembly"/>, as dependency checks name them.</summary>
    public IReadOnlyList<string> TypeNames(Assembly assembly) =>
        assembly.GetTypes().Where(type => type.DeclaringType is null && Contains(type)).Select(type => type.FullName!).ToList();
}
