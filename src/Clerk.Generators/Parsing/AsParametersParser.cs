using System;
using System.Collections.Generic;
using System.Linq;
using Clerk.Generators.Models;
using Microsoft.CodeAnalysis;

namespace Clerk.Generators.Parsing
{
    /// <summary>
    /// Reads an <c>[AsParameters]</c> parameter as minimal APIs do: through its one public parameterized constructor,
    /// whose parameters each match a public property (a record's primary constructor), or else through a public
    /// parameterless one and every property with a public setter; each is then bound as a handler parameter would be.
    /// </summary>
    /// <remarks>
    /// A complex <c>[FromForm]</c> type is read the same way (<paramref name="fromForm"/>), each member a form field
    /// of its name, as minimal APIs' form mapper reads it: a constructor's parameters must all be in the form, a
    /// settable property keeps its default when it is not.
    /// </remarks>
    internal static class AsParametersParser
    {
        public static (ParameterInfo? Parameter, string? Unsupported) Parse(
            BindingTarget parameter, KnownTypes known, bool fromForm = false)
        {
            var type = parameter.Type;
            var bare = type is INamedTypeSymbol { OriginalDefinition.SpecialType: SpecialType.System_Nullable_T } wrapper
                ? wrapper.TypeArguments[0]
                : type.WithNullableAnnotation(NullableAnnotation.NotAnnotated);
            var name = bare.ToDisplayString(SymbolDisplayFormat.MinimallyQualifiedFormat);
            if (type is INamedTypeSymbol { OriginalDefinition.SpecialType: SpecialType.System_Nullable_T }
                || (type.IsReferenceType && type.NullableAnnotation == NullableAnnotation.Annotated))
            {
                return (null, $"The nullable type '{name}' is not supported, mark the parameter as non-nullable");
            }
            if (type is not INamedTypeSymbol named || type.IsAbstract || named.TypeKind is not (TypeKind.Class or TypeKind.Struct))
            {
                return (null, $"{(fromForm ? "[FromForm]" : "[AsParameters]")} needs a class or struct with a public constructor; '{name}' is not one");
            }

            var (constructor, unsupported) = Constructor(named, name);
            if (unsupported is not null)
            {
                return (null, unsupported);
            }
            var properties = AllProperties(named).ToList();
            var targets = new List<(BindingTarget Target, bool IsArgument)>();
            if (constructor is { Parameters.Length: > 0 })
            {
                foreach (var argument in constructor.Parameters)
                {
                    var property = properties.FirstOrDefault(candidate =>
                        string.Equals(candidate.Name, argument.Name, StringComparison.OrdinalIgnoreCase)
                        && SymbolEqualityComparer.Default.Equals(candidate.Type.WithNullableAnnotation(NullableAnnotation.NotAnnotated),
                            argument.Type.WithNullableAnnotation(NullableAnnotation.NotAnnotated)));
                    if (property is null)
                    {
                        return (null, $"The public parameterized constructor must contain only parameters that match the declared public properties for type '{name}'");
                    }
                    targets.Add((BindingTarget.Of(property, argument, parameter.Location), true));
                }
            }
            else
            {
                targets.AddRange(properties
                    .Where(property => property.SetMethod is { DeclaredAccessibility: Accessibility.Public })
                    .Select(property => (BindingTarget.Of(property, null, parameter.Location), false)));
            }

            var members = new List<ParameterInfo>();
            foreach (var (target, isArgument) in targets)
            {
                if (ParameterParser.IsUnresolved(target.Type))
                {
                    return (null, $"the type of '{name}.{target.Name}' did not resolve");
                }
                var (member, reason) = ParameterParser.Parse(target, known, isMember: true);
                if (member is null)
                {
                    return (null, $"'{name}.{target.Name}': {reason}");
                }
                if (fromForm)
                {
                    if (member.Source != ParameterSource.Inferred
                        || member.Shape is not (ValueShape.Simple or ValueShape.SimpleArray or ValueShape.StringArray))
                    {
                        return (null, $"'{name}.{target.Name}': a member of a [FromForm] type must be a string, an "
                            + "IParsable<T> type, an enum or an array of them, with no attribute saying where it comes from");
                    }
                    member = member with
                    {
                        Source = ParameterSource.Form, Form = FormPart.Value, Key = target.Name, IsOptional = !isArgument,
                        DefaultValue = null,
                    };
                }
                members.Add(member with { IsConstructorArgument = isArgument });
            }

            return (new ParameterInfo
            {
                Name = parameter.Name,
                Type = TypeNames.Of(type),
                Display = $"{name} {parameter.Name}",
                Source = fromForm ? ParameterSource.Form : ParameterSource.AsParameters,
                Form = fromForm ? FormPart.Object : FormPart.None,
                Key = parameter.Name,
                Shape = ValueShape.Complex,
                ValueType = TypeNames.Of(type),
                IsValueType = type.IsValueType,
                Members = members.ToEquatableArray(),
                Location = parameter.Location,
            }, null);
        }

        /// <summary>The constructor minimal APIs call (null for a struct's default one), or why there is none.</summary>
        private static (IMethodSymbol? Constructor, string? Unsupported) Constructor(INamedTypeSymbol type, string name)
        {
            // As reflection lists them: a struct's implicit parameterless constructor is not one.
            var constructors = type.InstanceConstructors
                .Where(constructor => constructor.DeclaredAccessibility == Accessibility.Public
                    && !(type.IsValueType && constructor.IsImplicitlyDeclared))
                .ToList();
            if (constructors.Count == 1)
            {
                return (constructors[0], null);
            }
            var parameterless = constructors.FirstOrDefault(constructor => constructor.Parameters.Length == 0);
            if (parameterless is not null || (constructors.Count == 0 && type.IsValueType))
            {
                return (parameterless, null);
            }
            return (null, constructors.Count == 0
                ? $"No public parameterless constructor found for type '{name}'"
                : $"Only a single public parameterized constructor is allowed for type '{name}'");
        }

        /// <summary>Public instance properties, the type's own first, then its bases'.</summary>
        private static IEnumerable<IPropertySymbol> AllProperties(INamedTypeSymbol type)
        {
            var seen = new HashSet<string>();
            for (var current = type; current is not null && current.SpecialType != SpecialType.System_Object; current = current.BaseType)
            {
                foreach (var property in current.GetMembers().OfType<IPropertySymbol>())
                {
                    if (!property.IsStatic && !property.IsIndexer && property.DeclaredAccessibility == Accessibility.Public
                        && seen.Add(property.Name))
                    {
                        yield return property;
                    }
                }
            }
        }
    }
}
