namespace Clerk.Generators.Models
{
    /// <summary>Every route, in the order they are mapped, and the conflicts between them.</summary>
    internal sealed record RouteTable
    {
        public EquatableArray<Route> Routes { get; init; }

        public EquatableArray<DiagnosticInfo> Diagnostics { get; init; }
    }
}
