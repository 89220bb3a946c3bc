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
    }

    /// <summary>What kind of value the parameter's type is, which decides the sources it can bind from.</summary>
    internal enum ValueShape
    {
        /// <summary><c>string</c>, any <c>IParsable&lt;T&gt;</c> or an enum (or a nullable of one).</summary>
        Simple,
        /// <summary>An array of simple values: repeated query keys or headers.</summary>
        SimpleArray,
        /// <summary>A <c>string[]</c>, which can also take a catch-all's segments.</summary>
        StringArray,
        /// <summary>A class, struct or record that is not simple: a JSON body or a service.</summary>
        Complex,
        /// <summary>An interface or abstract type: only ever a service.</summary>
        Abstract,
    }

    /// <summary>One handler parameter, as the parser read it.</summary>
    /// <param name="Name">The parameter name.</param>
    /// <param name="Type">Its type, fully qualified, with nullable annotation.</param>
    /// <param name="Display">How it is named in a problem response, as minimal APIs name it: <c>int id</c>.</param>
    /// <param name="Source">Where it comes from, if an attribute said so (or it is a well-known type).</param>
    /// <param name="Key">The route value, query key or header to read (the attribute's <c>Name</c>, else the name).</param>
    /// <param name="Shape">What kind of value it is.</param>
    /// <param name="Parser">C# expression for the value parser (simple shapes), e.g. <c>ValueParsers.Parsable&lt;int&gt;()</c>.</param>
    /// <param name="ValueType">The type the parser produces: the element of an array, the T of a <c>T?</c>.</param>
    /// <param name="IsNullableValueType">A <c>T?</c> of a struct.</param>
    /// <param name="IsOptional">Nullable or with a default: a missing value is not an error.</param>
    /// <param name="DefaultValue">The declared default as a C# expression, or null.</param>
    /// <param name="Special">For <see cref="ParameterSource.Special"/>, the expression that produces it from <c>context</c>.</param>
    /// <param name="Location">The parameter, for diagnostics found once the URL is known.</param>
    internal sealed record ParameterInfo(
        string Name,
        string Type,
        string Display,
        ParameterSource Source,
        string Key,
        ValueShape Shape,
        string? Parser,
        string ValueType,
        bool IsNullableValueType,
        bool IsOptional,
        string? DefaultValue,
        string? Special,
        LocationInfo? Location);
}
