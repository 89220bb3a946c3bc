using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace Clerk.Generators.Models
{
    /// <summary>A source location as plain values: the pipeline must not hold a <see cref="Location"/>, which pins
    /// the whole compilation in memory and never compares equal across runs.</summary>
    internal sealed record LocationInfo(string FilePath, TextSpan Span, LinePositionSpan LineSpan)
    {
        public Location ToLocation() => Location.Create(FilePath, Span, LineSpan);

        public static LocationInfo? From(SyntaxToken token) => From(token.GetLocation());

        public static LocationInfo? From(Location? location) =>
            location?.SourceTree is null
                ? null
                : new LocationInfo(location.SourceTree.FilePath, location.SourceSpan, location.GetLineSpan().Span);
    }
}
