using System.Linq;
using Clerk.Generators.Diagnostics;
using Clerk.Generators.Emitting;
using Clerk.Generators.Memo;
using Clerk.Generators.Models;
using Clerk.Generators.Parsing;
using Clerk.Generators.Routing;
using Microsoft.CodeAnalysis;

namespace Clerk.Generators
{
    /// <summary>
    /// Turns every <c>app/**/route.cs</c> into endpoints at build time: parse each route file into an equatable
    /// model, resolve it to a URL, order the table, then emit one source per route plus <c>MapRouteHandlers()</c>.
    /// Diagnostics travel as data and are reported at the end.
    /// </summary>
    [Generator(LanguageNames.CSharp)]
    public sealed class RouteGenerator : IIncrementalGenerator
    {
        /// <summary>Names of the pipeline steps, for incremental-caching tests.</summary>
        public static class Steps
        {
            public const string ProjectOptions = nameof(ProjectOptions);
            public const string RouteFiles = nameof(RouteFiles);
            public const string Routes = nameof(Routes);
            public const string RouteModels = nameof(RouteModels);
            public const string Table = nameof(Table);
            public const string RouteSources = nameof(RouteSources);
            public const string RuntimeReferenced = nameof(RuntimeReferenced);
        }

        /// <summary>
        /// The only state kept between runs: what earlier compilations of a project showed, used while nothing it
        /// depends on changed (its contract, and why it cannot leak between projects, are on the type).
        /// </summary>
        internal RouteFileMemo Memo { get; } = new RouteFileMemo();

        public void Initialize(IncrementalGeneratorInitializationContext context)
        {
            var projectOptions = context.AnalyzerConfigOptionsProvider
                .Select((options, _) => ProjectOptionsReader.Read(options.GlobalOptions))
                .WithTrackingName(Steps.ProjectOptions);

            var routeFiles = context.SyntaxProvider
                .CreateSyntaxProvider(RouteFileParser.IsRouteFile, (syntax, cancellationToken) => RouteFileParser.Parse(syntax, Memo, cancellationToken))
                .WithTrackingName(Steps.RouteFiles);

            var routes = routeFiles
                .Combine(projectOptions)
                .Select((pair, _) => RouteResolver.Resolve(pair.Left, pair.Right))
                .WithTrackingName(Steps.Routes);

            var routeModels = routes
                .Where(resolved => resolved.Route is not null)
                .Select((resolved, _) => resolved.Route!)
                .WithTrackingName(Steps.RouteModels);

            var table = routeModels
                .Collect()
                .Select((all, _) => RouteTableBuilder.Build(all))
                .WithTrackingName(Steps.Table);

            var runtimeReferenced = context.CompilationProvider
                .Select((compilation, _) => Memo.IsRuntimeReferenced(compilation))
                .WithTrackingName(Steps.RuntimeReferenced);

            context.RegisterSourceOutput(routes, (output, resolved) =>
            {
                foreach (var diagnostic in resolved.Diagnostics)
                {
                    output.ReportDiagnostic(diagnostic.ToDiagnostic());
                }
            });

            var tableWithRuntime = table.Combine(runtimeReferenced);
            context.RegisterSourceOutput(tableWithRuntime, (output, pair) =>
            {
                var (routeTable, hasRuntime) = pair;
                foreach (var diagnostic in routeTable.Diagnostics)
                {
                    output.ReportDiagnostic(diagnostic.ToDiagnostic());
                }
                if (!hasRuntime)
                {
                    if (routeTable.Routes.Count > 0)
                    {
                        output.ReportDiagnostic(DiagnosticInfo.Create(Descriptors.RuntimeNotReferenced, routeTable.Routes[0].Location).ToDiagnostic());
                    }
                    return;
                }
                output.AddSource(TableEmitter.HintName, TableEmitter.Emit(routeTable.Routes));
            });

            var routeSources = table
                .SelectMany((routeTable, _) => routeTable.Routes)
                .Combine(runtimeReferenced)
                .Where(pair => pair.Right)
                .Select((pair, _) => pair.Left)
                .WithTrackingName(Steps.RouteSources);
            context.RegisterSourceOutput(routeSources, (output, route) =>
                output.AddSource(RouteEmitter.HintName(route), RouteEmitter.Emit(route)));
        }
    }
}
