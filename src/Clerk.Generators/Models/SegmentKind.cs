namespace Clerk.Generators.Models
{
    /// <summary>What a folder under the app directory means in the URL.</summary>
    internal enum SegmentKind
    {
        /// <summary><c>users</c>: matched literally.</summary>
        Static,
        /// <summary><c>[id]</c>: one segment, captured.</summary>
        Dynamic,
        /// <summary><c>[...slug]</c>: one segment or more, captured.</summary>
        CatchAll,
        /// <summary><c>[[...slug]]</c>: zero segments or more, captured.</summary>
        OptionalCatchAll,
    }
}
