namespace Clerk.Generators.Models
{
    /// <summary>
    /// A type a handler takes whose values <c>AddValidation()</c> checks: what the SDK's validations generator would
    /// describe for it, had it seen a Map call taking it (it sees none of a route file's).
    /// </summary>
    internal sealed record ValidatedType
    {
        /// <summary>The type, fully qualified.</summary>
        public string Type { get; init; } = "";

        /// <summary>Its members validation checks, in declaration order.</summary>
        public EquatableArray<ValidatedMember> Members { get; init; }
    }
}
