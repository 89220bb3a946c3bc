using System.Reflection;

namespace Clerk.Endpoints;

/// <summary>
/// A property of an <c>[AsParameters]</c> type described as the parameter it is bound as, the way minimal APIs
/// describe it to ApiExplorer and OpenAPI: its name and type, and the attributes of the property together with those of
/// the constructor parameter it is passed as (a record's <c>[FromQuery]</c> or <c>[Range]</c> on its primary
/// constructor), whose default is its default.
/// </summary>
internal sealed class PropertyParameter : ParameterInfo
{
    private readonly PropertyInfo property;
    private readonly ParameterInfo? argument;

    public PropertyParameter(PropertyInfo property, ParameterInfo? argument)
    {
        this.property = property;
        this.argument = argument;
        NameImpl = property.Name;
        ClassImpl = property.PropertyType;
        MemberImpl = property;
        PositionImpl = argument?.Position ?? -1;
        AttrsImpl = argument?.Attributes ?? ParameterAttributes.None;
    }

    public override bool HasDefaultValue => argument?.HasDefaultValue ?? false;

    public override object? DefaultValue => argument?.DefaultValue;

    public override object? RawDefaultValue => argument?.RawDefaultValue;

    public override object[] GetCustomAttributes(bool inherit) =>
        [.. property.GetCustomAttributes(inherit), .. argument?.GetCustomAttributes(inherit) ?? []];

    public override object[] GetCustomAttributes(Type attributeType, bool inherit)
    {
        var own = property.GetCustomAttributes(attributeType, inherit);
        var passed = argument?.GetCustomAttributes(attributeType, inherit) ?? [];
        if (passed.Length == 0)
        {
            return own;
        }
        // Typed as the callers of GetCustomAttributes(Type, bool) expect: an array of that attribute type, as the
        // property's own array is.
        var both = (object[])Array.CreateInstanceFromArrayType(own.GetType(), own.Length + passed.Length);
        own.CopyTo(both, 0);
        passed.CopyTo(both, own.Length);
        return both;
    }

    public override IList<CustomAttributeData> GetCustomAttributesData() =>
        [.. property.GetCustomAttributesData(), .. argument?.GetCustomAttributesData() ?? []];

    public override bool IsDefined(Type attributeType, bool inherit) =>
        property.IsDefined(attributeType, inherit) || argument?.IsDefined(attributeType, inherit) == true;
}
