using System.Collections.Generic;
using System.Linq;
using Clerk.Generators.Analyzers;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace Clerk.CodeFixes
{
    /// <summary>
    /// Which of the User's properties a handler reads through an expression (<c>user.FirstName</c>,
    /// <c>user?.Id</c>): the fields its author already cares about, so the ones worth keeping in the response.
    /// </summary>
    internal static class UserFieldsRead
    {
        /// <summary>Property names in order of first use; never the metadata the projection exists to drop.</summary>
        public static IReadOnlyList<string> In(SyntaxNode handlerBody, ExpressionSyntax userExpression, INamedTypeSymbol user, SemanticModel model)
        {
            var names = new List<string>();
            foreach (var node in handlerBody.DescendantNodes())
            {
                var name = node switch
                {
                    MemberAccessExpressionSyntax access when SyntaxFactory.AreEquivalent(Bare(access.Expression), userExpression) => access.Name,
                    ConditionalAccessExpressionSyntax conditional when SyntaxFactory.AreEquivalent(Bare(conditional.Expression), userExpression) => FirstBinding(conditional.WhenNotNull),
                    _ => null,
                };
                if (name is not null
                    && model.GetSymbolInfo(name).Symbol is IPropertySymbol property
                    && SymbolEqualityComparer.Default.Equals(property.ContainingType, user)
                    && !BackendUser.NeverProjected.Contains(property.Name)
                    && !names.Contains(property.Name))
                {
                    names.Add(property.Name);
                }
            }
            return names;
        }

        /// <summary>The expression without what does not change its value: <c>(user!)</c> is <c>user</c>.</summary>
        public static ExpressionSyntax Bare(ExpressionSyntax expression)
        {
            while (true)
            {
                switch (expression)
                {
                    case ParenthesizedExpressionSyntax parenthesized:
                        expression = parenthesized.Expression;
                        break;
                    case PostfixUnaryExpressionSyntax { RawKind: (int)SyntaxKind.SuppressNullableWarningExpression } suppressed:
                        expression = suppressed.Operand;
                        break;
                    default:
                        return expression;
                }
            }
        }

        /// <summary>The member right after <c>?.</c>: in <c>user?.FirstName.Length</c>, FirstName.</summary>
        private static SimpleNameSyntax? FirstBinding(ExpressionSyntax whenNotNull)
        {
            var current = whenNotNull;
            while (true)
            {
                switch (current)
                {
                    case MemberBindingExpressionSyntax binding:
                        return binding.Name;
                    case MemberAccessExpressionSyntax access:
                        current = access.Expression;
                        break;
                    case InvocationExpressionSyntax invocation:
                        current = invocation.Expression;
                        break;
                    case ElementAccessExpressionSyntax element:
                        current = element.Expression;
                        break;
                    default:
                        return null;
                }
            }
        }
    }
}
