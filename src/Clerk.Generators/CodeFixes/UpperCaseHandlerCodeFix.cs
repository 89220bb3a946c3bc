using System.Collections.Immutable;
using System.Composition;
using System.Threading.Tasks;
using Clerk.Generators.Diagnostics;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.Rename;

namespace Clerk.CodeFixes
{
    /// <summary>
    /// CLERK002's fix: renames <c>Get</c> to <c>GET</c>, and every call to it with it (a rename, not an edit of the
    /// declaration, so a test that calls <c>Route.Get()</c> keeps compiling). The diagnostic only fires for a name that
    /// is a verb in the wrong case, so the upper-cased name is always the verb it meant.
    /// </summary>
    [ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(UpperCaseHandlerCodeFix)), Shared]
    public sealed class UpperCaseHandlerCodeFix : CodeFixProvider
    {
        public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(Descriptors.HandlerWrongCase.Id);

        public override FixAllProvider GetFixAllProvider() => WellKnownFixAllProviders.BatchFixer;

        /// <summary>The action's title for a handler named <paramref name="name"/>.</summary>
        public static string TitleFor(string name) => $"Rename '{name}' to '{name.ToUpperInvariant()}'";

        public override async Task RegisterCodeFixesAsync(CodeFixContext context)
        {
            var root = await context.Document.GetSyntaxRootAsync(context.CancellationToken).ConfigureAwait(false);
            var model = await context.Document.GetSemanticModelAsync(context.CancellationToken).ConfigureAwait(false);
            if (root is null || model is null)
            {
                return;
            }

            var declaration = root.FindToken(context.Span.Start).Parent;
            if (declaration is null || model.GetDeclaredSymbol(declaration, context.CancellationToken) is not IMethodSymbol handler)
            {
                return;
            }

            var title = TitleFor(handler.Name);
            var solution = context.Document.Project.Solution;
            foreach (var diagnostic in context.Diagnostics)
            {
                context.RegisterCodeFix(
                    CodeAction.Create(
                        title,
                        token => Renamer.RenameSymbolAsync(solution, handler, new SymbolRenameOptions(), handler.Name.ToUpperInvariant(), token),
                        equivalenceKey: nameof(UpperCaseHandlerCodeFix)),
                    diagnostic);
            }
        }
    }
}
