namespace Clerk.Generators.Models
{
    /// <summary>What kind of compile-time constant a <see cref="ConstantInfo"/> holds.</summary>
    internal enum ConstantKind
    {
        /// <summary>The null reference.</summary>
        Null,
        /// <summary>A value type's default (a <c>default</c> parameter value, an unset struct).</summary>
        Default,
        /// <summary>A null array attribute argument, typed: an untyped null would not pick a constructor.</summary>
        NullArray,
        /// <summary>A string, char, bool or number.</summary>
        Primitive,
        /// <summary>An enum value.</summary>
        Enum,
        /// <summary>An array of constants.</summary>
        Array,
        /// <summary>A type, as <c>typeof</c> names it.</summary>
        TypeOf,
    }
}
