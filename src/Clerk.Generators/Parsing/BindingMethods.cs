using System.Collections.Generic;
using System.Linq;
using Clerk.Generators.Models;
using Microsoft.CodeAnalysis;

namespace Clerk.Generators.Parsing
{
    /// <summary>
    /// Finds the static methods by which a type binds itself, where minimal APIs look for them: a public static
    /// <c>BindAsync</c> or <c>TryParse</c> the type declares or inherits, or <c>IBindableFromHttpContext&lt;T&gt;</c>.
    /// </summary>
    internal static class BindingMethods
    {
        /// <summary>
        /// How <paramref name="type"/> (not a <c>T?</c>) binds itself, whether its result may be a struct's null, and
        /// why a method named <c>BindAsync</c> cannot be called when it has the wrong shape (minimal APIs refuse such a
        /// type at startup).
        /// </summary>
        public static (BindAsyncKind Kind, bool NullableStruct, string? Unsupported) BindAsync(ITypeSymbol type, KnownTypes known)
        {
            if (type.AllInterfaces.Any(i => KnownTypes.Is(i, known.BindableFromHttpContext)
                && SymbolEqualityComparer.Default.Equals(i.TypeArguments[0], type)))
            {
                return (BindAsyncKind.Interface, false, null);
            }
            var candidates = StaticMethods(type, "BindAsync").ToList();
            // Minimal APIs prefer the overload that is given the parameter.
            foreach (var (count, kind) in new[] { (2, BindAsyncKind.ContextAndParameter), (1, BindAsyncKind.Context) })
            {
                var method = candidates.FirstOrDefault(candidate => candidate.Parameters.Length == count
                    && KnownTypes.Is(candidate.Parameters[0].Type, known.HttpContext)
                    && (count == 1 || KnownTypes.Is(candidate.Parameters[1].Type, known.ReflectionParameterInfo)));
                if (method is null)
                {
                    continue;
                }
                if (method.ReturnType is INamedTypeSymbol { TypeArguments.Length: 1 } task
                    && KnownTypes.Is(task, known.ValueTaskOfT))
                {
                    var result = task.TypeArguments[0];
                    var nullable = result is INamedTypeSymbol { OriginalDefinition.SpecialType: SpecialType.System_Nullable_T } wrapper
                        ? wrapper.TypeArguments[0]
                        : null;
                    if (SymbolEqualityComparer.Default.Equals(nullable ?? result, type))
                    {
                        return (kind, nullable is not null, null);
                    }
                }
                return (BindAsyncKind.None, false,
                    $"'{type.Name}.BindAsync' must return ValueTask<{type.Name}> or ValueTask<{type.Name}?> to bind the parameter");
            }
            return (BindAsyncKind.None, false, null);
        }

        /// <summary>
        /// The type's own <c>TryParse</c> when it has no <c>IParsable&lt;T&gt;</c>: with a format provider (given the
        /// invariant culture) when it declares one, as minimal APIs prefer it, else <c>TryParse(string, out T)</c>.
        /// </summary>
        public static ParserKind TryParse(ITypeSymbol type, KnownTypes known)
        {
            var candidates = StaticMethods(type, "TryParse")
                .Where(method => method.ReturnType.SpecialType == SpecialType.System_Boolean
                    && method.Parameters.Length > 1
                    && method.Parameters[0].Type.SpecialType == SpecialType.System_String
                    && method.Parameters.Last() is { RefKind: RefKind.Out } result
                    && SymbolEqualityComparer.Default.Equals(result.Type.WithNullableAnnotation(NullableAnnotation.NotAnnotated),
                        type.WithNullableAnnotation(NullableAnnotation.NotAnnotated)))
                .ToList();
            if (candidates.Any(method => method.Parameters.Length == 3 && KnownTypes.Is(method.Parameters[1].Type, known.FormatProvider)))
            {
                return ParserKind.TryParseWithProvider;
            }
            return candidates.Any(method => method.Parameters.Length == 2) ? ParserKind.TryParse : ParserKind.None;
        }

        private static IEnumerable<IMethodSymbol> StaticMethods(ITypeSymbol type, string name)
        {
            for (var current = type; current is not null; current = current.BaseType)
            {
                foreach (var member in current.GetMembers(name))
                {
                    if (member is IMethodSymbol { IsStatic: true, DeclaredAccessibility: Accessibility.Public, IsGenericMethod: false } method
                        && method.Parameters.All(parameter => parameter.RefKind == RefKind.None || parameter.Ordinal == method.Parameters.Length - 1))
                    {
                        yield return method;
                    }
                }
            }
        }
    }
}
