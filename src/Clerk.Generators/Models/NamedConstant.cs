namespace Clerk.Generators.Models
{
    /// <summary>An attribute's named argument: <c>Permission = "org:read"</c>.</summary>
    internal sealed record NamedConstant
    {
        public string Name { get; init; } = "";

        public ConstantInfo Value { get; init; } = ConstantInfo.Null;
    }
}
