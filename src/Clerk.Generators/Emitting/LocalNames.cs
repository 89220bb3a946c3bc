using System.Collections.Generic;
using Microsoft.CodeAnalysis.CSharp;

namespace Clerk.Generators.Emitting
{
    /// <summary>Hands out C# local names that clash neither with each other nor with the generated code's own.</summary>
    internal sealed class LocalNames
    {
        private readonly HashSet<string> used;

        public LocalNames(IEnumerable<string> reserved) => used = new HashSet<string>(reserved);

        /// <summary>A free name based on <paramref name="wanted"/>, escaped when it is a keyword.</summary>
        public string Take(string wanted)
        {
            var name = wanted;
            for (var n = 2; !used.Add(name); n++)
            {
                name = wanted + n;
            }
            return SyntaxFacts.GetKeywordKind(name) != SyntaxKind.None ? "@" + name : name;
        }
    }
}
