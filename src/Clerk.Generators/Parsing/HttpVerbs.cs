using System;

namespace Clerk.Generators.Parsing
{
    /// <summary>The handler names Next.js route files export, and the methods that may carry a JSON body.</summary>
    internal static class HttpVerbs
    {
        public static readonly string[] All = { "GET", "POST", "PUT", "PATCH", "DELETE", "HEAD", "OPTIONS" };

        /// <summary>The verb a method name spells in any casing, or null.</summary>
        public static string? Match(string methodName)
        {
            foreach (var verb in All)
            {
                if (string.Equals(verb, methodName, StringComparison.OrdinalIgnoreCase))
                {
                    return verb;
                }
            }
            return null;
        }

        /// <summary>Methods on which an unannotated complex parameter is read from the body, as in minimal APIs.</summary>
        public static bool InfersBody(string verb) => verb == "POST" || verb == "PUT" || verb == "PATCH";
    }
}
