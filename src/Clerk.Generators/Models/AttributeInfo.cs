namespace Clerk.Generators.Models
{
    /// <summary>An attribute on a handler or its types, rebuilt as endpoint metadata without reflection at startup.</summary>
    internal sealed record AttributeInfo
    {
        /// <summary>The attribute's type, fully qualified.</summary>
        public string Type { get; init; } = "";

        /// <summary>Its constructor arguments, in order.</summary>
        public EquatableArray<ConstantInfo> Arguments { get; init; }

        /// <summary>Its named arguments, in order.</summary>
        public EquatableArray<NamedConstant> NamedArguments { get; init; }
    }
}
