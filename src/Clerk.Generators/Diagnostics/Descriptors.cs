using Microsoft.CodeAnalysis;

namespace Clerk.Generators.Diagnostics
{
    /// <summary>Every diagnostic the route generator reports. Ids are stable: users suppress and search by them.</summary>
    internal static class Descriptors
    {
        private const string Category = "Clerk.Routing";

        public static readonly DiagnosticDescriptor HandlerNotStatic = Error(
            "CLERK001", "Route handler must be static",
            "Route handler '{0}' must be static: add the 'static' modifier");

        public static readonly DiagnosticDescriptor HandlerWrongCase = Warning(
            "CLERK002", "Route handler name is not upper case",
            "'{0}' is not mapped: route handlers are named exactly '{1}' (upper case, as in Next.js); rename it to map it");

        public static readonly DiagnosticDescriptor UnsupportedParameter = Error(
            "CLERK003", "Route handler parameter cannot be bound",
            "Parameter '{0}' of '{1}' cannot be bound: {2}");

        public static readonly DiagnosticDescriptor DuplicateHandler = Error(
            "CLERK004", "Duplicate route handler",
            "'{0}' is declared more than once in this route file: keep one {0} handler per route file");

        public static readonly DiagnosticDescriptor DuplicateRoute = Error(
            "CLERK005", "Two route files resolve to the same URL",
            "This route file and '{0}' both resolve to '{1}': route groups and optional catch-alls do not change the URL, so move or merge one of them");

        public static readonly DiagnosticDescriptor CatchAllNotLast = Error(
            "CLERK006", "Catch-all segment must be last",
            "'{0}' is a catch-all segment, so it must be the last folder of the route; move '{1}' into a route file of its own");

        public static readonly DiagnosticDescriptor DifferentParameterNames = Error(
            "CLERK007", "Different parameter names at one level",
            "'{0}' and '{1}' name the same dynamic segment of '{2}' differently: use one name for both folders");

        public static readonly DiagnosticDescriptor RepeatedParameterName = Error(
            "CLERK008", "Route parameter name used twice",
            "The route parameter '{0}' appears more than once in '{1}': give each dynamic segment its own name");

        public static readonly DiagnosticDescriptor CatchAllAndOptionalCatchAll = Error(
            "CLERK009", "Required and optional catch-all at one level",
            "'{0}' and '{1}' are a required and an optional catch-all at the same level of '{2}': keep only one of them");

        public static readonly DiagnosticDescriptor NoHandler = Error(
            "CLERK010", "Route file has no handler",
            "This route file maps no handler: declare a public static GET, POST, PUT, PATCH, DELETE, HEAD or OPTIONS method, or move the file into a _private folder");

        public static readonly DiagnosticDescriptor IncompatibleRouteParameter = Error(
            "CLERK011", "Route parameter bound with an incompatible type",
            "Parameter '{0}' binds the route value '{1}' of '{2}' as '{3}', which cannot hold it: {4}");

        public static readonly DiagnosticDescriptor UnknownRouteParameter = Error(
            "CLERK012", "Route parameter not in the URL",
            "Parameter '{0}' is bound from the route value '{1}', but '{2}' has no such segment: rename the folder to [{1}] or bind the parameter from elsewhere");

        public static readonly DiagnosticDescriptor HandlerNotCallable = Error(
            "CLERK013", "Route handler cannot be called by generated code",
            "Route handler '{0}' cannot be called by the generated endpoint: {1}");

        public static readonly DiagnosticDescriptor RuntimeNotReferenced = Error(
            "CLERK014", "Clerk.Runtime is not referenced",
            "Route files were found but Clerk.Runtime is not referenced: add a reference to the Clerk.Runtime package (or project)");

        public static readonly DiagnosticDescriptor ObjectResultUnderAot = Warning(
            "CLERK015", "Route handler returns object in a Native AOT project",
            "'{0}' returns object, which is written as JSON of its runtime type; Native AOT can only serialize types listed in your JsonSerializerContext, so declare the concrete return type (or return an IResult)");

        public static readonly DiagnosticDescriptor RouteFileWrongCase = Warning(
            "CLERK017", "Route file name is not lower case",
            "'{0}' is not routed: route files are named exactly 'route.cs' (lower case, as in Next.js); rename the file to route.cs");

        public static readonly DiagnosticDescriptor ParameterMissesRouteValue = Warning(
            "CLERK018", "Route value bound by no parameter",
            "Parameter '{0}' of '{1}' is read from the query string, while the route value {2} of '{3}' binds no parameter: rename '{0}' to the route value's name, or mark it [FromQuery] if the query string is meant");

        public static readonly DiagnosticDescriptor RouteInGlobalNamespace = Warning(
            "CLERK019", "Route class in the global namespace",
            "'Route' is in the global namespace, where the Route classes of two route files collide (CS0101): declare a namespace, such as '{0}'");

        public static readonly DiagnosticDescriptor ProtectedWebhook = Error(
            "CLERK020", "Webhook handler marked [Protected]",
            "'{0}' takes a ClerkWebhookEvent and is [Protected]: Clerk's webhooks carry a signature, not a session, so every event would be refused; remove [Protected] (the signature is checked before the handler runs)");

        // Its own category: a privacy rule, not a routing one, so teams can raise it to an error on its own.
        public static readonly DiagnosticDescriptor UserReachesClient = new DiagnosticDescriptor(
            "CLERK016", "Handler returns the Backend User, whose private_metadata would reach the client",
            "'{0}' returns the Backend User through {1}, so its private_metadata would be serialized into the response: return only the fields the client needs, such as new {{ user.Id, user.FirstName }}",
            "Clerk.Privacy", DiagnosticSeverity.Warning, isEnabledByDefault: true,
            description: "Clerk.BackendApi.User carries private_metadata, which Clerk never lets a browser read. A route handler that returns a User directly, in a collection, in an anonymous object, record or tuple, or as the value of Results.Json, Results.Ok, TypedResults.Ok, Response.WriteAsJsonAsync and the like, writes all of it into the JSON response. Project the fields the client needs instead, e.g. new { user.Id, user.FirstName }. The code fix does this when the User is a variable, parameter or member named in the returned value; for collections and named types, write the projection by hand (e.g. users.Select(u => new { u.Id, u.FirstName })).");

        private static DiagnosticDescriptor Error(string id, string title, string message) =>
            new DiagnosticDescriptor(id, title, message, Category, DiagnosticSeverity.Error, isEnabledByDefault: true);

        private static DiagnosticDescriptor Warning(string id, string title, string message) =>
            new DiagnosticDescriptor(id, title, message, Category, DiagnosticSeverity.Warning, isEnabledByDefault: true);
    }
}
