using System.Collections.Generic;
using System.Linq;
using Clerk.Generators.Emitting.Layout;
using Microsoft.CodeAnalysis.CSharp;

namespace Clerk.Generators.Emitting
{
    /// <summary>C# literals for the values the emitters write: strings, booleans, arrays of strings.</summary>
    internal static class Literals
    {
        public static string Text(string text) => SymbolDisplay.FormatLiteral(text, quote: true);

        public static string Bool(bool value) => value ? "true" : "false";

        /// <summary><c>new[] { "a", "b" }</c>, or an empty <c>string[]</c>.</summary>
        public static Expression Strings(IEnumerable<string> items)
        {
            var literals = items.Select(item => (Expression)Text(item)).ToList();
            return literals.Count == 0 ? "global::System.Array.Empty<string>()" : new BracedList("new[]", literals);
        }
    }
}
