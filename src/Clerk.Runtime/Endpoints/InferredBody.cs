using System.ComponentModel;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace Clerk.Endpoints;

/// <summary>
/// An unannotated complex parameter of a POST, PUT or PATCH handler: the JSON body, unless the app registered a
/// service of its type, which minimal APIs decide once at startup through <see cref="IServiceProviderIsService"/>.
/// The generator cannot see registrations, so the decision is made here, when the endpoint is mapped.
/// </summary>
[EditorBrowsable(EditorBrowsableState.Never)]
public static class InferredBody
{
    /// <summary>JSON metadata to read the body with, or null when <typeparamref name="T"/> is a registered service.</summary>
    public static JsonTypeInfo<T>? Resolve<T>(IEndpointRouteBuilder endpoints, JsonSerializerOptions options) =>
        endpoints.ServiceProvider.GetService<IServiceProviderIsService>()?.IsService(typeof(T)) == true
            ? null
            : EndpointServices.JsonType<T>(options);

    /// <summary>The service when <paramref name="body"/> is null, else the body read as JSON.</summary>
    public static ValueTask<(T? Value, BindingError? Error)> ReadAsync<T>(
        HttpContext context, JsonTypeInfo<T>? body, string parameter, bool required) where T : notnull =>
        body is null
            ? ValueTask.FromResult<(T?, BindingError?)>((EndpointServices.RequiredService<T>(context), null))
            : RequestBody.ReadJsonAsync(context, body, parameter, required);
}
