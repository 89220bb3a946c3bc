using System;
using System.Collections.Concurrent;
using System.Threading;
using Clerk.Generators.Emitting;
using Clerk.Generators.Models;
using Microsoft.CodeAnalysis;

namespace Clerk.Generators.Memo
{
    /// <summary>
    /// The generator's only state between runs: what it worked out about a project in an earlier compilation, handed
    /// back while nothing it depends on has changed.
    /// </summary>
    /// <remarks>
    /// <para>
    /// What it caches: the <see cref="RouteFile"/> parsed from each route file, with the syntax tree it was parsed
    /// from; and whether the project references Clerk.Runtime. Keyed by the compilation's assembly name and, for
    /// route files, the file's path.
    /// </para>
    /// <para>
    /// When an entry is used: only when the compilation's <see cref="DeclarationFingerprint"/> (every source file's
    /// text outside method bodies, the parse options, the metadata references by identity, the compilation options)
    /// matches the one it was computed under. Then the file's tree is the same object (the model is returned), or an
    /// edit changed bodies only (the model is moved onto the new tree, <see cref="RouteFileRelocation"/>); otherwise
    /// the file is parsed again. Whether the runtime is referenced is asked again whenever the fingerprint changes.
    /// </para>
    /// <para>
    /// Why it cannot leak between projects: an IDE may run one generator instance over several projects. Each
    /// project's entries are under its own assembly name, so projects do not evict each other's; and an entry is
    /// only ever used under a fingerprint equal to its own, which describes every declaration and reference of the
    /// compilation, so a project that differs from the one an entry came from in anything a handler's meaning can
    /// depend on (two target frameworks of one project: other references) parses again rather than reading it.
    /// </para>
    /// <para>
    /// Why the pipeline alone does not do this: Roslyn re-runs a syntax provider's transform for every matched node
    /// whenever the compilation changes (its semantic model is new), so without the memo one keystroke in a handler
    /// body binds every handler signature of the project again. Measured (bench/generator/run.sh's paired rounds), an
    /// incremental run then costs 0.93×, 0.69× and 1.5× of a cold run over 10, 100 and 1,000 route files, against
    /// 0.06×, 0.03× and 0.04× with the memo; the goal is at most 0.10×.
    /// </para>
    /// <para>
    /// Memory: one entry per route file path per project, holding the tree last seen there (alive in the current
    /// compilation anyway); a route file deleted from a project leaves its last tree here for as long as the
    /// generator instance lives.
    /// </para>
    /// </remarks>
    internal sealed class RouteFileMemo
    {
        private readonly ConcurrentDictionary<(string? Assembly, string Path), Remembered<(SyntaxTree Tree, RouteFile File)>> routeFiles =
            new ConcurrentDictionary<(string? Assembly, string Path), Remembered<(SyntaxTree Tree, RouteFile File)>>();

        private readonly ConcurrentDictionary<string, Remembered<bool>> runtimeReferenced =
            new ConcurrentDictionary<string, Remembered<bool>>(StringComparer.Ordinal);

        private int parses;

        /// <summary>How many route files were parsed rather than remembered (for the caching tests).</summary>
        public int Parses => Volatile.Read(ref parses);

        /// <summary>The model of the route file <paramref name="tree"/>: remembered, moved, or from <paramref name="parse"/>.</summary>
        public RouteFile GetOrParse(SyntaxTree tree, Compilation compilation, Func<RouteFile> parse)
        {
            var fingerprint = DeclarationFingerprint.For(compilation);
            var key = (compilation.AssemblyName, tree.FilePath);
            if (routeFiles.TryGetValue(key, out var entry) && entry.Fingerprint.Matches(fingerprint))
            {
                var (parsedTree, parsedFile) = entry.Value;
                if (ReferenceEquals(parsedTree, tree))
                {
                    return parsedFile;
                }
                if (RouteFileRelocation.TryMove(parsedFile, parsedTree, tree) is { } moved)
                {
                    routeFiles[key] = new Remembered<(SyntaxTree, RouteFile)>(fingerprint, (tree, moved));
                    return moved;
                }
            }

            Interlocked.Increment(ref parses);
            var file = parse();
            routeFiles[key] = new Remembered<(SyntaxTree, RouteFile)>(fingerprint, (tree, file));
            return file;
        }

        /// <summary>
        /// Whether the project references Clerk.Runtime, which the generated code calls. The lookup searches every
        /// referenced assembly (hundreds in a web project) and would run on every new compilation, which in an IDE is
        /// every keystroke; the fingerprint is computed for the route files anyway.
        /// </summary>
        public bool IsRuntimeReferenced(Compilation compilation)
        {
            var fingerprint = DeclarationFingerprint.For(compilation);
            var key = compilation.AssemblyName ?? "";
            if (runtimeReferenced.TryGetValue(key, out var answer) && answer.Fingerprint.Matches(fingerprint))
            {
                return answer.Value;
            }
            var referenced = compilation.GetTypeByMetadataName(RuntimeNames.Recognised.RuntimeMarker) is not null;
            runtimeReferenced[key] = new Remembered<bool>(fingerprint, referenced);
            return referenced;
        }

        /// <summary>A value worked out under <see cref="Fingerprint"/>.</summary>
        private sealed class Remembered<T>
        {
            public Remembered(DeclarationFingerprint fingerprint, T value)
            {
                Fingerprint = fingerprint;
                Value = value;
            }

            public DeclarationFingerprint Fingerprint { get; }

            public T Value { get; }
        }
    }
}
