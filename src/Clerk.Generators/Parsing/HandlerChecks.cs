using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace Clerk.Generators.Parsing
{
    /// <summary>Whether generated code, in another file of the same assembly, can call a handler.</summary>
    internal static class HandlerChecks
    {
        /// <summary>Why the handler cannot be called, or null when it can.</summary>
        public static string? WhyNotCallable(IMethodSymbol method, MethodDeclarationSyntax syntax)
        {
            if (method.IsGenericMethod)
            {
                return "generic handlers cannot be bound; remove the type parameters";
            }
            if (!IsAccessible(method.DeclaredAccessibility))
            {
                return "make it public or internal";
            }
            for (var type = method.ContainingType; type is not null; type = type.ContainingType)
            {
                if (type.IsGenericType)
                {
                    return $"its type '{type.Name}' is generic; declare handlers in a non-generic class";
                }
                if (!IsAccessible(type.DeclaredAccessibility))
                {
                    return $"its type '{type.Name}' must be public or internal";
                }
            }
            var fileLocal = syntax.Ancestors().OfType<TypeDeclarationSyntax>()
                .Any(type => type.Modifiers.Any(SyntaxKind.FileKeyword));
            return fileLocal ? "file-local types cannot be called from another file; remove the 'file' modifier" : null;
        }

        /// <summary>True when a type can be named from another file of the assembly.</summary>
        public static bool IsReachable(INamedTypeSymbol type)
        {
            for (var current = type; current is not null; current = current.ContainingType)
            {
                if (!IsAccessible(current.DeclaredAccessibility))
                {
                    return false;
                }
            }
            return true;
        }

        private static bool IsAccessible(Accessibility accessibility) =>
            accessibility == Accessibility.Public
            || accessibility == Accessibility.Internal
            || accessibility == Accessibility.ProtectedOrInternal;
    }
}
