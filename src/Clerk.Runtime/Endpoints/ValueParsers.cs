using System.ComponentModel;
using System.Globalization;

namespace Clerk.Endpoints;

/// <summary>Parses one route, query or header value. Generated code picks the parser at compile time.</summary>
public delegate bool TryParser<T>(string text, out T value);

/// <summary>The parsers generated binding code uses; each is a cached delegate, so binding allocates none.</summary>
[EditorBrowsable(EditorBrowsableState.Never)]
public static class ValueParsers
{
    /// <summary>Takes the text as it is.</summary>
    public static readonly TryParser<string> String = static (string text, out string value) =>
    {
        value = text;
        return true;
    };

    /// <summary>Any <see cref="IParsable{TSelf}"/>, parsed with the invariant culture as minimal APIs do.</summary>
    public static TryParser<T> Parsable<T>() where T : IParsable<T> => ParsableCache<T>.Parser;

    /// <summary>An enum by member name (case-insensitive) or number.</summary>
    public static TryParser<T> Enum<T>() where T : struct, Enum => EnumCache<T>.Parser;

    private static class ParsableCache<T> where T : IParsable<T>
    {
        public static readonly TryParser<T> Parser =
            static (string text, out T value) => T.TryParse(text, CultureInfo.InvariantCulture, out value!);
    }

    private static class EnumCache<T> where T : struct, Enum
    {
        public static readonly TryParser<T> Parser =
            static (string text, out T value) => System.Enum.TryParse(text, ignoreCase: true, out value);
    }
}
