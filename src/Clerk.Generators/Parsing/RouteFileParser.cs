using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Threading;
using Clerk.Generators.Diagnostics;
using Clerk.Generators.Memo;
using Clerk.Generators.Models;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Text;

namespace Clerk.Generators.Parsing
{
    /// <summary>Reads a <c>route.cs</c> file into a <see cref="RouteFile"/>: its handlers, or what is wrong with them.</summary>
    internal static class RouteFileParser
    {
        public const string FileName = "route.cs";

        /// <summary>The cheap syntax-only test: the root of a file named route.cs.</summary>
        public static bool IsRouteFile(SyntaxNode node, CancellationToken _) =>
            node is CompilationUnitSyntax && string.Equals(Path.GetFileName(node.SyntaxTree.FilePath), FileName, StringComparison.Ordinal);

        /// <summary>The route file's model: remembered by <paramref name="memo"/> when nothing it depends on changed.</summary>
        public static RouteFile Parse(GeneratorSyntaxContext context, RouteFileMemo memo, CancellationToken cancellationToken) =>
            memo.GetOrParse(context.Node.SyntaxTree, context.SemanticModel.Compilation, () => Parse(context, cancellationToken));

        private static RouteFile Parse(GeneratorSyntaxContext context, CancellationToken cancellationToken)
        {
            var unit = (CompilationUnitSyntax)context.Node;
            var model = context.SemanticModel;
            var known = KnownTypes.Shared;
            var handlers = new List<HandlerInfo>();
            var diagnostics = new List<DiagnosticInfo>();
            var declared = new HashSet<string>();

            foreach (var methodSyntax in unit.DescendantNodes().OfType<MethodDeclarationSyntax>())
            {
                cancellationToken.ThrowIfCancellationRequested();
                var name = methodSyntax.Identifier.ValueText;
                var verb = HttpVerbs.Match(name);
                if (verb is null || methodSyntax.Parent is not TypeDeclarationSyntax)
                {
                    continue;
                }
                var location = LocationInfo.From(methodSyntax.Identifier);
                if (name != verb)
                {
                    diagnostics.Add(DiagnosticInfo.Create(Descriptors.HandlerWrongCase, location, name, verb));
                    continue;
                }
                if (!declared.Add(verb))
                {
                    diagnostics.Add(DiagnosticInfo.Create(Descriptors.DuplicateHandler, location, verb));
                    continue;
                }
                if (model.GetDeclaredSymbol(methodSyntax, cancellationToken) is not IMethodSymbol method)
                {
                    continue;
                }
                var handler = ParseHandler(verb, method, methodSyntax, known, location, diagnostics);
                if (handler is not null)
                {
                    handlers.Add(handler);
                }
            }

            var firstType = unit.DescendantNodes().OfType<BaseTypeDeclarationSyntax>().FirstOrDefault();
            var fileLocation = firstType is not null
                ? LocationInfo.From(firstType.Identifier)
                : new LocationInfo(unit.SyntaxTree.FilePath, new TextSpan(0, 0), new LinePositionSpan(default, default));
            return new RouteFile
            {
                FilePath = unit.SyntaxTree.FilePath,
                Handlers = handlers.ToEquatableArray(),
                Diagnostics = diagnostics.ToEquatableArray(),
                Location = fileLocation,
            };
        }

