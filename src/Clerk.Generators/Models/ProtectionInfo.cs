namespace Clerk.Generators.Models
{
    /// <summary>
    /// A handler's effective <c>[Protected]</c>: the named values of the attributes on its types (outermost first) and
    /// on the handler, a later value of a name replacing an earlier one.
    /// </summary>
    internal sealed record ProtectionInfo
    {
        public EquatableArray<NamedConstant> Settings { get; init; }
    }
}
