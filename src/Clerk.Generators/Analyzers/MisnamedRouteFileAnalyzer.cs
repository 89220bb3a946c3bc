using System;
using System.Collections.Immutable;
using System.IO;
using Clerk.Generators.Diagnostics;
using Clerk.Generators.Parsing;
using Clerk.Generators.Routing;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;

namespace Clerk.Generators.Analyzers
{
    /// <summary>
    /// CLERK017: <c>Route.cs</c> or <c>ROUTE.cs</c> under the app directory. The generator matches <c>route.cs</c>
    /// exactly, as Next.js does (and as a case-sensitive file system would), so such a file silently maps nothing;
    /// this says so where the author will look.
    /// </summary>
    [DiagnosticAnalyzer(LanguageNames.CSharp)]
    public sealed class MisnamedRouteFileAnalyzer : DiagnosticAnalyzer
    {
        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } =
            ImmutableArray.Create(Descriptors.RouteFileWrongCase);

        public override void Initialize(AnalysisContext context)
        {
            context.EnableConcurrentExecution();
            context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
            context.RegisterSyntaxTreeAction(Analyze);
        }

        private static void Analyze(SyntaxTreeAnalysisContext context)
        {
            var path = context.Tree.FilePath;
            var name = Path.GetFileName(path);
            if (!string.Equals(name, RouteFileParser.FileName, StringComparison.OrdinalIgnoreCase)
                || string.Equals(name, RouteFileParser.FileName, StringComparison.Ordinal))
            {
                return;
            }

            var project = ProjectOptionsReader.Read(context.Options.AnalyzerConfigOptionsProvider.GlobalOptions);
            if (RouteResolver.RelativeToApp(path, project) is not null)
            {
                context.ReportDiagnostic(Diagnostic.Create(
                    Descriptors.RouteFileWrongCase, Location.Create(context.Tree, new TextSpan(0, 0)), name));
            }
        }
    }
}
