using System.Collections.Immutable;
using Microsoft.CodeAnalysis.Diagnostics;

namespace Clerk.Generator.Benchmarks.Projects;

/// <summary>The MSBuild properties a generator sees (<c>build_property.*</c>), and nothing per file.</summary>
internal sealed class BuildProperties(ImmutableDictionary<string, string> values) : AnalyzerConfigOptionsProvider
{
    public override AnalyzerConfigOptions GlobalOptions { get; } = new Options(values);

    public override AnalyzerConfigOptions GetOptions(Microsoft.CodeAnalysis.SyntaxTree tree) => Options.Empty;

    public override AnalyzerConfigOptions GetOptions(Microsoft.CodeAnalysis.AdditionalText textFile) => Options.Empty;

    private sealed class Options(ImmutableDictionary<string, string> values) : AnalyzerConfigOptions
    {
        public static readonly Options Empty = new(ImmutableDictionary<string, string>.Empty);

        public override bool TryGetValue(string key, out string value) => values.TryGetValue(key, out value!);
    }
}
