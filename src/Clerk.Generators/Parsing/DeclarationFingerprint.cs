using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Runtime.CompilerServices;
using System.Security.Cryptography;
using System.Text;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Text;

namespace Clerk.Generators.Parsing
{
    /// <summary>
    /// Everything outside one route file that can change what its handlers mean, in a form two compilations can be
    /// compared by: the text of every source file with method, accessor and top-level-statement bodies left out (a
    /// body cannot change a type's shape, an attribute or a constant), the metadata references (by identity) and the
    /// compilation options (nullable context, for one, decides which parameters are optional).
    /// </summary>
    internal sealed class DeclarationFingerprint
    {
        private static readonly ConditionalWeakTable<Compilation, DeclarationFingerprint> PerCompilation =
            new ConditionalWeakTable<Compilation, DeclarationFingerprint>();

        // A file's digest outlives its compilation: an edit elsewhere keeps this tree object, so only edited files
        // are hashed again.
        private static readonly ConditionalWeakTable<SyntaxTree, string> PerTree = new ConditionalWeakTable<SyntaxTree, string>();

        private readonly string sources;
        private readonly ImmutableArray<MetadataReference> references;
        private readonly CompilationOptions options;

        private DeclarationFingerprint(Compilation compilation)
        {
            var digests = new StringBuilder();
            foreach (var tree in compilation.SyntaxTrees)
            {
                digests.Append(tree.FilePath).Append('\0').Append(PerTree.GetValue(tree, DigestOf)).Append('\n');
            }
            sources = Hash(digests.ToString());
            references = compilation.References.ToImmutableArray();
            options = compilation.Options;
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
            if (sources != other.sources || references.Length != other.references.Length || !options.Equals(other.options))
            {
                return false;
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

        private static string DigestOf(SyntaxTree tree)
        {
            var text = tree.GetText();
            var kept = new StringBuilder(text.Length);
            var at = 0;
            var root = tree.GetRoot();
            foreach (var node in root.DescendantNodes(node => !IsBody(node)))
            {
                if (IsBody(node))
                {
                    kept.Append(text.ToString(TextSpan.FromBounds(at, node.SpanStart)));
                    at = node.Span.End;
                }
            }
            kept.Append(text.ToString(TextSpan.FromBounds(at, text.Length)));
            return Hash(kept.ToString());
        }

        // Code that runs, as opposed to code that declares. Property and field initializers stay: a constant's
        // value can be a parameter's default.
        private static bool IsBody(SyntaxNode node) => node switch
        {
            GlobalStatementSyntax _ => true,
            BlockSyntax _ or ArrowExpressionClauseSyntax _ => node.Parent is BaseMethodDeclarationSyntax
                or AccessorDeclarationSyntax or PropertyDeclarationSyntax or IndexerDeclarationSyntax,
            _ => false,
        };

        private static string Hash(string value)
        {
            using var sha = SHA256.Create();
            return Convert.ToBase64String(sha.ComputeHash(Encoding.UTF8.GetBytes(value)));
        }
    }
}
