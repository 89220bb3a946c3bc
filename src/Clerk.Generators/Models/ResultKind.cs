namespace Clerk.Generators.Models
{
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
}
