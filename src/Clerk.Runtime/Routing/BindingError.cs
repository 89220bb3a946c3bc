using System.ComponentModel;
using Microsoft.AspNetCore.Http;

namespace Clerk.Routing;

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
    public Task WriteAsync(HttpContext context) =>
        TypedResults.Problem(detail: Detail, statusCode: StatusCode).ExecuteAsync(context);
}
