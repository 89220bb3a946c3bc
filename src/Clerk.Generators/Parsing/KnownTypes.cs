using Clerk.Generators.Emitting;
using Clerk.Generators.Models;
using Microsoft.CodeAnalysis;

namespace Clerk.Generators.Parsing
{
    /// <summary>The framework types the parser compares against, by full metadata name.</summary>
    /// <remarks>
    /// Compared by name rather than resolved to symbols: <c>Compilation.GetTypeByMetadataName</c> searches every
    /// referenced assembly (hundreds in a web project), and resolving these ~30 names was a fifth of a 10-file
    /// project's generator time on every build (half of a 1,000-file one's when it was done per route file). A
    /// symbol's name and namespaces are already in memory, so a comparison costs a few string compares. It also
    /// finds a type that two references both define, where <c>GetTypeByMetadataName</c> finds none.
    /// </remarks>
    internal sealed class KnownTypes
    {
        /// <summary>The one set: nothing in it depends on the compilation.</summary>
        public static KnownTypes Shared { get; } = new KnownTypes();

        private KnownTypes()
        {
            static KnownType Get(string name) => new KnownType(name);
            Parsable = Get("System.IParsable`1");
            Task = Get("System.Threading.Tasks.Task");
            TaskOfT = Get("System.Threading.Tasks.Task`1");
            ValueTask = Get("System.Threading.Tasks.ValueTask");
            ValueTaskOfT = Get("System.Threading.Tasks.ValueTask`1");
            Result = Get("Microsoft.AspNetCore.Http.IResult");
            TagsMetadata = Get("Microsoft.AspNetCore.Http.Metadata.ITagsMetadata");
            EndpointMetadataProvider = Get("Microsoft.AspNetCore.Http.Metadata.IEndpointMetadataProvider");
            ParameterMetadataProvider = Get("Microsoft.AspNetCore.Http.Metadata.IEndpointParameterMetadataProvider");
            Protected = Get(RuntimeNames.Recognised.ProtectedAttribute);
            Auth = Get(RuntimeNames.Recognised.Auth);
            ClerkClient = Get(RuntimeNames.Recognised.ClerkClient);
            FromRoute = Get("Microsoft.AspNetCore.Http.Metadata.IFromRouteMetadata");
            FromQuery = Get("Microsoft.AspNetCore.Http.Metadata.IFromQueryMetadata");
            FromHeader = Get("Microsoft.AspNetCore.Http.Metadata.IFromHeaderMetadata");
            FromBody = Get("Microsoft.AspNetCore.Http.Metadata.IFromBodyMetadata");
            FromServices = Get("Microsoft.AspNetCore.Http.Metadata.IFromServiceMetadata");
            FromForm = Get("Microsoft.AspNetCore.Http.Metadata.IFromFormMetadata");
            AsParameters = Get("Microsoft.AspNetCore.Http.AsParametersAttribute");
            FromKeyedServices = Get("Microsoft.Extensions.DependencyInjection.FromKeyedServicesAttribute");
            BindableFromHttpContext = Get("Microsoft.AspNetCore.Http.IBindableFromHttpContext`1");
            HttpContext = Get("Microsoft.AspNetCore.Http.HttpContext");
            ReflectionParameterInfo = Get("System.Reflection.ParameterInfo");
            FormatProvider = Get("System.IFormatProvider");
            ValidationAttribute = Get("System.ComponentModel.DataAnnotations.ValidationAttribute");
            ValidatableObject = Get("System.ComponentModel.DataAnnotations.IValidatableObject");
            DisplayAttribute = Get("System.ComponentModel.DataAnnotations.DisplayAttribute");
            FormTypes = new[]
            {
                (Get("Microsoft.AspNetCore.Http.IFormFile"), FormPart.File),
                (Get("Microsoft.AspNetCore.Http.IFormFileCollection"), FormPart.Files),
                (Get("Microsoft.AspNetCore.Http.IFormCollection"), FormPart.Collection),
            };
            Special = new[]
            {
                (HttpContext, SpecialKind.HttpContext),
                (Get("Microsoft.AspNetCore.Http.HttpRequest"), SpecialKind.HttpRequest),
                (Get("Microsoft.AspNetCore.Http.HttpResponse"), SpecialKind.HttpResponse),
                (Get("System.Threading.CancellationToken"), SpecialKind.CancellationToken),
                (Get("System.Security.Claims.ClaimsPrincipal"), SpecialKind.ClaimsPrincipal),
                (Get("System.IO.Stream"), SpecialKind.Stream),
                (Get("System.IO.Pipelines.PipeReader"), SpecialKind.PipeReader),
                (Get(RuntimeNames.Recognised.WebhookEvent), SpecialKind.WebhookEvent),
            };
        }

        public KnownType Parsable { get; }
        public KnownType Task { get; }
        public KnownType TaskOfT { get; }
        public KnownType ValueTask { get; }
        public KnownType ValueTaskOfT { get; }
        public KnownType Result { get; }
        public KnownType TagsMetadata { get; }
        public KnownType EndpointMetadataProvider { get; }
        public KnownType ParameterMetadataProvider { get; }
        public KnownType Protected { get; }
        public KnownType Auth { get; }
        public KnownType ClerkClient { get; }
        public KnownType FromRoute { get; }
        public KnownType FromQuery { get; }
        public KnownType FromHeader { get; }
        public KnownType FromBody { get; }
        public KnownType FromServices { get; }
        public KnownType FromForm { get; }
        public KnownType AsParameters { get; }
        public KnownType FromKeyedServices { get; }
        public KnownType BindableFromHttpContext { get; }
        public KnownType HttpContext { get; }
        public KnownType ReflectionParameterInfo { get; }
        public KnownType FormatProvider { get; }
        public KnownType ValidationAttribute { get; }
        public KnownType ValidatableObject { get; }
        public KnownType DisplayAttribute { get; }
        /// <summary>The form's parts a parameter of these types takes, with or without <c>[FromForm]</c>.</summary>
        public (KnownType Type, FormPart Part)[] FormTypes { get; }

        /// <summary>Types taken straight from the request, with the part of the request each is.</summary>
        public (KnownType Type, SpecialKind Kind)[] Special { get; }

        public static bool Is(ITypeSymbol? type, KnownType known) => known.Matches(type?.OriginalDefinition);

        public static bool Implements(ITypeSymbol type, KnownType known) =>
            Is(type, known) || System.Linq.Enumerable.Any(type.AllInterfaces, i => Is(i, known));

        /// <summary>
        /// Whether a class or struct implements a metadata provider, whose static <c>PopulateMetadata</c> a generic
        /// call can reach (an interface type cannot be the type argument of such a call).
        /// </summary>
        public static bool Provides(ITypeSymbol type, KnownType provider) =>
            type.TypeKind != TypeKind.Interface && type.TypeKind != TypeKind.TypeParameter
            && System.Linq.Enumerable.Any(type.AllInterfaces, i => Is(i, provider));
    }
}
