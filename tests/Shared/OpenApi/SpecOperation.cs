using Microsoft.OpenApi;

namespace Clerk.Tests.OpenApi;

/// <summary>One operation of Clerk's spec: its verb, path template, parameters, request body and responses.</summary>
public sealed class SpecOperation
{
    private readonly OpenApiOperation operation;

    internal SpecOperation(string method, string pathTemplate, IOpenApiPathItem pathItem, OpenApiOperation operation)
    {
        Method = method.ToUpperInvariant();
        PathTemplate = pathTemplate;
        this.operation = operation;

        // Path-level parameters apply to every operation under the path; the operation's own come after.
        var parameters = (pathItem.Parameters ?? []).Concat(operation.Parameters ?? []).ToList();
        PathParameterNames = Names(parameters, ParameterLocation.Path);
        QueryParameterNames = Names(parameters, ParameterLocation.Query);
    }

    /// <summary>The HTTP verb in upper case, e.g. <c>PATCH</c>.</summary>
    public string Method { get; }

    /// <summary>The spec's path template without the <c>/v1</c> server prefix, e.g. <c>/users/{user_id}</c>.</summary>
    public string PathTemplate { get; }

    /// <summary>The spec's operationId, e.g. <c>UpdateUser</c>.</summary>
    public string? OperationId => operation.OperationId;

    /// <summary>The spec's names for the path parameters, in template order (e.g. <c>user_id</c>).</summary>
    public IReadOnlyList<string> PathParameterNames { get; }

    /// <summary>The query parameter names (e.g. <c>email_address</c>, <c>limit</c>).</summary>
    public IReadOnlyList<string> QueryParameterNames { get; }

    /// <summary>The JSON request body schema, or null when the operation takes no JSON body.</summary>
    public IOpenApiSchema? RequestBodySchema => JsonSchema(operation.RequestBody?.Content);

    /// <summary>The request body's property names, through <c>$ref</c> and <c>allOf</c>/<c>oneOf</c>/<c>anyOf</c>.</summary>
    public IReadOnlyList<string> RequestBodyPropertyNames => SchemaProperties.Names(RequestBodySchema);

    /// <summary>The response keys the spec lists, as written (<c>200</c>, <c>404</c>, perhaps <c>4XX</c> or <c>default</c>).</summary>
    public IReadOnlyList<string> ResponseStatusCodes => operation.Responses?.Keys.ToList() ?? [];

    /// <summary>The spec lists <paramref name="status"/> for this operation (exactly, as a range, or as <c>default</c>).</summary>
    public bool HasResponse(int status) => Response(status) is not null;

    /// <summary>
    /// The JSON schema of the <paramref name="status"/> response, or null when the status is not listed or its
    /// response has no JSON body.
    /// </summary>
    public IOpenApiSchema? ResponseSchema(int status) => JsonSchema(Response(status)?.Content);

    /// <summary>The property names of the <paramref name="status"/> response's schema (empty when there is none).</summary>
    public IReadOnlyList<string> ResponsePropertyNames(int status) => SchemaProperties.Names(ResponseSchema(status));

    public override string ToString() => $"{Method} {PathTemplate} ({OperationId})";

    private IOpenApiResponse? Response(int status)
    {
        var responses = operation.Responses;
        if (responses is null)
        {
            return null;
        }

        var code = status.ToString(System.Globalization.CultureInfo.InvariantCulture);
        return responses.TryGetValue(code, out var exact) ? exact
            : responses.TryGetValue($"{code[0]}XX", out var range) ? range
            : responses.TryGetValue("default", out var fallback) ? fallback
            : null;
    }

    private static IOpenApiSchema? JsonSchema(IDictionary<string, IOpenApiMediaType>? content) =>
        content?.FirstOrDefault(pair => pair.Key.StartsWith("application/json", StringComparison.OrdinalIgnoreCase))
            .Value?.Schema;

    private static IReadOnlyList<string> Names(IEnumerable<IOpenApiParameter> parameters, ParameterLocation location) =>
        parameters.Where(parameter => parameter.In == location && parameter.Name is not null)
            .Select(parameter => parameter.Name!)
            .Distinct(StringComparer.Ordinal)
            .ToList();
}
