using System;
using System.Runtime.CompilerServices;
using System.Threading;
using Clerk.Generators.Models;
using Microsoft.CodeAnalysis;

namespace Clerk.Generators.Parsing
{
    /// <summary>
    /// Route files this generator instance has parsed, by syntax tree, with the <see cref="DeclarationFingerprint"/>
    /// they were parsed under.
    /// </summary>
    /// <remarks>
    /// Why the pipeline alone does not do this: Roslyn re-runs a syntax provider's transform for every matched node
    /// whenever the compilation changes (its semantic model is new), so without a memo one keystroke in a handler
    /// body binds every handler signature of the project again: half as long as a cold run at 1,000 route files. A
    /// file whose tree is the same object and whose surroundings have the same fingerprint parses to the same model,
    /// so the earlier one is returned. Trees are weak keys: an entry lives as long as its tree.
    /// </remarks>
    internal sealed class RouteFileMemo
    {
        private readonly ConditionalWeakTable<SyntaxTree, Slot> parsed = new ConditionalWeakTable<SyntaxTree, Slot>();
        private int parses;

        /// <summary>How many route files were parsed rather than remembered (for the caching tests).</summary>
        public int Parses => Volatile.Read(ref parses);

        public RouteFile GetOrParse(SyntaxTree tree, Compilation compilation, Func<RouteFile> parse)
        {
            var fingerprint = DeclarationFingerprint.For(compilation);
            var slot = parsed.GetValue(tree, _ => new Slot());
            if (slot.Entry is { } entry && entry.Fingerprint.Matches(fingerprint))
            {
                return entry.File;
            }

            Interlocked.Increment(ref parses);
            var file = parse();
            slot.Entry = new Entry(fingerprint, file);
            return file;
        }

        private sealed class Slot
        {
            // Replaced whole, never mutated: a reader sees an old entry or a new one, both consistent.
            public volatile Entry? Entry;
        }

        private sealed class Entry
        {
            public Entry(DeclarationFingerprint fingerprint, RouteFile file)
            {
                Fingerprint = fingerprint;
                File = file;
            }

            public DeclarationFingerprint Fingerprint { get; }

            public RouteFile File { get; }
        }
    }
}
