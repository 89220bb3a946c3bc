using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace Clerk.Generators.Analyzers
{
    /// <summary>
    /// Walks a value bound for the response down to the expressions that put a Backend User into it. It looks
    /// through conversions, both arms of ?:, ?? and switch expressions, the arguments of Results/TypedResults
    /// factories (whose IResult hides the value's type), and the members of anonymous objects and tuples, so the
    /// diagnostic lands on the one expression a projection has to replace.
    /// </summary>
    internal sealed class ReturnedUserLocator
    {
        private readonly UserTypeSearch search;
        private readonly INamedTypeSymbol?[] resultFactories;

        public ReturnedUserLocator(Compilation compilation, UserTypeSearch search)
        {
            this.search = search;
            resultFactories = new[]
            {
                compilation.GetTypeByMetadataName("Microsoft.AspNetCore.Http.Results"),
                compilation.GetTypeByMetadataName("Microsoft.AspNetCore.Http.TypedResults"),
                compilation.GetTypeByMetadataName("Microsoft.AspNetCore.Http.HttpResponseJsonExtensions"),
            };
        }

        /// <summary>
        /// Results.Json, TypedResults.Ok, Response.WriteAsJsonAsync, ...: whatever they are given is written into the
        /// response, whether or not the call is the returned value.
        /// </summary>
        public bool WritesResponse(IMethodSymbol method) =>
            resultFactories.Any(factory => factory is not null && SymbolEqualityComparer.Default.Equals(method.ContainingType, factory));

        // The value parameter (TValue value, object? data, ...), not a JsonTypeInfo<User> that only says how to write it.
        private static bool IsWrittenValue(IParameterSymbol? parameter) =>
            parameter?.OriginalDefinition.Type is { } type && (type is ITypeParameterSymbol || type.SpecialType == SpecialType.System_Object);

        public IEnumerable<UserLeak> Find(IOperation returned) => Find(returned, resultCall: null);

        private IEnumerable<UserLeak> Find(IOperation operation, string? resultCall)
        {
            while (operation is IConversionOperation conversion)
            {
                operation = conversion.Operand;
            }
            switch (operation)
            {
                case IConditionalOperation conditional:
                    return Find(conditional.WhenTrue, resultCall).Concat(conditional.WhenFalse is null ? Enumerable.Empty<UserLeak>() : Find(conditional.WhenFalse, resultCall));
                case ICoalesceOperation coalesce:
                    return Find(coalesce.Value, resultCall).Concat(Find(coalesce.WhenNull, resultCall));
                case ISwitchExpressionOperation switchExpression:
                    return switchExpression.Arms.SelectMany(arm => Find(arm.Value, resultCall));
                case IInvocationOperation invocation when WritesResponse(invocation.TargetMethod):
                    var method = invocation.TargetMethod;
                    var call = method.IsExtensionMethod ? method.Name : method.ContainingType.Name + "." + method.Name;
                    return invocation.Arguments
                        .Where(argument => argument.ArgumentKind != ArgumentKind.DefaultValue && IsWrittenValue(argument.Parameter))
                        .SelectMany(argument => Find(argument.Value, call));
            }

            var path = search.PathToUser(operation.Type);
            if (path is null)
            {
                return Enumerable.Empty<UserLeak>();
            }
            switch (operation)
            {
                case IAnonymousObjectCreationOperation anonymous:
                    return anonymous.Initializers.OfType<ISimpleAssignmentOperation>().SelectMany(member => Find(member.Value, resultCall));
                case ITupleOperation tuple:
                    return tuple.Elements.SelectMany(element => Find(element, resultCall));
                default:
                    return new[] { new UserLeak(operation, path, resultCall) };
            }
        }
    }
}
