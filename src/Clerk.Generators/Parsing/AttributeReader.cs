using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;

namespace Clerk.Generators.Parsing
{
    /// <summary>
    /// Turns a handler's attributes into C# expressions that rebuild them, so endpoint metadata carries them without
    /// reflection at startup (the generated code stays trimmable).
    /// </summary>
    internal static class AttributeReader
    {
        /// <summary>The attributes of the handler's types (outermost first) and then of the handler, except [Protected].</summary>
        public static IEnumerable<string> Metadata(IMethodSymbol handler, KnownTypes known) =>
            Declarations(handler)
                .SelectMany(symbol => symbol.GetAttributes())
                .Where(attribute => !KnownTypes.Is(attribute.AttributeClass, known.Protected))
                .Select(Construct)
                .Where(expression => expression is not null)
                .Select(expression => expression!);

        /// <summary>
        /// The effective [Protected] of a handler as one expression: class-level settings, refined by the method's.
        /// Null when neither the handler nor its types are protected.
        /// </summary>
        public static string? Protection(IMethodSymbol handler, KnownTypes known)
        {
            var settings = new List<KeyValuePair<string, string>>();
            var found = false;
            foreach (var attribute in Declarations(handler).SelectMany(symbol => symbol.GetAttributes()))
            {
                if (!KnownTypes.Is(attribute.AttributeClass, known.Protected))
                {
                    continue;
                }
                found = true;
                foreach (var named in attribute.NamedArguments)
                {
                    settings.RemoveAll(setting => setting.Key == named.Key);
                    settings.Add(new KeyValuePair<string, string>(named.Key, Literals.Constant(named.Value)));
                }
            }
            if (!found)
            {
                return null;
            }
            var initializer = settings.Count == 0
                ? "()"
                : " { " + string.Join(", ", settings.Select(setting => $"{setting.Key} = {setting.Value}")) + " }";
            return "new global::Clerk.ProtectedAttribute" + initializer;
        }

        private static IEnumerable<ISymbol> Declarations(IMethodSymbol handler)
        {
            var types = new Stack<ISymbol>();
            for (var type = handler.ContainingType; type is not null; type = type.ContainingType)
            {
                types.Push(type);
            }
            return types.Concat(new ISymbol[] { handler });
        }

        private static string? Construct(AttributeData attribute)
        {
            var type = attribute.AttributeClass;
            if (type is null || type.TypeKind == TypeKind.Error || !HandlerChecks.IsReachable(type))
            {
                return null;
            }
            var arguments = string.Join(", ", attribute.ConstructorArguments.Select(Literals.Constant));
            var named = attribute.NamedArguments.Select(argument => $"{argument.Key} = {Literals.Constant(argument.Value)}").ToList();
            var initializer = named.Count == 0 ? "" : " { " + string.Join(", ", named) + " }";
            return $"new {Literals.TypeName(type)}({arguments}){initializer}";
        }
    }
}
