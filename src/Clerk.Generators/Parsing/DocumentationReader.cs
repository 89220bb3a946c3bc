using System.Linq;
using System.Text.RegularExpressions;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace Clerk.Generators.Parsing
{
    /// <summary>
    /// A handler's <c>/// &lt;summary&gt;</c> as plain text, for the OpenAPI operation's summary: the SDK's XML-comment
    /// generator only sees methods passed to Map calls in user code, never ours.
    /// </summary>
    /// <remarks>
    /// Read from the comment's text rather than <c>ISymbol.GetDocumentationCommentXml()</c>, which is empty unless
    /// the project generates a documentation file; the text is there either way.
    /// </remarks>
    internal static class DocumentationReader
    {
        private static readonly Regex SummaryElement = new Regex(
            @"<summary>(?<text>.*?)</summary>", RegexOptions.Singleline | RegexOptions.CultureInvariant);

        // <see cref="T:App.Widget"/>, <paramref name="id"/>: the last part of what they name.
        private static readonly Regex Reference = new Regex(
            @"<(see|seealso|paramref|typeparamref)\s+(cref|name|langword)=""(?:\w:)?(?<name>[^""]*)""\s*/>",
            RegexOptions.CultureInvariant);

        private static readonly Regex Tag = new Regex(@"</?[^>]+>", RegexOptions.CultureInvariant);

        private static readonly Regex Spaces = new Regex(@"\s+", RegexOptions.CultureInvariant);

        /// <summary>The summary's text on one line, or null when the method has none.</summary>
        public static string? Summary(MethodDeclarationSyntax method)
        {
            var lines = method.GetLeadingTrivia()
                .Where(trivia => trivia.IsKind(SyntaxKind.SingleLineDocumentationCommentTrivia)
                    || trivia.IsKind(SyntaxKind.SingleLineCommentTrivia))
                .SelectMany(trivia => trivia.ToFullString().Split('\n'))
                .Select(line => line.Trim())
                .Where(line => line.StartsWith("///", System.StringComparison.Ordinal))
                .Select(line => line.Substring(3));
            var match = SummaryElement.Match(string.Join("\n", lines));
            if (!match.Success)
            {
                return null;
            }
            var text = Reference.Replace(match.Groups["text"].Value,
                reference => reference.Groups["name"].Value.Split('.').Last());
            text = Spaces.Replace(Tag.Replace(text, ""), " ").Trim();
            text = text.Replace("&lt;", "<").Replace("&gt;", ">").Replace("&quot;", "\"").Replace("&amp;", "&");
            return text.Length == 0 ? null : text;
        }
    }
}
