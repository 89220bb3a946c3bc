using System.Runtime.CompilerServices;
using Microsoft.CodeAnalysis;

namespace Clerk.Generators.Parsing
{
    /// <summary>The framework types the parser compares against, resolved once per compilation.</summary>
    internal sealed class KnownTypes
    {
        // Every route file of a compilation shares one set: GetTypeByMetadataName searches every referenced assembly
        // (hundreds in a web project), and resolving these names again for each route file was half of a 1,000-file
        // build's generator time. Weak keys: a set lives as long as its compilation.
        private static readonly ConditionalWeakTable<Compilation, KnownTypes> PerCompilation = new ConditionalWeakTable<Compilation, KnownTypes>();

        /// <summary>The set for <paramref name="compilation"/>, resolved on first use.</summary>
        public static KnownTypes For(Compilation compilation) =>
            PerCompilation.GetValue(compilation, key => new KnownTypes(key));

        private KnownTypes(Compilation compilation)
        {
            INamedTypeSymbol? Get(string name) => compilation.GetTypeByMetadataName(name);
            Parsable = Get("System.IParsable`1");
            Task = Get("System.Threading.Tasks.Task");
            TaskOfT = Get("System.Threading.Tasks.Task`1");
            ValueTask = Get("System.Threading.Tasks.ValueTask");
            ValueTaskOfT = Get("System.Threading.Tasks.ValueTask`1");
            Result = Get("Microsoft.AspNetCore.Http.IResult");
            Protected = Get("Clerk.ProtectedAttribute");
            Auth = Get("Clerk.Auth");
            ClerkClient = Get("Clerk.BackendApi.ClerkClient");
            FromRoute = Get("Microsoft.AspNetCore.Http.Metadata.IFromRouteMetadata");
            FromQuery = Get("Microsoft.AspNetCore.Http.Metadata.IFromQueryMetadata");
            FromHeader = Get("Microsoft.AspNetCore.Http.Metadata.IFromHeaderMetadata");
            FromBody = Get("Microsoft.AspNetCore.Http.Metadata.IFromBodyMetadata");
            FromServices = Get("Microsoft.AspNetCore.Http.Metadata.IFromServiceMetadata");
            FromForm = Get("Microsoft.AspNetCore.Http.Metadata.IFromFormMetadata");
            AsParameters = Get("Microsoft.AspNetCore.Http.AsParametersAttribute");
            FromKeyedServices = Get("Microsoft.Extensions.DependencyInjection.FromKeyedServicesAttribute");
            FormTypes = new[]
            {
                Get("Microsoft.AspNetCore.Http.IFormFile"),
                Get("Microsoft.AspNetCore.Http.IFormFileCollection"),
                Get("Microsoft.AspNetCore.Http.IFormCollection"),
            };
            Special = new[]
            {
                (Get("Microsoft.AspNetCore.Http.HttpContext"), "context"),
                (Get("Microsoft.AspNetCore.Http.HttpRequest"), "context.Request"),
                (Get("Microsoft.AspNetCore.Http.HttpResponse"), "context.Response"),
                (Get("System.Threading.CancellationToken"), "context.RequestAborted"),
                (Get("System.Security.Claims.ClaimsPrincipal"), "context.User"),
                (Get("System.IO.Stream"), "context.Request.Body"),
                (Get("System.IO.Pipelines.PipeReader"), "context.Request.BodyReader"),
            };
        }

        public INamedTypeSymbol? Parsable { get; }
        public INamedTypeSymbol? Task { get; }
        public INamedTypeSymbol? TaskOfT { get; }
        public INamedTypeSymbol? ValueTask { get; }
        public INamedTypeSymbol? ValueTaskOfT { get; }
        public INamedTypeSymbol? Result { get; }
        public INamedTypeSymbol? Protected { get; }
        public INamedTypeSymbol? Auth { get; }
        public INamedTypeSymbol? ClerkClient { get; }
        public INamedTypeSymbol? FromRoute { get; }
        public INamedTypeSymbol? FromQuery { get; }
        public INamedTypeSymbol? FromHeader { get; }
        public INamedTypeSymbol? FromBody { get; }
        public INamedTypeSymbol? FromServices { get; }
        public INamedTypeSymbol? FromForm { get; }
        public INamedTypeSymbol? AsParameters { get; }
        public INamedTypeSymbol? FromKeyedServices { get; }
        public INamedTypeSymbol?[] FormTypes { get; }

        /// <summary>Types taken straight from the request, with the expression that reads them from <c>context</c>.</summary>
        public (INamedTypeSymbol? Type, string Expression)[] Special { get; }

        public static bool Is(ITypeSymbol? type, INamedTypeSymbol? known) =>
            known is not null && SymbolEqualityComparer.Default.Equals(type?.OriginalDefinition, known);

        public static bool Implements(ITypeSymbol type, INamedTypeSymbol? known) =>
            known is not null && (Is(type, known) || System.Linq.Enumerable.Any(type.AllInterfaces, i => Is(i, known)));
    }
}
