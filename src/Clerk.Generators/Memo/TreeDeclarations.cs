using System;
using System.Collections.Immutable;
using System.Runtime.CompilerServices;
using System.Security.Cryptography;
using System.Text;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Text;

namespace Clerk.Generators.Memo
{
    /// <summary>
    /// One syntax tree split into code that declares and code that runs: where its method, accessor and
    /// top-level-statement bodies are, and a digest of the text left when they are taken out and of where they were.
    /// A body cannot change a type's shape, an attribute or a constant, so two trees with the same digest (and parse
    /// options) declare the same things, and a position outside the bodies of one has its counterpart in the other
    /// (<see cref="TryMove"/>).
    /// </summary>
    internal sealed class TreeDeclarations
    {
        // Computed once per tree and kept as long as the tree: an edit elsewhere keeps this tree object, so only
        // edited files are walked again.
        private static readonly ConditionalWeakTable<SyntaxTree, TreeDeclarations> PerTree = new ConditionalWeakTable<SyntaxTree, TreeDeclarations>();

        // The bodies in document order, and for each where it starts in the text without bodies.
        private readonly ImmutableArray<TextSpan> bodies;
        private readonly ImmutableArray<int> keptStarts;

        private TreeDeclarations(ImmutableArray<TextSpan> bodies, ImmutableArray<int> keptStarts, string digest)
        {
            this.bodies = bodies;
            this.keptStarts = keptStarts;
            Digest = digest;
        }

        /// <summary>A SHA-256 of the tree's text without its bodies, and of where they were.</summary>
        public string Digest { get; }

        public static TreeDeclarations For(SyntaxTree tree) => PerTree.GetValue(tree, Read);

        /// <summary>
        /// Where the text at <paramref name="span"/> in this tree is in <paramref name="edited"/>, a tree with the
        /// same digest: false when the span is not wholly outside this tree's bodies.
        /// </summary>
        public bool TryMove(TextSpan span, TreeDeclarations edited, out TextSpan moved)
        {
            moved = default;
            if (Digest != edited.Digest)
            {
                return false;
            }
            var removedBefore = 0;
            foreach (var body in bodies)
            {
                if (body.End <= span.Start)
                {
                    removedBefore += body.Length;
                }
                else if (body.Start < span.End)
                {
                    return false;
                }
                else
                {
                    break;
                }
            }
            // The span's start in the text without bodies, then past every body of the edited tree that starts at or
            // before it there (a body that starts exactly there precedes the span: the span began after this tree's).
            var kept = span.Start - removedBefore;
            var start = kept;
            for (var index = 0; index < edited.bodies.Length && edited.keptStarts[index] <= kept; index++)
            {
                start += edited.bodies[index].Length;
            }
            moved = new TextSpan(start, span.Length);
            return true;
        }

        private static TreeDeclarations Read(SyntaxTree tree)
        {
            var text = tree.GetText();
            var kept = new StringBuilder(text.Length);
            var bodies = ImmutableArray.CreateBuilder<TextSpan>();
            var keptStarts = ImmutableArray.CreateBuilder<int>();
            var at = 0;
            foreach (var node in tree.GetRoot().DescendantNodes(node => !IsBody(node)))
            {
                if (IsBody(node))
                {
                    kept.Append(text.ToString(TextSpan.FromBounds(at, node.SpanStart)));
                    bodies.Add(node.Span);
                    keptStarts.Add(kept.Length);
                    at = node.Span.End;
                }
            }
            kept.Append(text.ToString(TextSpan.FromBounds(at, text.Length)));
            // Where the bodies were taken out belongs to the digest too: two trees with the same digest then have
            // their bodies at the same places of the same declarations, which TryMove relies on.
            foreach (var keptStart in keptStarts)
            {
                kept.Append('\0').Append(keptStart);
            }
            return new TreeDeclarations(bodies.ToImmutable(), keptStarts.ToImmutable(), Hash(kept.ToString()));
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

        public static string Hash(string value)
        {
            using var sha = SHA256.Create();
            return Convert.ToBase64String(sha.ComputeHash(Encoding.UTF8.GetBytes(value)));
        }
    }
}
