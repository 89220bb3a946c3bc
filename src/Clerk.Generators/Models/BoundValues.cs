using System.Collections.Generic;
using System.Linq;

namespace Clerk.Generators.Models
{
    /// <summary>What a handler binds from the request, value by value.</summary>
    internal static class BoundValues
    {
        /// <summary>The parameters, each <c>[AsParameters]</c> one replaced by its members, in order.</summary>
        public static IEnumerable<ParameterInfo> Of(IEnumerable<ParameterInfo> parameters) =>
            parameters.SelectMany(parameter => parameter.Source == ParameterSource.AsParameters
                ? (IEnumerable<ParameterInfo>)parameter.Members
                : new[] { parameter });
    }
}
