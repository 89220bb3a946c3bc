using Clerk.Generators.Models;
using Microsoft.CodeAnalysis.Diagnostics;

namespace Clerk.Generators.Parsing
{
    /// <summary>Reads <see cref="ProjectOptions"/> from the MSBuild properties the compiler passes on.</summary>
    internal static class ProjectOptionsReader
    {
        public static ProjectOptions Read(AnalyzerConfigOptions options)
        {
            options.TryGetValue("build_property.projectdir", out var projectDirectory);
            options.TryGetValue("build_property.ClerkAppDirectory", out var path);
            options.TryGetValue("build_property.EnableAotAnalyzer", out var aot);
            return new ProjectOptions
            {
                ProjectDirectory = projectDirectory ?? "",
                AppPath = string.IsNullOrWhiteSpace(path) ? "app" : path!.Trim(),
                AotAnalysis = string.Equals(aot, "true", System.StringComparison.OrdinalIgnoreCase),
            };
        }
    }
}
