using Microsoft.CodeAnalysis;

namespace Clerk.Generators.Parsing
{
    /// <summary>A top-level type named by its full metadata name (<c>System.Threading.Tasks.Task`1</c>).</summary>
    internal sealed class KnownType
    {
        private readonly string metadataName;
        private readonly string[] namespaces;

        public KnownType(string fullMetadataName)
        {
            var dot = fullMetadataName.LastIndexOf('.');
            metadataName = fullMetadataName.Substring(dot + 1);
            namespaces = dot < 0 ? new string[0] : fullMetadataName.Substring(0, dot).Split('.');
        }

        /// <summary>Whether <paramref name="type"/> (a definition, not a constructed generic) is this type.</summary>
        public bool Matches(ITypeSymbol? type)
        {
            if (type is not INamedTypeSymbol named || named.ContainingType is not null || named.MetadataName != metadataName)
            {
                return false;
            }
            var containing = named.ContainingNamespace;
            for (var index = namespaces.Length - 1; index >= 0; index--)
            {
                if (containing is null || containing.IsGlobalNamespace || containing.Name != namespaces[index])
                {
                    return false;
                }
                containing = containing.ContainingNamespace;
            }
            return containing is { IsGlobalNamespace: true };
        }
    }
}
