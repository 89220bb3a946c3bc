using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;

namespace Clerk.Generators.Analyzers
{
    /// <summary>
    /// Finds a Backend User inside a type the way System.Text.Json would reach it when writing a response: the type
    /// itself, an array element, a generic argument of a framework type (Task&lt;User&gt;, List&lt;User&gt;,
    /// Ok&lt;User&gt;), a tuple element, an anonymous member, or a public property of the app's own types.
    /// </summary>
    internal sealed class UserTypeSearch
    {
        // Deep enough for envelopes like Page<Team>.Items[].Owner; shallow enough to stay cheap on large models.
        private const int MaxDepth = 6;

        // JsonIgnoreCondition.Always, the attribute's default: such a property is never written.
        private const int IgnoreAlways = 1;

        private readonly INamedTypeSymbol user;
        private readonly INamedTypeSymbol? enumerable;
        private readonly INamedTypeSymbol? asyncEnumerable;
        private readonly INamedTypeSymbol? jsonIgnore;

        public UserTypeSearch(Compilation compilation, INamedTypeSymbol user)
        {
            this.user = user;
            enumerable = compilation.GetSpecialType(SpecialType.System_Collections_Generic_IEnumerable_T);
            asyncEnumerable = compilation.GetTypeByMetadataName("System.Collections.Generic.IAsyncEnumerable`1");
            jsonIgnore = compilation.GetTypeByMetadataName("System.Text.Json.Serialization.JsonIgnoreAttribute");
        }

        public bool IsUser(ITypeSymbol? type) => type is not null && SymbolEqualityComparer.Default.Equals(type.OriginalDefinition, user);

        /// <summary>
        /// The member path from <paramref name="type"/> to the User ("" when no member is crossed, e.g. the type is a
        /// User or a List&lt;User&gt;), or null when the type cannot hold one.
        /// </summary>
        public string? PathToUser(ITypeSymbol? type) =>
            PathToUser(type, 0, new HashSet<ITypeSymbol>(SymbolEqualityComparer.Default));

        private string? PathToUser(ITypeSymbol? type, int depth, HashSet<ITypeSymbol> visited)
        {
            if (type is null || depth > MaxDepth)
            {
                return null;
            }
            if (IsUser(type))
            {
                return "";
            }
            if (!visited.Add(type))
            {
                return null;
            }
            switch (type)
            {
                case IArrayTypeSymbol array:
                    return PathToUser(array.ElementType, depth + 1, visited);
                case INamedTypeSymbol { IsTupleType: true } tuple:
                    return First(tuple.TupleElements.Select(element => (element.Name, (ITypeSymbol)element.Type)), depth, visited);
                case INamedTypeSymbol { IsAnonymousType: true } anonymous:
                    return First(anonymous.GetMembers().OfType<IPropertySymbol>().Select(p => (p.Name, p.Type)), depth, visited);
                case INamedTypeSymbol named when IsFramework(named):
                    // The framework's containers expose their contents through type arguments; their other
                    // properties (Count, Capacity, StatusCode, ...) never hold app data.
                    return First(named.TypeArguments.Select(argument => ("", argument)), depth, visited);
                case INamedTypeSymbol named:
                    return First(SerializedProperties(named), depth, visited)
                        ?? First(Elements(named).Select(element => ("", element)), depth, visited);
                default:
                    return null;
            }
        }

        private string? First(IEnumerable<(string Name, ITypeSymbol Type)> members, int depth, HashSet<ITypeSymbol> visited)
        {
            foreach (var (name, memberType) in members)
            {
                var path = PathToUser(memberType, depth + 1, visited);
                if (path is not null)
                {
                    return name.Length == 0 ? path : path.Length == 0 ? name : name + "." + path;
                }
            }
            return null;
        }

        /// <summary>The public readable instance properties, inherited ones included, that the serializer writes.</summary>
        private IEnumerable<(string, ITypeSymbol)> SerializedProperties(INamedTypeSymbol type)
        {
            for (var current = type; current is not null && !IsFramework(current); current = current.BaseType)
            {
                foreach (var property in current.GetMembers().OfType<IPropertySymbol>())
                {
                    if (!property.IsStatic && !property.IsIndexer && property.DeclaredAccessibility == Accessibility.Public
                        && property.GetMethod is { DeclaredAccessibility: Accessibility.Public } && !IsIgnored(property))
                    {
                        yield return (property.Name, property.Type);
                    }
                }
            }
        }

        /// <summary>What an app collection type enumerates: the serializer writes it as a JSON array of those.</summary>
        private IEnumerable<ITypeSymbol> Elements(INamedTypeSymbol type) => type.AllInterfaces
            .Where(i => Is(i, enumerable) || Is(i, asyncEnumerable))
            .Select(i => i.TypeArguments[0]);

        private bool IsIgnored(IPropertySymbol property) => property.GetAttributes().Any(attribute =>
            Is(attribute.AttributeClass, jsonIgnore)
            && attribute.NamedArguments.All(argument => argument.Key != "Condition" || argument.Value.Value is IgnoreAlways));

        private static bool Is(ITypeSymbol? type, INamedTypeSymbol? known) =>
            known is not null && SymbolEqualityComparer.Default.Equals(type?.OriginalDefinition, known);

        private static bool IsFramework(INamedTypeSymbol type)
        {
            var root = type.ContainingNamespace;
            while (root is { ContainingNamespace.IsGlobalNamespace: false })
            {
                root = root.ContainingNamespace;
            }
            return root?.Name is "System" or "Microsoft";
        }
    }
}
