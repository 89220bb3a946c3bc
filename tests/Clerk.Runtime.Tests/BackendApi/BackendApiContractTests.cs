using System.Reflection;
using System.Text.Json.Serialization.Metadata;
using Clerk.BackendApi;
using Clerk.Tests.OpenApi;
using Microsoft.OpenApi;
using Refit;

namespace Clerk.Runtime.Tests.BackendApi;

/// <summary>
/// Every Refit operation of <see cref="ClerkClient"/> against Clerk's published spec: verb and path, path, query and
/// body names, and the JSON names of the response models all the way down. Names come from the attributes Refit
/// generates from and from <c>ClerkJsonContext</c>'s type info, i.e. exactly what goes on the wire.
/// </summary>
public sealed class BackendApiContractTests
{
    public static TheoryData<string> Operations()
    {
        var data = new TheoryData<string>();
        foreach (var method in RefitMethods())
        {
            data.Add($"{method.DeclaringType!.Name}.{method.Name}");
        }
        return data;
    }

    [Fact]
    public void Every_ClerkClient_property_is_a_Refit_interface_with_operations()
    {
        var interfaces = typeof(ClerkClient).GetProperties().Select(property => property.PropertyType).ToList();

        Assert.Equal(10, interfaces.Count);
        Assert.All(interfaces, type => Assert.True(type.IsInterface && type.GetMethods().Length > 0, type.Name));
        Assert.All(RefitMethods(), method => Assert.EndsWith("Async", method.Name));
    }

    [Theory]
    [MemberData(nameof(Operations))]
    public void The_operation_exists_in_the_spec_with_the_same_path(string name)
    {
        var (method, verb, path) = Describe(name);

        var operation = ClerkSpec.GetOperation(verb, path);

        Assert.Equal(operation.PathTemplate, path);
        Assert.Equal(operation.PathParameterNames.Order(), PathParameters(method).Order());
    }

    [Theory]
    [MemberData(nameof(Operations))]
    public void Query_names_exist_in_the_spec(string name)
    {
        var (method, verb, path) = Describe(name);
        var operation = ClerkSpec.GetOperation(verb, path);

        foreach (var query in QueryNames(method))
        {
            Assert.Contains(query, operation.QueryParameterNames);
        }
    }

    [Theory]
    [MemberData(nameof(Operations))]
    public void Body_names_exist_in_the_spec(string name)
    {
        var (method, verb, path) = Describe(name);
        var operation = ClerkSpec.GetOperation(verb, path);
        var body = method.GetParameters().SingleOrDefault(parameter => parameter.GetCustomAttribute<BodyAttribute>() is not null);

        if (body is null)
        {
            return;
        }
        Assert.NotNull(operation.RequestBodySchema);
        var specNames = operation.RequestBodyPropertyNames;
        foreach (var property in TypeInfo(body.ParameterType).Properties)
        {
            Assert.True(specNames.Contains(property.Name), $"{body.ParameterType.Name}.{property.Name} is not in {operation}'s body: {string.Join(", ", specNames)}");
        }
    }

    [Theory]
    [MemberData(nameof(Operations))]
    public void Response_names_exist_in_the_spec_all_the_way_down(string name)
    {
        var (method, verb, path) = Describe(name);
        var operation = ClerkSpec.GetOperation(verb, path);
        var responseType = method.ReturnType.GetGenericArguments().Single();

        var schema = operation.ResponseSchema(200);

        Assert.NotNull(schema);
        CheckModel(responseType, schema, $"{operation} 200", depth: 0);
    }

    [Fact]
    public void The_error_model_matches_ClerkErrors()
    {
        CheckModel(typeof(ClerkErrorBody), ClerkSpec.Schema("ClerkErrors"), "ClerkErrors", depth: 0);
    }

