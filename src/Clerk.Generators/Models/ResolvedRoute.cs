namespace Clerk.Generators.Models
{
    /// <summary>One route file after resolution: the route, or none when the file is not routed, and its diagnostics.</summary>
    internal sealed record ResolvedRoute
    {
        /// <summary>A file that maps no URL: outside the app directory, or in a private folder (<c>_name</c>).</summary>
        public static ResolvedRoute NotRouted { get; } = new ResolvedRoute();

        /// <summary>The route, or null when the file is not routed.</summary>
        public Route? Route { get; init; }

        public EquatableArray<DiagnosticInfo> Diagnostics { get; init; }
    }
}
