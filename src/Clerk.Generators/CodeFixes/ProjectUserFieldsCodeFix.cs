using System.Collections.Generic;
using System.Collections.Immutable;
using System.Composition;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Clerk.Generators.Analyzers;
using Clerk.Generators.Diagnostics;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace Clerk.CodeFixes
{
    /// <summary>
    /// CLERK016's fix: replaces a returned <c>user</c> by <c>new { user.Id, user.FirstName, ... }</c>, listing the
    /// properties the handler reads (or a profile's worth when it reads none), and never the metadata. Offered only
    /// where the User is named by a variable, parameter or member: a collection, a call or a named type needs a
    /// projection whose shape only its author knows.
    /// </summary>
    [ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(ProjectUserFieldsCodeFix)), Shared]
    public sealed class ProjectUserFieldsCodeFix : CodeFixProvider
    {
        public const string Title = "Return only the user's fields the handler needs";

        public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(Descriptors.UserReachesClient.Id);

        public override FixAllProvider GetFixAllProvider() => WellKnownFixAllProviders.BatchFixer;

        public override async Task RegisterCodeFixesAsync(CodeFixContext context)
        {
            var root = await context.Document.GetSyntaxRootAsync(context.CancellationToken).ConfigureAwait(false);
            var model = await context.Document.GetSemanticModelAsync(context.CancellationToken).ConfigureAwait(false);
            if (root?.FindNode(context.Span, getInnermostNodeForTie: true) is not ExpressionSyntax flagged
                || model is null
                || model.Compilation.GetTypeByMetadataName(BackendUser.MetadataName) is not { } user
                || !NamesAStoredUser(UserFieldsRead.Bare(flagged), model, user, context.CancellationToken))
            {
                return;
            }
            // The analyzer points at user in user!; the projection replaces the !, which no longer means anything.
            while (flagged.Parent is PostfixUnaryExpressionSyntax { RawKind: (int)SyntaxKind.SuppressNullableWarningExpression } suppressed)
            {
                flagged = suppressed;
            }
            foreach (var diagnostic in context.Diagnostics)
            {
                context.RegisterCodeFix(
                    CodeAction.Create(Title, token => ProjectAsync(context.Document, root, model, flagged, user, token), equivalenceKey: Title),
                    diagnostic);
            }
        }

        /// <summary>
        /// <c>user</c>, <c>this.user</c>, <c>session.Owner</c> of type User: cheap and safe to repeat once per field,
        /// unlike <c>await auth.CurrentUserAsync()</c>. Type names (a <c>User</c> return type) are not values.
        /// </summary>
        private static bool NamesAStoredUser(ExpressionSyntax expression, SemanticModel model, INamedTypeSymbol user, CancellationToken cancellationToken)
        {
            if (!SymbolEqualityComparer.Default.Equals(model.GetTypeInfo(expression, cancellationToken).Type?.OriginalDefinition, user))
            {
                return false;
            }
            for (var current = expression; ; current = ((MemberAccessExpressionSyntax)current).Expression)
            {
                if (current is ThisExpressionSyntax)
                {
                    return true;
                }
                if (current is not (IdentifierNameSyntax or MemberAccessExpressionSyntax)
                    || model.GetSymbolInfo(current, cancellationToken).Symbol is not (ILocalSymbol or IParameterSymbol or IFieldSymbol or IPropertySymbol))
                {
                    return false;
                }
                if (current is IdentifierNameSyntax)
                {
                    return true;
                }
            }
        }

        private static Task<Document> ProjectAsync(
            Document document, SyntaxNode root, SemanticModel model, ExpressionSyntax flagged, INamedTypeSymbol user, CancellationToken cancellationToken)
        {
            var expression = UserFieldsRead.Bare(flagged);
            // Of the bare expression: after user! the guard stays, since the projection reads members of user.
            var flowState = model.GetTypeInfo(expression, cancellationToken).Nullability.FlowState;
            var handlerBody = flagged.Ancestors().FirstOrDefault(node =>
                node is AnonymousFunctionExpressionSyntax or BaseMethodDeclarationSyntax or LocalFunctionStatementSyntax) ?? root;
            var fields = UserFieldsRead.In(handlerBody, expression, user, model);
            if (fields.Count == 0)
            {
                fields = BackendUser.DefaultFields.Where(name => user.GetMembers(name).OfType<IPropertySymbol>().Any()).ToList();
            }
            var projection = Projection(expression, fields, flowState);
            var replaced = flagged.Parent switch
            {
                // new { user } names its member after the expression; keep that name for the projection.
                AnonymousObjectMemberDeclaratorSyntax { NameEquals: null } member => root.ReplaceNode(member,
                    SyntaxFactory.AnonymousObjectMemberDeclarator(SyntaxFactory.NameEquals(MemberName(expression), Spaced(SyntaxKind.EqualsToken)), projection).WithTriviaFrom(member)),
                // So does (user, 1) for its first element.
                ArgumentSyntax { NameColon: null, Parent: TupleExpressionSyntax } element => root.ReplaceNode(element,
                    SyntaxFactory.Argument(SyntaxFactory.NameColon(MemberName(expression), SyntaxFactory.Token(SyntaxKind.ColonToken).WithTrailingTrivia(SyntaxFactory.Space)), default, projection).WithTriviaFrom(element)),
                _ => root.ReplaceNode(flagged, projection.WithTriviaFrom(flagged)),
            };
            return Task.FromResult(document.WithSyntaxRoot(replaced));
        }

        /// <summary>
        /// <c>new { user.Id, ... }</c>, guarded when the user may be null (as <c>CurrentUserAsync()</c>'s is), so
        /// a signed-out request still answers <c>null</c> instead of throwing.
        /// </summary>
        private static ExpressionSyntax Projection(ExpressionSyntax expression, IReadOnlyList<string> fields, NullableFlowState flowState)
        {
            var source = expression.WithoutTrivia().ToString();
            var anonymous = "new { " + string.Join(", ", fields.Select(field => source + "." + field)) + " }";
            return SyntaxFactory.ParseExpression(flowState == NullableFlowState.NotNull ? anonymous : source + " is null ? null : " + anonymous);
        }

        private static SyntaxToken Spaced(SyntaxKind kind) =>
            SyntaxFactory.Token(SyntaxFactory.TriviaList(SyntaxFactory.Space), kind, SyntaxFactory.TriviaList(SyntaxFactory.Space));

        private static IdentifierNameSyntax MemberName(ExpressionSyntax expression) => SyntaxFactory.IdentifierName(expression switch
        {
            MemberAccessExpressionSyntax access => access.Name.Identifier.ValueText,
            _ => ((IdentifierNameSyntax)expression).Identifier.ValueText,
        });
    }
}
