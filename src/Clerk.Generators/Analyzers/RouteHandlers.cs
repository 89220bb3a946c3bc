using System;
using System.IO;
using System.Linq;
using Clerk.Generators.Parsing;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace Clerk.Generators.Analyzers
{
    /// <summary>Which code answers a request: route-file handlers and delegates given to minimal-API Map calls.</summary>
    internal sealed class RouteHandlers
    {
        private readonly INamedTypeSymbol? endpointRouteBuilderExtensions;

        public RouteHandlers(Compilation compilation) =>
            endpointRouteBuilderExtensions = compilation.GetTypeByMetadataName("Microsoft.AspNetCore.Builder.EndpointRouteBuilderExtensions");

        /// <summary>
        /// A static method named exactly like a verb, in a route file or a class named Route. Broader than what the
        /// generator maps (it also needs public, a route folder, ...) on purpose: a privacy leak is worth a warning
        /// even in a handler that is not mapped yet.
        /// </summary>
        public static bool IsRouteFileHandler(ISymbol symbol) =>
            symbol is IMethodSymbol { IsStatic: true, MethodKind: MethodKind.Ordinary } method
            && Array.IndexOf(HttpVerbs.All, method.Name) >= 0
            && (method.ContainingType?.Name == "Route" || method.Locations.Any(IsInRouteFile));

        /// <summary>The MapGet/MapPost/Map/MapMethods/... call a delegate is the handler of, or null.</summary>
        public IInvocationOperation? MapCallOf(IOperation handler)
        {
            var parent = handler.Parent;
            while (parent is IDelegateCreationOperation or IConversionOperation)
            {
                parent = parent.Parent;
            }
            return parent is IArgumentOperation { Parameter.Type.SpecialType: SpecialType.System_Delegate, Parent: IInvocationOperation call }
                && endpointRouteBuilderExtensions is not null
                && SymbolEqualityComparer.Default.Equals(call.TargetMethod.ContainingType, endpointRouteBuilderExtensions)
                ? call
                : null;
        }

        /// <summary>How a message names a minimal-API handler: <c>MapGet("/me")</c>.</summary>
        public static string Describe(IInvocationOperation mapCall)
        {
            var pattern = mapCall.Arguments.FirstOrDefault(argument => argument.Parameter?.Name == "pattern")?.Value.ConstantValue;
            return pattern is { HasValue: true, Value: string text }
                ? mapCall.TargetMethod.Name + "(\"" + text + "\")"
                : mapCall.TargetMethod.Name;
        }

        private static bool IsInRouteFile(Location location) =>
            location.SourceTree is { } tree && string.Equals(Path.GetFileName(tree.FilePath), RouteFileParser.FileName, StringComparison.Ordinal);
    }
}
