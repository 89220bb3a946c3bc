using System.Collections.Immutable;
using Microsoft.CodeAnalysis;

namespace Clerk.Generators.Models
{
    /// <summary>A diagnostic as data, reported at the end of the pipeline (see DESIGN.md §7).</summary>
    internal sealed record DiagnosticInfo(DiagnosticDescriptor Descriptor, LocationInfo? Location, EquatableArray<string> Arguments)
    {
        /// <summary>The key of <see cref="FixData"/> in the reported diagnostic's properties.</summary>
        public const string FixDataKey = "ClerkFix";

        /// <summary>What a code fix needs and could not read back from the code alone, or null.</summary>
        public string? FixData { get; init; }

        public static DiagnosticInfo Create(DiagnosticDescriptor descriptor, LocationInfo? location, params string[] arguments) =>
            new DiagnosticInfo(descriptor, location, arguments.ToEquatableArray());

        public Diagnostic ToDiagnostic() =>
            Diagnostic.Create(Descriptor, Location?.ToLocation(),
                FixData is null ? null : ImmutableDictionary<string, string?>.Empty.Add(FixDataKey, FixData),
                messageArgs: System.Linq.Enumerable.ToArray<object>(Arguments));
    }
}