    [Fact]
    public void Update_user_has_no_metadata_because_the_2026_05_12_API_rejects_it_there()
    {
        Assert.DoesNotContain(TypeInfo(typeof(UpdateUserRequest)).Properties, property => property.Name.EndsWith("_metadata", StringComparison.Ordinal));
    }

    /// <summary>Each JSON property of <paramref name="type"/> is in <paramref name="schema"/>; nested models are checked against their own schemas.</summary>
    private static void CheckModel(Type type, IOpenApiSchema schema, string where, int depth)
    {
        Assert.True(depth < 8, $"{where}: nesting too deep");
        if (ElementType(type) is { } element)
        {
            Assert.True(schema.Items is not null, $"{where}: the client reads a list, the spec's schema is not an array");
            CheckModel(element, schema.Items, $"{where}[]", depth + 1);
            return;
        }
        if (!IsModel(type))
        {
            return;
        }
        var specNames = SchemaProperties.Names(schema);
        foreach (var property in TypeInfo(type).Properties.Where(OnTheWire))
        {
            Assert.True(specNames.Contains(property.Name), $"{where}: {type.Name}.{property.Name} is not in the spec: {string.Join(", ", specNames)}");
            var propertyType = Nullable.GetUnderlyingType(property.PropertyType) ?? property.PropertyType;
            if (IsModel(propertyType) || ElementType(propertyType) is { } nested && IsModel(nested))
            {
                CheckModel(propertyType, SchemaProperties.Property(schema, property.Name)!, $"{where}.{property.Name}", depth + 1);
            }
        }
    }

    /// <summary>Computed conveniences such as <c>OAuthAccessToken.IsValid</c> are [JsonIgnore]d: never read or written.</summary>
    private static bool OnTheWire(JsonPropertyInfo property) =>
        property.AttributeProvider?.IsDefined(typeof(System.Text.Json.Serialization.JsonIgnoreAttribute), inherit: false) != true;

    private static bool IsModel(Type type) => type.Namespace == "Clerk.BackendApi" && type.IsClass;

    private static Type? ElementType(Type type) =>
        type.IsGenericType && type.GetGenericTypeDefinition() == typeof(IReadOnlyList<>) ? type.GetGenericArguments()[0] : null;

    private static JsonTypeInfo TypeInfo(Type type) =>
        ClerkJsonContext.Default.GetTypeInfo(type) ?? throw new InvalidOperationException($"ClerkJsonContext does not describe {type}.");

    private static IEnumerable<MethodInfo> RefitMethods() =>
        typeof(ClerkClient).GetProperties().SelectMany(property => property.PropertyType.GetMethods());

    private static (MethodInfo Method, string Verb, string Path) Describe(string name)
    {
        var method = RefitMethods().Single(candidate => $"{candidate.DeclaringType!.Name}.{candidate.Name}" == name);
        var http = method.GetCustomAttribute<HttpMethodAttribute>() ?? throw new InvalidOperationException($"{name} has no Refit verb attribute.");
        return (method, http.Method.Method, http.Path);
    }

    private static IEnumerable<string> PathParameters(MethodInfo method) => method.GetParameters()
        .Where(parameter => parameter.ParameterType == typeof(string) && parameter.GetCustomAttribute<QueryAttribute>() is null && parameter.GetCustomAttribute<BodyAttribute>() is null)
        .Select(parameter => parameter.GetCustomAttribute<AliasAsAttribute>()?.Name ?? parameter.Name!);

    private static IEnumerable<string> QueryNames(MethodInfo method)
    {
        foreach (var parameter in method.GetParameters().Where(parameter => parameter.GetCustomAttribute<QueryAttribute>() is not null))
        {
            foreach (var property in parameter.ParameterType.GetProperties())
            {
                // Every query property names its key, so the wire name is what the attribute says.
                yield return property.GetCustomAttribute<AliasAsAttribute>()?.Name
                    ?? throw new InvalidOperationException($"{parameter.ParameterType.Name}.{property.Name} has no [AliasAs].");
            }
        }
    }
}
