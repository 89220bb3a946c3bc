namespace Clerk.Generators.Models
{
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
}
