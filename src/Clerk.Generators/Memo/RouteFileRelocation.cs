using System.Linq;
using Clerk.Generators.Models;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace Clerk.Generators.Memo
{
    /// <summary>
    /// A route file's model moved onto an edit of its file that changed bodies only: the same handlers and
    /// diagnostics, their locations where the same declarations now are. Every location in a route file's model is a
    /// declaration's name, outside any body, so it has a counterpart in the edited tree.
    /// </summary>
    internal sealed class RouteFileRelocation
    {
        private readonly TreeDeclarations from;
        private readonly TreeDeclarations to;
        private readonly SyntaxTree edited;
        private SourceText? editedText;
        private bool failed;

        private RouteFileRelocation(TreeDeclarations from, TreeDeclarations to, SyntaxTree edited)
        {
            this.from = from;
            this.to = to;
            this.edited = edited;
        }

        /// <summary>
        /// <paramref name="file"/>, parsed from <paramref name="original"/>, as it reads in <paramref name="edited"/>;
        /// null unless the two trees declare the same things (same text outside bodies, same parse options) and every
        /// location is outside the original's bodies.
        /// </summary>
        public static RouteFile? TryMove(RouteFile file, SyntaxTree original, SyntaxTree edited)
        {
            if (!original.Options.Equals(edited.Options))
            {
                return null;
            }
            var relocation = new RouteFileRelocation(TreeDeclarations.For(original), TreeDeclarations.For(edited), edited);
            if (relocation.from.Digest != relocation.to.Digest)
            {
                return null;
            }
            var moved = file with
            {
                Handlers = file.Handlers.Select(relocation.Move).ToEquatableArray(),
                Diagnostics = file.Diagnostics.Select(diagnostic => diagnostic with { Location = relocation.Move(diagnostic.Location) }).ToEquatableArray(),
                Location = relocation.Move(file.Location),
            };
            return relocation.failed ? null : moved;
        }

        private HandlerInfo Move(HandlerInfo handler) => handler with
        {
            Parameters = handler.Parameters.Select(parameter => parameter with { Location = Move(parameter.Location) }).ToEquatableArray(),
            Location = Move(handler.Location),
        };

        private LocationInfo? Move(LocationInfo? location)
        {
            if (location is null || failed)
            {
                return location;
            }
            if (!from.TryMove(location.Span, to, out var span) || span.End > (editedText ??= edited.GetText()).Length)
            {
                failed = true;
                return location;
            }
            return location with { FilePath = edited.FilePath, Span = span, LineSpan = editedText.Lines.GetLinePositionSpan(span) };
        }
    }
}
