using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using Clerk.Generators.Diagnostics;
using Clerk.Generators.Parsing;
using Clerk.Generators.Routing;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace Clerk.Generators.Analyzers
{
    /// <summary>
    /// CLERK019: a route file's <c>Route</c> class in the global namespace. One such file works; the second gives
    /// only the compiler's CS0101/CS0111, which never says that a namespace is the fix. The suggested namespace
    /// (<see cref="NamespaceProperty"/>, read by the code fix) follows the IDE's convention: the root namespace and
    /// the folders, <c>MyApp.App.Api.Users.Id</c> for <c>app/api/users/[id]/route.cs</c>.
    /// </summary>
    [DiagnosticAnalyzer(LanguageNames.CSharp)]
    public sealed class GlobalRouteClassAnalyzer : DiagnosticAnalyzer
    {
        /// <summary>The diagnostic property holding the suggested namespace.</summary>
        public const string NamespaceProperty = "Namespace";

        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } =
            ImmutableArray.Create(Descriptors.RouteInGlobalNamespace);

        public override void Initialize(AnalysisContext context)
        {
            context.EnableConcurrentExecution();
            context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
            context.RegisterSymbolAction(Analyze, SymbolKind.NamedType);
        }

        private static void Analyze(SymbolAnalysisContext context)
        {
            var type = (INamedTypeSymbol)context.Symbol;
            if (type.Name != "Route" || !type.ContainingNamespace.IsGlobalNamespace || type.ContainingType is not null)
            {
                return;
            }

            var global = context.Options.AnalyzerConfigOptionsProvider.GlobalOptions;
            var project = ProjectOptionsReader.Read(global);
            foreach (var location in type.Locations)
            {
                var path = location.SourceTree?.FilePath;
                if (path is null || !string.Equals(Path.GetFileName(path), RouteFileParser.FileName, StringComparison.Ordinal)
                    || RouteResolver.RelativeToApp(path, project) is not { } relative)
                {
                    continue;
                }

                global.TryGetValue("build_property.RootNamespace", out var rootNamespace);
                var suggested = Suggest(rootNamespace, project.AppPath, relative);
                var properties = ImmutableDictionary<string, string?>.Empty.Add(NamespaceProperty, suggested);
                context.ReportDiagnostic(Diagnostic.Create(Descriptors.RouteInGlobalNamespace, location, properties, suggested));
            }
        }

        /// <summary>The root namespace, then each folder from the app directory down, as identifier words.</summary>
        internal static string Suggest(string? rootNamespace, string appPath, string relativeToApp)
        {
            // A rooted app directory lies outside the project: only its own name is part of the namespace.
            var app = appPath.Replace('\\', '/').Trim('/').Split('/');
            var folders = new List<string>(Path.IsPathRooted(appPath) ? app.Skip(app.Length - 1) : app);
            var below = relativeToApp.Replace('\\', '/').Split('/');
            folders.AddRange(below.Take(below.Length - 1));
            var parts = folders.Select(Word).Where(word => word.Length > 0).ToList();
            if (!string.IsNullOrWhiteSpace(rootNamespace))
            {
                parts.Insert(0, rootNamespace!.Trim());
            }

            return parts.Count == 0 ? "App" : string.Join(".", parts);
        }

        // current-user is CurrentUser, [...slug] is Slug, (admin) is Admin; a leading digit gets an underscore.
        private static string Word(string folder)
        {
            var pieces = new string(folder.Select(c => char.IsLetterOrDigit(c) ? c : ' ').ToArray())
                .Split(new[] { ' ' }, StringSplitOptions.RemoveEmptyEntries)
                .Select(piece => char.ToUpperInvariant(piece[0]) + piece.Substring(1));
            var word = string.Concat(pieces);
            return word.Length > 0 && char.IsDigit(word[0]) ? "_" + word : word;
        }
    }
}
