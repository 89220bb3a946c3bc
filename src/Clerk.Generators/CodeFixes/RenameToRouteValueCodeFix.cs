using System.Collections.Immutable;
using System.Composition;
using System.Linq;
using System.Threading.Tasks;
using Clerk.Generators.Diagnostics;
using Clerk.Generators.Models;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Rename;

namespace Clerk.CodeFixes
{
    /// <summary>
    /// CLERK018's fix: renames the parameter that fell back to the query string to the route value it most likely
    /// meant, one action per route value that binds no parameter (the diagnostic carries their names). A rename, so
    /// the handler's body follows.
    /// </summary>
    [ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(RenameToRouteValueCodeFix)), Shared]
    public sealed class RenameToRouteValueCodeFix : CodeFixProvider
    {
        public override ImmutableArray<string> FixableDiagnosticIds { get; } =
            ImmutableArray.Create(Descriptors.ParameterMissesRouteValue.Id);

        public override FixAllProvider? GetFixAllProvider() => null;

        /// <summary>The action's title for renaming <paramref name="parameter"/> to <paramref name="routeValue"/>.</summary>
        public static string TitleFor(string parameter, string routeValue) => $"Rename '{parameter}' to '{routeValue}'";

        public override async Task RegisterCodeFixesAsync(CodeFixContext context)
        {
            var root = await context.Document.GetSyntaxRootAsync(context.CancellationToken).ConfigureAwait(false);
            var model = await context.Document.GetSemanticModelAsync(context.CancellationToken).ConfigureAwait(false);
            var declaration = root?.FindToken(context.Span.Start).Parent;
            if (declaration is null || model?.GetDeclaredSymbol(declaration, context.CancellationToken) is not IParameterSymbol parameter)
            {
                return;
            }

            var solution = context.Document.Project.Solution;
            foreach (var diagnostic in context.Diagnostics)
            {
                if (!diagnostic.Properties.TryGetValue(DiagnosticInfo.FixDataKey, out var names) || names is null)
                {
                    continue;
                }
                // A route value that is no C# name ([item-id]) has no rename; a keyword ([class]) is escaped.
                foreach (var routeValue in names.Split(',').Where(SyntaxFacts.IsValidIdentifier))
                {
                    var identifier = SyntaxFacts.GetKeywordKind(routeValue) == SyntaxKind.None ? routeValue : "@" + routeValue;
                    context.RegisterCodeFix(
                        CodeAction.Create(
                            TitleFor(parameter.Name, routeValue),
                            token => Renamer.RenameSymbolAsync(solution, parameter, new SymbolRenameOptions(), identifier, token),
                            equivalenceKey: nameof(RenameToRouteValueCodeFix) + "." + routeValue),
                        diagnostic);
                }
            }
        }
    }
}
