namespace Clerk.Generators.Models
{
    /// <summary>One static <c>GET</c>/<c>POST</c>/... method of a route file.</summary>
    /// <param name="Verb">The HTTP method, upper case.</param>
    /// <param name="Call">The method to call, fully qualified: <c>global::App.Api.Route.GET</c>.</param>
    /// <param name="Result">How to write what it returns.</param>
    /// <param name="Parameters">Its parameters, in order.</param>
    /// <param name="Metadata">C# expressions constructing its attributes (class ones first), for endpoint metadata.</param>
    /// <param name="Protection">The effective <c>[Protected]</c> as a C# expression, or null when unprotected.</param>
    /// <param name="Location">The method name, for diagnostics found once the URL is known.</param>
    internal sealed record HandlerInfo(
        string Verb,
        string Call,
        ResultInfo Result,
        EquatableArray<ParameterInfo> Parameters,
        EquatableArray<string> Metadata,
        string? Protection,
        LocationInfo? Location);

    /// <summary>How the handler's return value reaches the response.</summary>
    internal enum ResultKind
    {
        /// <summary><c>void</c> or <c>Task</c>/<c>ValueTask</c>: nothing to write.</summary>
        None,
        /// <summary>An <c>IResult</c> (or a type implementing it): executed.</summary>
        Result,
        /// <summary>A string: written as text/plain.</summary>
        Text,
        /// <summary>A value declared as <c>object</c>: JSON of its runtime type.</summary>
        RuntimeJson,
        /// <summary>Any other value: JSON of the declared type.</summary>
        Json,
    }

    /// <param name="Kind">How to write it.</param>
    /// <param name="Type">The value's type once awaited, fully qualified (for <see cref="ResultKind.Json"/>).</param>
    /// <param name="IsAwaitable">The handler returns a Task or ValueTask.</param>
    internal sealed record ResultInfo(ResultKind Kind, string? Type, bool IsAwaitable);
}
