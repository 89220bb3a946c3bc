namespace Clerk.Generators.Models
{
    /// <summary>What a handler returns.</summary>
    internal sealed record ResultInfo
    {
        /// <summary>How to write it.</summary>
        public ResultKind Kind { get; init; }

        /// <summary>The value's type once awaited, fully qualified (for <see cref="ResultKind.Json"/>).</summary>
        public string? Type { get; init; }

        /// <summary>
        /// The value's type once awaited, fully qualified, when it implements <c>IEndpointMetadataProvider</c>
        /// (<c>Results&lt;Ok&lt;T&gt;, NotFound&gt;</c>, <c>Created&lt;T&gt;</c>, ...); else null.
        /// </summary>
        public string? MetadataProvider { get; init; }

        /// <summary>The handler returns a Task or ValueTask.</summary>
        public bool IsAwaitable { get; init; }
    }
}
