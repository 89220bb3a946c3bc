using Microsoft.CodeAnalysis;

namespace Clerk.Generators.Models
{
    /// <summary>A diagnostic as data, reported at the end of the pipeline (see DESIGN.md §7).</summary>
    internal sealed record DiagnosticInfo(DiagnosticDescriptor Descriptor, LocationInfo? Location, EquatableArray<string> Arguments)
    {
        public static DiagnosticInfo Create(DiagnosticDescriptor descriptor, LocationInfo? location, params string[] arguments) =>
            new DiagnosticInfo(descriptor, location, arguments.ToEquatableArray());

        public Diagnostic ToDiagnostic() =>
            Diagnostic.Create(Descriptor, Location?.ToLocation(), messageArgs: System.Linq.Enumerable.ToArray<object>(Arguments));
    }
}
