using System.Collections.Generic;
using System.Linq;
using Clerk.Generators.Models;
using Microsoft.CodeAnalysis;

namespace Clerk.Generators.Parsing
{
    /// <summary>
    /// Reads a handler's attributes as data. Routing adds the handler method's own attributes to its endpoint, as for
    /// any minimal API; those of the route class (and its containing types) are ours to add, rebuilt from this data.
    /// </summary>
    internal static class AttributeReader
    {
        /// <summary>The attributes of the handler's types, outermost first, except [Protected].</summary>
        public static IEnumerable<AttributeInfo> TypeMetadata(IMethodSymbol handler, KnownTypes known) =>
            ContainingTypes(handler)
                .SelectMany(symbol => symbol.GetAttributes())
                .Where(attribute => !KnownTypes.Is(attribute.AttributeClass, known.Protected))
                .Select(Read)
                .Where(attribute => attribute is not null)
                .Select(attribute => attribute!);

        /// <summary>Whether the handler or one of its types has an attribute that gives OpenAPI tags.</summary>
        public static bool HasTags(IMethodSymbol handler, KnownTypes known) =>
            Declarations(handler)
                .SelectMany(symbol => symbol.GetAttributes())
                .Any(attribute => attribute.AttributeClass is { } type && KnownTypes.Implements(type, known.TagsMetadata));

        /// <summary>
        /// The effective [Protected] of a handler: class-level settings, refined by the method's. Null when neither the
        /// handler nor its types are protected.
        /// </summary>
        public static ProtectionInfo? Protection(IMethodSymbol handler, KnownTypes known)
        {
            var settings = new List<NamedConstant>();
            var found = false;
            foreach (var attribute in Declarations(handler).SelectMany(symbol => symbol.GetAttributes()))
            {
                if (!KnownTypes.Is(attribute.AttributeClass, known.Protected))
                {
                    continue;
                }
                found = true;
                foreach (var named in NamedArguments(attribute))
                {
                    settings.RemoveAll(setting => setting.Name == named.Name);
                    settings.Add(named);
                }
            }
            return found ? new ProtectionInfo { Settings = settings.ToEquatableArray() } : null;
        }

        /// <summary>The handler's types, then the handler: where its attributes may be declared.</summary>
        private static IEnumerable<ISymbol> Declarations(IMethodSymbol handler) =>
            ContainingTypes(handler).Concat(new ISymbol[] { handler });

        /// <summary>The types the handler is declared in, outermost first.</summary>
        private static IEnumerable<ISymbol> ContainingTypes(IMethodSymbol handler)
        {
            var types = new Stack<ISymbol>();
            for (var type = handler.ContainingType; type is not null; type = type.ContainingType)
            {
                types.Push(type);
            }
            return types;
        }

        private static AttributeInfo? Read(AttributeData attribute)
        {
            var type = attribute.AttributeClass;
            if (type is null || type.TypeKind == TypeKind.Error || !HandlerChecks.IsReachable(type))
            {
                return null;
            }
            return new AttributeInfo
            {
                Type = TypeNames.Of(type),
                Arguments = attribute.ConstructorArguments.Select(ConstantReader.Read).ToEquatableArray(),
                NamedArguments = NamedArguments(attribute).ToEquatableArray(),
            };
        }

        private static IEnumerable<NamedConstant> NamedArguments(AttributeData attribute) =>
            attribute.NamedArguments.Select(argument => new NamedConstant { Name = argument.Key, Value = ConstantReader.Read(argument.Value) });
    }
}
