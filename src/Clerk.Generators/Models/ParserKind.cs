namespace Clerk.Generators.Models
{
    /// <summary>How a simple value (or each element of an array of them) is read from text.</summary>
    internal enum ParserKind
    {
        /// <summary>Not read from text: a body, a service, a special or an <c>Auth</c> parameter.</summary>
        None,
        /// <summary>Taken as it is.</summary>
        String,
        /// <summary>An enum member's name or number.</summary>
        Enum,
        /// <summary><c>IParsable&lt;T&gt;.TryParse</c> with the invariant culture.</summary>
        Parsable,
        /// <summary>The type's own public static <c>TryParse(string, out T)</c>, as minimal APIs find it.</summary>
        TryParse,
        /// <summary>The type's own public static <c>TryParse(string, IFormatProvider, out T)</c>, given the invariant
        /// culture (minimal APIs prefer it to the two-argument form).</summary>
        TryParseWithProvider,
    }
}