        private static HandlerInfo? ParseHandler(
            string verb, IMethodSymbol method, MethodDeclarationSyntax syntax, KnownTypes known,
            LocationInfo? location, List<DiagnosticInfo> diagnostics)
        {
            if (!method.IsStatic)
            {
                diagnostics.Add(DiagnosticInfo.Create(Descriptors.HandlerNotStatic, location, verb));
                return null;
            }
            var notCallable = HandlerChecks.WhyNotCallable(method, syntax);
            if (notCallable is not null)
            {
                diagnostics.Add(DiagnosticInfo.Create(Descriptors.HandlerNotCallable, location, verb, notCallable));
                return null;
            }

            var parameters = new List<ParameterInfo>();
            foreach (var parameterSymbol in method.Parameters)
            {
                if (ParameterParser.IsUnresolved(parameterSymbol.Type))
                {
                    // Not mapped, and no diagnostic of ours: the build already fails on the compiler's own error.
                    continue;
                }

                var (parameter, unsupported) = ParameterParser.Parse(parameterSymbol, known);
                if (parameter is null)
                {
                    diagnostics.Add(DiagnosticInfo.Create(Descriptors.UnsupportedParameter,
                        LocationInfo.From(parameterSymbol.Locations.FirstOrDefault()), parameterSymbol.Name, verb, unsupported!));
                    continue;
                }
                parameters.Add(parameter);
            }
            if (parameters.Count != method.Parameters.Length)
            {
                return null;
            }
            var protection = AttributeReader.Protection(method, known);
            if (protection is not null && parameters.Any(parameter => parameter.Special == SpecialKind.WebhookEvent))
            {
                diagnostics.Add(DiagnosticInfo.Create(Descriptors.ProtectedWebhook, location, verb));
                return null;
            }

            return new HandlerInfo
            {
                Verb = verb,
                DeclaringType = TypeNames.Of(method.ContainingType),
                Result = ResultOf(method, known),
                Parameters = parameters.ToEquatableArray(),
                ValidatedTypes = ValidationReader.Read(ValidationRoots(method, parameters), known).ToEquatableArray(),
                Attributes = AttributeReader.TypeMetadata(method, known).ToEquatableArray(),
                Summary = DocumentationReader.Summary(syntax),
                HasTags = AttributeReader.HasTags(method, known),
                Protection = protection,
                Location = location,
            };
        }

        /// <summary>
        /// The parameter types validation may check: bodies (an inferred one may turn out to be a service, which is
        /// then never validated as one) and <c>[AsParameters]</c> types; not the request's own objects.
        /// </summary>
        private static IEnumerable<ITypeSymbol> ValidationRoots(IMethodSymbol method, List<ParameterInfo> parameters) =>
            method.Parameters.Zip(parameters, (symbol, parameter) => (symbol, parameter))
                .Where(pair => (pair.parameter.Source is ParameterSource.Body or ParameterSource.Inferred or ParameterSource.AsParameters
                        && pair.parameter.Shape == ValueShape.Complex)
                    || pair.parameter.Form == FormPart.Object)
                .Select(pair => pair.symbol.Type);

        private static ResultInfo ResultOf(IMethodSymbol method, KnownTypes known)
        {
            if (method.ReturnsVoid)
            {
                return new ResultInfo { Kind = ResultKind.None };
            }
            var type = method.ReturnType;
            if (KnownTypes.Is(type, known.Task) || KnownTypes.Is(type, known.ValueTask))
            {
                return new ResultInfo { Kind = ResultKind.None, IsAwaitable = true };
            }
            var awaitable = false;
            if (type is INamedTypeSymbol { IsGenericType: true } generic
                && (KnownTypes.Is(generic, known.TaskOfT) || KnownTypes.Is(generic, known.ValueTaskOfT)))
            {
                type = generic.TypeArguments[0];
                awaitable = true;
            }
            // Results<Ok<T>, NotFound>, Created<T>, ...: they describe the responses they make.
            var provider = KnownTypes.Provides(type, known.EndpointMetadataProvider) ? TypeNames.Of(type) : null;
            if (KnownTypes.Implements(type, known.Result))
            {
                return new ResultInfo { Kind = ResultKind.Result, IsAwaitable = awaitable, MetadataProvider = provider };
            }
            switch (type.SpecialType)
            {
                case SpecialType.System_String:
                    return new ResultInfo { Kind = ResultKind.Text, IsAwaitable = awaitable };
                case SpecialType.System_Object:
                    return new ResultInfo { Kind = ResultKind.RuntimeJson, IsAwaitable = awaitable };
                default:
                    return new ResultInfo
                    {
                        Kind = ResultKind.Json, Type = TypeNames.Of(type), IsAwaitable = awaitable, MetadataProvider = provider,
                    };
            }
        }
    }
}
