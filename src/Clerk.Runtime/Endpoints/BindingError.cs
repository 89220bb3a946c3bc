using System.ComponentModel;
using System.Text.Json.Serialization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.DependencyInjection;

namespace Clerk.Endpoints;

/// <summary>
/// Why a request could not be bound to a handler's parameters: written as a problem response (400 or 415), the way
/// minimal APIs answer, naming the parameter so the caller can fix the request.
/// </summary>
[EditorBrowsable(EditorBrowsableState.Never)]
public sealed class BindingError
{
    internal BindingError(int statusCode, string detail)
    {
        StatusCode = statusCode;
        Detail = detail;
    }

    /// <summary>400 for a missing or malformed value, 415 for a body that is not JSON.</summary>
    public int StatusCode { get; }

    /// <summary>What is wrong, naming the parameter and where it was read from.</summary>
    public string Detail { get; }

    internal static BindingError Missing(string parameter, string source) =>
        new(StatusCodes.Status400BadRequest, $"Required parameter \"{parameter}\" was not provided from {source}.");

    internal static BindingError Unparsable(string parameter, string source, string text) =>
        new(StatusCodes.Status400BadRequest, $"Failed to bind parameter \"{parameter}\" from {source} value \"{text}\".");

    /// <summary>Writes the problem response (through <c>IProblemDetailsService</c> when the app registered one).</summary>
    public async Task WriteAsync(HttpContext context)
    {
        // TypedResults.Problem fills in the title and type for the status code, as minimal APIs' problems have them.
        var problem = TypedResults.Problem(detail: Detail, statusCode: StatusCode).ProblemDetails;
        context.Response.StatusCode = StatusCode;
        var service = context.RequestServices.GetService<IProblemDetailsService>();
        if (service is not null && await service.TryWriteAsync(new() { HttpContext = context, ProblemDetails = problem }))
        {
            return;
        }
        // Not ProblemHttpResult.ExecuteAsync: that serializes through the app's JSON resolver chain, which under Native
        // AOT holds only the app's own JsonSerializerContext, knows no ProblemDetails, and turns every 400 into a 500.
        await context.Response.WriteAsJsonAsync(
            problem, ProblemJsonContext.Default.ProblemDetails, "application/problem+json", context.RequestAborted);
    }
}

/// <summary>Compile-time JSON metadata for the problem responses Clerk writes itself (trim- and AOT-safe).</summary>
[JsonSerializable(typeof(ProblemDetails))]
internal sealed partial class ProblemJsonContext : JsonSerializerContext;
