namespace Clerk.Generators.Models
{
    /// <summary>The project settings the generator reads from MSBuild.</summary>
    internal sealed record ProjectOptions
    {
        /// <summary><c>build_property.projectdir</c>.</summary>
        public string ProjectDirectory { get; init; } = "";

        /// <summary>Where route files live: <c>ClerkAppDirectory</c>, relative to the project (default <c>app</c>).</summary>
        public string AppPath { get; init; } = "app";

        /// <summary>The project is analysed for Native AOT (<c>EnableAotAnalyzer</c>, set by <c>PublishAot</c>).</summary>
        public bool AotAnalysis { get; init; }
    }
}
