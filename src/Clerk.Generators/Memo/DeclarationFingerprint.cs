using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Runtime.CompilerServices;
using System.Text;
using Microsoft.CodeAnalysis;

namespace Clerk.Generators.Memo
{
    /// <summary>
    /// Everything outside one route file that can change what its handlers mean, in a form two compilations can be
    /// compared by: the text of every source file with method, accessor and top-level-statement bodies left out
    /// (<see cref="TreeDeclarations"/>) and the parse options it was read with, the metadata references (by identity)
    /// and the compilation options (nullable context, for one, decides which parameters are optional).
    /// </summary>
    internal sealed class DeclarationFingerprint
    {
        private static readonly ConditionalWeakTable<Compilation, DeclarationFingerprint> PerCompilation =
            new ConditionalWeakTable<Compilation, DeclarationFingerprint>();

        private readonly string sources;
        private readonly List<ParseOptions> parseOptions = new List<ParseOptions>(1);
        private readonly ImmutableArray<MetadataReference> references;
        private readonly CompilationOptions options;

        private DeclarationFingerprint(Compilation compilation)
        {
            var digests = new StringBuilder();
            foreach (var tree in compilation.SyntaxTrees)
            {
                // The same text means other declarations under other parse options: #if DEBUG around a handler.
                digests.Append(tree.FilePath).Append('\0').Append(TreeDeclarations.For(tree).Digest)
                    .Append('\0').Append(ParseOptionsIndex(tree.Options)).Append('\n');
            }
            sources = TreeDeclarations.Hash(digests.ToString());
            // The references given to the compiler. Compilation.References would add #r directives (scripts only),
            // and finding those binds the compilation's reference manager, which nothing else here needs.
            references = compilation.ExternalReferences;
            options = compilation.Options;
        }

        // Every tree of a project usually shares one options object; equal ones count as one.
        private int ParseOptionsIndex(ParseOptions treeOptions)
        {
            for (var index = 0; index < parseOptions.Count; index++)
            {
                if (ReferenceEquals(parseOptions[index], treeOptions) || parseOptions[index].Equals(treeOptions))
                {
                    return index;
                }
            }
            parseOptions.Add(treeOptions);
            return parseOptions.Count - 1;
        }

        /// <summary>The fingerprint of <paramref name="compilation"/>, computed once.</summary>
        public static DeclarationFingerprint For(Compilation compilation) =>
            PerCompilation.GetValue(compilation, key => new DeclarationFingerprint(key));

        // The last earlier fingerprint found to match: every route file of a run asks about the same one, so the
        // references (hundreds in a web project) are compared once per run rather than once per route file.
        private volatile DeclarationFingerprint? matched;

        /// <summary>Whether a route file parsed under <paramref name="other"/> means the same under this one.</summary>
        public bool Matches(DeclarationFingerprint other)
        {
            if (ReferenceEquals(this, other) || ReferenceEquals(matched, other))
            {
                return true;
            }
            if (sources != other.sources || references.Length != other.references.Length || !options.Equals(other.options)
                || parseOptions.Count != other.parseOptions.Count)
            {
                return false;
            }
            for (var index = 0; index < parseOptions.Count; index++)
            {
                if (!parseOptions[index].Equals(other.parseOptions[index]))
                {
                    return false;
                }
            }
            for (var index = 0; index < references.Length; index++)
            {
                if (!ReferenceEquals(references[index], other.references[index]))
                {
                    return false;
                }
            }
            // Only ever one link: the earlier fingerprint forgets its own, so no chain of old ones is kept alive.
            other.matched = null;
            matched = other;
            return true;
        }
    }
}
