using System.Collections.Immutable;
using System.Composition;
using System.Linq;
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
    /// CLERK019's fix: a file-scoped namespace, the one the analyzer derived from the folder path, after the
    /// file's usings. Offered only for a file with no namespace at all (a file-scoped one cannot be nested).
    /// </summary>
    [ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(DeclareRouteNamespaceCodeFix)), Shared]
    public sealed class DeclareRouteNamespaceCodeFix : CodeFixProvider
    {
        public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(Descriptors.RouteInGlobalNamespace.Id);

        public override FixAllProvider GetFixAllProvider() => WellKnownFixAllProviders.BatchFixer;

        /// <summary>The action's title for <paramref name="name"/>.</summary>
        public static string TitleFor(string name) => $"Declare namespace {name}";

        public override async Task RegisterCodeFixesAsync(CodeFixContext context)
        {
            var root = await context.Document.GetSyntaxRootAsync(context.CancellationToken).ConfigureAwait(false);
            if (root is not CompilationUnitSyntax unit || unit.Members.OfType<BaseNamespaceDeclarationSyntax>().Any())
            {
                return;
            }

            foreach (var diagnostic in context.Diagnostics)
            {
                if (!diagnostic.Properties.TryGetValue(GlobalRouteClassAnalyzer.NamespaceProperty, out var name) || name is null)
                {
                    continue;
                }

                var title = TitleFor(name);
                context.RegisterCodeFix(
                    CodeAction.Create(title, _ => Task.FromResult(context.Document.WithSyntaxRoot(Declare(unit, name))), equivalenceKey: title),
                    diagnostic);
            }
        }

        private static CompilationUnitSyntax Declare(CompilationUnitSyntax unit, string name)
        {
            var declaration = SyntaxFactory.FileScopedNamespaceDeclaration(SyntaxFactory.ParseName(name))
                .WithNamespaceKeyword(SyntaxFactory.Token(SyntaxKind.NamespaceKeyword).WithTrailingTrivia(SyntaxFactory.Space))
                .WithSemicolonToken(SyntaxFactory.Token(SyntaxKind.SemicolonToken)
                    .WithTrailingTrivia(SyntaxFactory.EndOfLine("\n"), SyntaxFactory.EndOfLine("\n")))
                .WithMembers(unit.Members);
            // The first member's leading trivia (a blank line after the usings, a comment) goes before the namespace.
            var leading = unit.Members.First().GetLeadingTrivia();
            declaration = declaration
                .WithLeadingTrivia(leading)
                .WithMembers(SyntaxFactory.List(unit.Members.Select((member, i) => i == 0 ? member.WithLeadingTrivia() : member)));
            return unit.WithMembers(SyntaxFactory.SingletonList<MemberDeclarationSyntax>(declaration));
        }
    }
}
