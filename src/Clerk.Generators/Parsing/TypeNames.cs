using Microsoft.CodeAnalysis;

namespace Clerk.Generators.Parsing
{
    /// <summary>Type names as generated code writes them: fully qualified, with nullable annotations.</summary>
    internal static class TypeNames
    {
        private static readonly SymbolDisplayFormat Format = SymbolDisplayFormat.FullyQualifiedFormat
            .AddMiscellaneousOptions(SymbolDisplayMiscellaneousOptions.IncludeNullableReferenceTypeModifier);

        public static string Of(ITypeSymbol type) => type.ToDisplayString(Format);
    }
}
