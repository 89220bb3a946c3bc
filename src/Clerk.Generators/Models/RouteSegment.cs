namespace Clerk.Generators.Models
{
    /// <summary>One folder of a route file's path, as a URL segment.</summary>
    internal sealed record RouteSegment
    {
        /// <summary>What the folder means.</summary>
        public SegmentKind Kind { get; init; }

        /// <summary>The literal text (static) or the parameter name.</summary>
        public string Value { get; init; } = "";

        /// <summary>The folder name as written, for messages.</summary>
        public string Folder { get; init; } = "";
    }
}
