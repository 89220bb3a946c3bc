namespace Clerk.Generators.Models
{
    /// <summary>Where a parameter's value comes from, as declared by an attribute, or inferred.</summary>
    internal enum ParameterSource
    {
        /// <summary>No attribute: decided once the route's URL is known (route value, query, body or service).</summary>
        Inferred,
        Route,
        Query,
        Header,
        Body,
        /// <summary>An unannotated complex type on POST, PUT or PATCH: the body, unless its type is a registered
        /// service (decided when the endpoint is mapped, as minimal APIs decide).</summary>
        BodyOrServices,
        Services,
        /// <summary>A well-known type taken from the request: <c>HttpContext</c>, <c>CancellationToken</c>, ...</summary>
        Special,
        /// <summary><c>Clerk.Auth</c>: who is calling, computed once per request.</summary>
        Auth,
        /// <summary>A form field, file or the whole form (<see cref="FormPart"/>): the body read as a form.</summary>
        Form,
        /// <summary>An <c>[AsParameters]</c> type: its members are bound each as a parameter, then it is constructed.</summary>
        AsParameters,
        /// <summary>A type with a static <c>BindAsync</c> that reads itself from the request (no attribute said otherwise).</summary>
        BindAsync,
    }
}
