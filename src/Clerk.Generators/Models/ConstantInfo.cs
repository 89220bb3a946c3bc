namespace Clerk.Generators.Models
{
    /// <summary>A compile-time constant (a parameter's default, an attribute argument) as data.</summary>
    internal sealed record ConstantInfo
    {
        public static ConstantInfo Null { get; } = new ConstantInfo { Kind = ConstantKind.Null };

        public static ConstantInfo Default { get; } = new ConstantInfo { Kind = ConstantKind.Default };

        public ConstantKind Kind { get; init; }

        /// <summary>
        /// Fully qualified: the value's type (<see cref="ConstantKind.Primitive"/>), the enum, the array's element, the
        /// null array's own type, or the type <c>typeof</c> names.
        /// </summary>
        public string Type { get; init; } = "";

        /// <summary>
        /// A primitive's value (string, char, bool or a number, compared by value); for an enum value no member spells,
        /// its number as invariant text.
        /// </summary>
        public object? Value { get; init; }

        /// <summary>The members that spell an enum value: one, or the members of a <c>[Flags]</c> combination.</summary>
        public EquatableArray<string> Members { get; init; }

        /// <summary>An array's elements.</summary>
        public EquatableArray<ConstantInfo> Elements { get; init; }
    }
}
