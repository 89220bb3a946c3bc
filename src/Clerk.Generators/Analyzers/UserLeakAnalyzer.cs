using System.Collections.Immutable;
using Clerk.Generators.Diagnostics;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;

namespace Clerk.Generators.Analyzers
{
    /// <summary>
    /// CLERK016: a route handler must not return a Clerk.BackendApi.User, whose private_metadata would then be
    /// written into the response. Checks declared return types (Task&lt;User&gt;, List&lt;User&gt;, ...) and, where
    /// the declared type hides it (IResult, object, an inferred lambda type), every returned value and every value
    /// given to Results/TypedResults or Response.WriteAsJsonAsync.
    /// </summary>
    [DiagnosticAnalyzer(LanguageNames.CSharp)]
    public sealed class UserLeakAnalyzer : DiagnosticAnalyzer
    {
        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } =
            ImmutableArray.Create(Descriptors.UserReachesClient);

        public override void Initialize(AnalysisContext context)
        {
            context.EnableConcurrentExecution();
            context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
            context.RegisterCompilationStartAction(start =>
            {
                var user = start.Compilation.GetTypeByMetadataName(BackendUser.MetadataName);
                if (user is null)
                {
                    return;
                }
                var search = new UserTypeSearch(start.Compilation, user);
                var locator = new ReturnedUserLocator(start.Compilation, search);
                var handlers = new RouteHandlers(start.Compilation);
                start.RegisterSymbolAction(symbol => AnalyzeReturnType(symbol, search), SymbolKind.Method);
                start.RegisterOperationAction(operation => AnalyzeReturn(operation, search, locator, handlers), OperationKind.Return);
                start.RegisterOperationAction(operation => AnalyzeResponseWrite(operation, search, locator, handlers), OperationKind.Invocation);
                start.RegisterOperationAction(operation => AnalyzeMethodGroup(operation, search, handlers), OperationKind.MethodReference);
            });
        }

        // A declared Task<User> or List<User> leaks on every path: one warning on the type, none per return.
        private static void AnalyzeReturnType(SymbolAnalysisContext context, UserTypeSearch search)
        {
            var method = (IMethodSymbol)context.Symbol;
            if (!RouteHandlers.IsRouteFileHandler(method) || search.PathToUser(method.ReturnType) is not { } path)
            {
                return;
            }
            foreach (var reference in method.DeclaringSyntaxReferences)
            {
                if (reference.GetSyntax(context.CancellationToken) is MethodDeclarationSyntax declaration)
                {
                    var flow = "its return type '" + declaration.ReturnType + "'" + (path.Length > 0 ? " (its " + path + ")" : "");
                    context.ReportDiagnostic(Diagnostic.Create(Descriptors.UserReachesClient, declaration.ReturnType.GetLocation(), method.Name, flow));
                }
            }
        }

        private static void AnalyzeReturn(OperationAnalysisContext context, UserTypeSearch search, ReturnedUserLocator locator, RouteHandlers handlers)
        {
            var returned = ((IReturnOperation)context.Operation).ReturnedValue;
            var handler = returned is null ? null : HandlerName(context, search, handlers);
            if (handler is null)
            {
                return;
            }
            foreach (var leak in locator.Find(returned!))
            {
                // Leaks inside Results.Json(...) and the like are AnalyzeResponseWrite's, wherever the call is.
                if (leak.ResultCall is null)
                {
                    context.ReportDiagnostic(Diagnostic.Create(Descriptors.UserReachesClient, leak.Value.Syntax.GetLocation(), handler, leak.Describe()));
                }
            }
        }

        // return Results.Json(user), var result = Results.Json(user); return result; and Response.WriteAsJsonAsync(user).
        private static void AnalyzeResponseWrite(OperationAnalysisContext context, UserTypeSearch search, ReturnedUserLocator locator, RouteHandlers handlers)
        {
            var invocation = (IInvocationOperation)context.Operation;
            if (!locator.WritesResponse(invocation.TargetMethod) || IsGivenToAnotherWrite(invocation, locator))
            {
                return;
            }
            var handler = HandlerName(context, search, handlers);
            if (handler is null)
            {
                return;
            }
            foreach (var leak in locator.Find(invocation))
            {
                context.ReportDiagnostic(Diagnostic.Create(Descriptors.UserReachesClient, leak.Value.Syntax.GetLocation(), handler, leak.Describe()));
            }
        }

        // Results.Json(Results.Ok(user)) is one leak: the outer call's analysis already walks into the inner one.
        private static bool IsGivenToAnotherWrite(IOperation operation, ReturnedUserLocator locator)
        {
            var parent = operation.Parent;
            while (parent is IConversionOperation)
            {
                parent = parent.Parent;
            }
            return parent is IArgumentOperation { Parent: IInvocationOperation outer } && locator.WritesResponse(outer.TargetMethod);
        }

        /// <summary>
        /// The handler an operation runs in, or null: outside handlers, in a nested lambda or local function, or in a
        /// handler whose declared return type already got the warning.
        /// </summary>
        private static string? HandlerName(OperationAnalysisContext context, UserTypeSearch search, RouteHandlers handlers)
        {
            for (var parent = context.Operation.Parent; parent is not null; parent = parent.Parent)
            {
                switch (parent)
                {
                    case IAnonymousFunctionOperation lambda:
                        return handlers.MapCallOf(lambda) is { } mapCall ? RouteHandlers.Describe(mapCall) : null;
                    case ILocalFunctionOperation:
                        return null;
                }
            }
            return context.ContainingSymbol is IMethodSymbol method
                && RouteHandlers.IsRouteFileHandler(method)
                && search.PathToUser(method.ReturnType) is null
                ? method.Name
                : null;
        }

        // app.MapGet("/me", GetMe): the handler is a method elsewhere, so only its declared return type is known here.
        private static void AnalyzeMethodGroup(OperationAnalysisContext context, UserTypeSearch search, RouteHandlers handlers)
        {
            var reference = (IMethodReferenceOperation)context.Operation;
            if (reference.Parent is not IDelegateCreationOperation creation
                || handlers.MapCallOf(creation) is not { } mapCall
                || search.PathToUser(reference.Method.ReturnType) is not { } path)
            {
                return;
            }
            var flow = "the method '" + reference.Method.Name + "', which returns '"
                + reference.Method.ReturnType.ToDisplayString(SymbolDisplayFormat.MinimallyQualifiedFormat) + "'"
                + (path.Length > 0 ? " (its " + path + ")" : "");
            context.ReportDiagnostic(Diagnostic.Create(Descriptors.UserReachesClient, reference.Syntax.GetLocation(), RouteHandlers.Describe(mapCall), flow));
        }
    }
}
