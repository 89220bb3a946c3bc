using System.Collections.Generic;
using System.Linq;
using Clerk.Generators.Models;
using Microsoft.CodeAnalysis;

namespace Clerk.Generators.Parsing
{
    /// <summary>
    /// Finds the types a handler takes that <c>AddValidation()</c> would check, and the members it would check, as the
    /// SDK's validations generator finds them for a minimal API: a type with DataAnnotations on its properties (or on
    /// its constructor's parameters, for records), on itself, or implementing <c>IValidatableObject</c>, and every
    /// type reachable through its properties (and their elements) that is one too.
    /// </summary>
    internal static class ValidationReader
    {
        public static IEnumerable<ValidatedType> Read(IEnumerable<ITypeSymbol> roots, KnownTypes known)
        {
            var found = new Dictionary<ITypeSymbol, ValidatedType?>(SymbolEqualityComparer.Default);
            foreach (var root in roots)
            {
                Visit(root, known, found);
            }
            return found.Values.Where(type => type is not null).Select(type => type!);
        }

        /// <summary>Whether <paramref name="type"/> is validated, describing it (and what it reaches) in <paramref name="found"/>.</summary>
        private static bool Visit(ITypeSymbol type, KnownTypes known, Dictionary<ITypeSymbol, ValidatedType?> found)
        {
            var named = Unwrap(type);
            if (named is null)
            {
                return false;
            }
            if (found.TryGetValue(named, out var seen))
            {
                // A type still being visited (a cycle) counts as validated only once it is described.
                return seen is not null;
            }
            found[named] = null;

            var members = new List<ValidatedMember>();
            foreach (var property in Properties(named))
            {
                var attributes = property.GetAttributes().Concat(ConstructorParameterAttributes(named, property.Name));
                var validated = attributes.Any(attribute => IsValidationAttribute(attribute.AttributeClass, known));
                var reaches = Visit(property.Type, known, found)
                    || (Element(property.Type) is { } element && Visit(element, known, found));
                if (validated || reaches)
                {
                    members.Add(new ValidatedMember
                    {
                        Type = TypeNames.Of(property.Type.WithNullableAnnotation(NullableAnnotation.NotAnnotated)),
                        Name = property.Name,
                        DisplayName = DisplayName(property, known) ?? property.Name,
                    });
                }
            }
            var selfValidated = named.GetAttributes().Any(attribute => IsValidationAttribute(attribute.AttributeClass, known))
                || named.AllInterfaces.Any(i => KnownTypes.Is(i, known.ValidatableObject));
            if (members.Count == 0 && !selfValidated)
            {
                found.Remove(named);
                return false;
            }
            found[named] = new ValidatedType { Type = TypeNames.Of(named), Members = members.ToEquatableArray() };
            return true;
        }

        /// <summary>A user's class or struct (a <c>T?</c>'s T); null for framework, primitive and enum types.</summary>
        private static INamedTypeSymbol? Unwrap(ITypeSymbol type)
        {
            if (type is INamedTypeSymbol { OriginalDefinition.SpecialType: SpecialType.System_Nullable_T } wrapper)
            {
                type = wrapper.TypeArguments[0];
            }
            if (type is not INamedTypeSymbol named || named.SpecialType != SpecialType.None
                || named.TypeKind is not (TypeKind.Class or TypeKind.Struct) || named.IsAbstract)
            {
                return null;
            }
            var root = named.ContainingNamespace;
            while (root is { ContainingNamespace.IsGlobalNamespace: false })
            {
                root = root.ContainingNamespace;
            }
            return root?.Name is "System" or "Microsoft" ? null : (INamedTypeSymbol)named.WithNullableAnnotation(NullableAnnotation.NotAnnotated);
        }

        /// <summary>The element type of an array or <c>IEnumerable&lt;T&gt;</c> property (never of a string).</summary>
        private static ITypeSymbol? Element(ITypeSymbol type) => type switch
        {
            IArrayTypeSymbol array => array.ElementType,
            { SpecialType: SpecialType.System_String } => null,
            _ => type.AllInterfaces.Concat(type is INamedTypeSymbol self ? new[] { self } : new INamedTypeSymbol[0])
                .FirstOrDefault(i => i.OriginalDefinition.SpecialType == SpecialType.System_Collections_Generic_IEnumerable_T)
                ?.TypeArguments[0],
        };

        private static IEnumerable<IPropertySymbol> Properties(INamedTypeSymbol type) =>
            type.GetMembers().OfType<IPropertySymbol>().Where(property =>
                !property.IsStatic && !property.IsIndexer && property.DeclaredAccessibility == Accessibility.Public
                && property.GetMethod is not null);

        // A record's validation attributes are often on its primary constructor's parameters.
        private static IEnumerable<AttributeData> ConstructorParameterAttributes(INamedTypeSymbol type, string name) =>
            type.InstanceConstructors
                .Where(constructor => constructor.DeclaredAccessibility == Accessibility.Public)
                .Select(constructor => constructor.Parameters.FirstOrDefault(parameter =>
                    string.Equals(parameter.Name, name, System.StringComparison.OrdinalIgnoreCase)))
                .FirstOrDefault(parameter => parameter is not null)
                ?.GetAttributes() ?? Enumerable.Empty<AttributeData>();

        private static bool IsValidationAttribute(INamedTypeSymbol? type, KnownTypes known)
        {
            for (var current = type; current is not null; current = current.BaseType)
            {
                if (KnownTypes.Is(current, known.ValidationAttribute))
                {
                    return true;
                }
            }
            return false;
        }

        private static string? DisplayName(IPropertySymbol property, KnownTypes known) =>
            property.GetAttributes()
                .Where(attribute => KnownTypes.Is(attribute.AttributeClass, known.DisplayAttribute))
                .SelectMany(attribute => attribute.NamedArguments)
                .Where(argument => argument.Key == "Name")
                .Select(argument => argument.Value.Value as string)
                .FirstOrDefault();
    }
}
