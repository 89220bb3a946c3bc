using System.Reflection;
using Microsoft.AspNetCore.Http.Metadata;

namespace Clerk.Endpoints;

/// <summary>
/// How one handler parameter is bound, as minimal APIs describe it: ApiExplorer (and so OpenAPI) lists a handler's
/// parameters from these, not from the method's signature.
/// </summary>
internal sealed class ParameterBinding(ParameterInfo parameter, bool hasTryParse, bool hasBindAsync, bool isOptional)
    : IParameterBindingMetadata
{
    public string Name => parameter.Name ?? "";

    public ParameterInfo ParameterInfo => parameter;

    public bool HasTryParse => hasTryParse;

    public bool HasBindAsync => hasBindAsync;

    public bool IsOptional => isOptional;
}
