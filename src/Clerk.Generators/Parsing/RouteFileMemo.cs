using System;
using System.Collections.Concurrent;
using System.Threading;
using Clerk.Generators.Models;
using Microsoft.CodeAnalysis;

namespace Clerk.Generators.Parsing
{
    /// <summary>
    /// The route file this generator instance parsed last at each path: the tree it was parsed from, with the
    /// <see cref="DeclarationFingerprint"/> it was parsed under.
    /// </summary>
    /// <remarks>
    /// Why the pipeline alone does not do this: Roslyn re-runs a syntax provider's transform for every matched node
    /// whenever the compilation changes (its semantic model is new), so without a memo one keystroke in a handler
    /// body binds every handler signature of the project again: half as long as a cold run at 1,000 route files.
    /// Under the same fingerprint (no declaration anywhere changed), a file whose tree is the same object parses to
    /// the same model, and an edit of the file inside its bodies only (the keystroke) to the same model with its
    /// locations moved (<see cref="RouteFileRelocation"/>); neither binds anything. One entry per path, holding the
    /// tree last seen there (alive in the current compilation anyway); a route file deleted from the project leaves
    /// its last tree here for as long as the generator instance lives.
    /// </remarks>
    internal sealed class RouteFileMemo
    {
        private readonly ConcurrentDictionary<string, Entry> byPath = new ConcurrentDictionary<string, Entry>(StringComparer.Ordinal);
        private int parses;

        /// <summary>How many route files were parsed rather than remembered (for the caching tests).</summary>
        public int Parses => Volatile.Read(ref parses);

        public RouteFile GetOrParse(SyntaxTree tree, Compilation compilation, Func<RouteFile> parse)
        {
            var fingerprint = DeclarationFingerprint.For(compilation);
            if (byPath.TryGetValue(tree.FilePath, out var entry) && entry.Fingerprint.Matches(fingerprint))
            {
                if (ReferenceEquals(entry.Tree, tree))
                {
                    return entry.File;
                }
                if (RouteFileRelocation.TryMove(entry.File, entry.Tree, tree) is { } moved)
                {
                    byPath[tree.FilePath] = new Entry(tree, fingerprint, moved);
                    return moved;
                }
            }

            Interlocked.Increment(ref parses);
            var file = parse();
            byPath[tree.FilePath] = new Entry(tree, fingerprint, file);
            return file;
        }

        private sealed class Entry
        {
            public Entry(SyntaxTree tree, DeclarationFingerprint fingerprint, RouteFile file)
            {
                Tree = tree;
                Fingerprint = fingerprint;
                File = file;
            }

            public SyntaxTree Tree { get; }

            public DeclarationFingerprint Fingerprint { get; }

            public RouteFile File { get; }
        }
    }
}
