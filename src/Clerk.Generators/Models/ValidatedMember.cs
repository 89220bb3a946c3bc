namespace Clerk.Generators.Models
{
    /// <summary>A property validation checks: it has DataAnnotations, or its type (or element type) is validated too.</summary>
    internal sealed record ValidatedMember
    {
        /// <summary>The property's type, fully qualified, without a nullable annotation.</summary>
        public string Type { get; init; } = "";

        /// <summary>The property's name.</summary>
        public string Name { get; init; } = "";

        /// <summary>What validation messages call it: its <c>[Display(Name)]</c>, else its name.</summary>
        public string DisplayName { get; init; } = "";
    }
}
