using System.Reflection;
using Refit;

namespace Clerk.BackendApi;

/// <summary>
/// Query and path values as Clerk writes them: booleans in lower case (<c>banned=true</c>, not .NET's <c>True</c>);
/// everything else as Refit formats it (invariant culture).
/// </summary>
internal sealed class ClerkUrlParameterFormatter : IUrlParameterFormatter
{
    private readonly DefaultUrlParameterFormatter refitFormat = new();

    public string? Format(object? value, ICustomAttributeProvider attributeProvider, Type type) => value switch
    {
        bool flag => flag ? "true" : "false",
        _ => refitFormat.Format(value, attributeProvider, type),
    };
}
