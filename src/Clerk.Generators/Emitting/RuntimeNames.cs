namespace Clerk.Generators.Emitting
{
    /// <summary>
    /// The generator's whole contract with Clerk.Runtime: every runtime type and member the generated code calls, and
    /// every runtime type the parser and the analyzers recognise in user code. Nothing else in the generator spells a runtime name,
    /// so renaming or moving something in the runtime means changing this file only.
    /// </summary>
    /// <remarks>
    /// Two runtime names reach the generated code without passing through here: the <c>[Protected]</c> properties and
    /// <c>TokenTypes</c> members a route file sets are copied from the attribute's symbol, so they follow the runtime
    /// by themselves.
    /// </remarks>
    internal static class RuntimeNames
    {
        /// <summary>Runtime types the parser recognises, by full metadata name.</summary>
        public static class Recognised
        {
            public const string ProtectedAttribute = "Clerk.ProtectedAttribute";

            public const string Auth = "Clerk.Auth";

            public const string ClerkClient = "Clerk.BackendApi.ClerkClient";

            /// <summary>The Backend API user, which the privacy rule keeps out of responses.</summary>
            public const string BackendUser = "Clerk.BackendApi.User";

            public const string WebhookEvent = "Clerk.ClerkWebhookEvent";

            /// <summary>A type only Clerk.Runtime declares: the project references the runtime when it resolves.</summary>
            public const string RuntimeMarker = "Clerk.Endpoints.RequestValues";
        }

        public const string ProtectedAttribute = "global::" + Recognised.ProtectedAttribute;

        public const string ProtectException = "global::Clerk.ProtectException";

        public static class ClerkRequest
        {
            private const string Type = "global::Clerk.Endpoints.ClerkRequest";
            public const string GetAuthAsync = Type + ".GetAuthAsync";
            public const string DenyAsync = Type + ".DenyAsync";
        }

        public static class EndpointServices
        {
            private const string Type = "global::Clerk.Endpoints.EndpointServices";
            public const string JsonOptions = Type + ".JsonOptions";
            public const string JsonType = Type + ".JsonType";
            public const string RouteGuard = Type + ".RouteGuard";
            public const string RequireClerk = Type + ".RequireClerk";
            public const string RequiredService = Type + ".RequiredService";
            public const string OptionalService = Type + ".OptionalService";
        }

        /// <summary>The guard <c>EndpointServices.RouteGuard</c> returns (<c>IRouteGuard</c>).</summary>
        public static class RouteGuard
        {
            public const string AllowAsync = "AllowAsync";
        }

        public static class RequestValues
        {
            private const string Type = "global::" + Recognised.RuntimeMarker;
            public const string Route = Type + ".Route";
            public const string RouteSegments = Type + ".RouteSegments";
            public const string Query = Type + ".Query";
            public const string QueryValues = Type + ".QueryValues";
            public const string Header = Type + ".Header";
            public const string HeaderValues = Type + ".HeaderValues";
            public const string Required = Type + ".Required";
            public const string Optional = Type + ".Optional";
            public const string OptionalValue = Type + ".OptionalValue";
            public const string Many = Type + ".Many";
            public const string BindAsync = Type + ".BindAsync";
            public const string NotBound = Type + ".NotBound";
        }

        /// <summary>What binding helpers return on failure (<c>BindingError</c>).</summary>
        public static class BindingError
        {
            public const string WriteAsync = "WriteAsync";
        }

        public static class ValueParsers
        {
            private const string Type = "global::Clerk.Endpoints.ValueParsers";
            public const string String = Type + ".String";
            public const string Enum = Type + ".Enum";
            public const string Parsable = Type + ".Parsable";
        }

        public static class RequestForm
        {
            private const string Type = "global::Clerk.Endpoints.RequestForm";
            public const string ReadAsync = Type + ".ReadAsync";
            public const string Value = Type + ".Value";
            public const string Values = Type + ".Values";
            public const string File = Type + ".File";
            public const string Missing = Type + ".Missing";
            public const string MemberValues = Type + ".MemberValues";
            public const string Many = Type + ".Many";
        }

        public static class RouteFileValidation
        {
            public const string Type = "global::Clerk.Endpoints.RouteFileValidation.Type";
            public const string Property = "global::Clerk.Endpoints.ValidatedProperty";
        }

        /// <summary>Verifies a webhook request (<c>RequestWebhook</c>), answering one it refuses.</summary>
        public static class RequestWebhook
        {
            public const string ReadAsync = "global::Clerk.Endpoints.RequestWebhook.ReadAsync";
            public const string RequireSecret = "global::Clerk.Endpoints.RequestWebhook.RequireSecret";
            public const string WriteErrorAsync = "WriteErrorAsync";
        }

        public static class RequestBody
        {
            public const string ReadJsonAsync = "global::Clerk.Endpoints.RequestBody.ReadJsonAsync";
        }

        public static class InferredBody
        {
            private const string Type = "global::Clerk.Endpoints.InferredBody";
            public const string Resolve = Type + ".Resolve";
            public const string ReadAsync = Type + ".ReadAsync";
        }

        public static class HandlerResults
        {
            private const string Type = "global::Clerk.Endpoints.HandlerResults";
            public const string ExecuteAsync = Type + ".ExecuteAsync";
            public const string WriteTextAsync = Type + ".WriteTextAsync";
            public const string WriteJsonAsync = Type + ".WriteJsonAsync";
        }

        public static class HandlerEndpoint
        {
            private const string Type = "global::Clerk.Endpoints.HandlerEndpoint";
            public const string Map = Type + ".Map";
            public const string Returned = Type + ".Returned";
            public const string Nothing = Type + ".Nothing";
            public const string Awaited = Type + ".Awaited";
            public const string Parameters = Type + ".Parameters";
        }

        /// <summary>The filters <c>HandlerEndpoint.Map</c> hands the request delegate (<c>HandlerFilters</c>).</summary>
        public static class HandlerFilters
        {
            public const string InvokeAsync = "InvokeAsync";
        }

        /// <summary>The builder <c>HandlerEndpoint.Map</c> hands the metadata callback (<c>HandlerMetadata</c>).</summary>
        public static class HandlerMetadata
        {
            public const string Parameter = "Parameter";
            public const string Member = "Member";
            public const string FromParameter = "FromParameter";
            public const string FromType = "FromType";
            public const string AcceptsJson = "AcceptsJson";
            public const string AcceptsJsonUnlessService = "AcceptsJsonUnlessService";
            public const string AcceptsForm = "AcceptsForm";
            public const string ReceivesWebhooks = "ReceivesWebhooks";
            public const string ProducesJson = "ProducesJson";
            public const string ProducesText = "ProducesText";
            public const string Add = "Add";
        }

        /// <summary>ASP.NET Core's metadata types the generated code constructs.</summary>
        public static class Framework
        {
            public const string EndpointSummaryAttribute = "global::Microsoft.AspNetCore.Http.EndpointSummaryAttribute";
            public const string TagsAttribute = "global::Microsoft.AspNetCore.Http.TagsAttribute";
        }

        public static class MethodFallbacks
        {
            public const string Map = "global::Clerk.Endpoints.MethodFallbacks.Map";
        }
    }
}
