using System.Linq;
using Clerk.Generators.Models;

namespace Clerk.Generators.Emitting
{
    /// <summary>What both emitters ask of a handler: the name of its endpoint and whether it needs Clerk.</summary>
    internal static class HandlerTraits
    {
        /// <summary>The endpoint's name (<c>WithName</c>): <c>GET /api/users/{id}</c>.</summary>
        public static string EndpointName(HandlerInfo handler, Route route) => $"{handler.Verb} {route.Template}";

        public static bool IsProtected(HandlerInfo handler) => handler.Protection is not null;

        public static bool TakesAuth(HandlerInfo handler) =>
            handler.Parameters.Any(parameter => parameter.Source == ParameterSource.Auth);
    }
}
