using System.Text.Json.Nodes;

namespace Clerk.Emulator.Api;

/// <summary>
/// A request the emulator refuses, answered with Clerk's error body. Thrown from deep inside a unit of work (so the
/// transaction rolls back) and written by <see cref="ApiErrorMiddleware"/>.
/// </summary>
internal sealed class ApiError(int status, string code, string message, string longMessage, JsonObject? meta = null)
    : Exception(longMessage)
{
    public int Status { get; } = status;
    public string Code { get; } = code;
    public string ShortMessage { get; } = message;
    public string LongMessage { get; } = longMessage;
    public JsonObject? Meta { get; } = meta;

    /// <summary>The <c>Retry-After</c> header to answer with, in whole seconds, if any.</summary>
    public int? RetryAfterSeconds { get; init; }

    public static ApiError NotFound(string what = "Resource") =>
        new(404, "resource_not_found", "not found", $"{what} not found");

    public static ApiError Unauthenticated() =>
        new(401, "authentication_invalid", "Unauthorized request",
            "You are not authorized to perform this request");

    public static ApiError MalformedRequest(string detail) =>
        new(400, "malformed_request", "malformed request", $"The request body is not valid JSON: {detail}");

    public static ApiError Missing(string param) =>
        new(422, "form_param_missing", "missing data", $"{param} must be included.", Param(param));

    public static ApiError FormatInvalid(string param, string? why = null) =>
        new(422, "form_param_format_invalid", "is invalid", why ?? $"{param} is invalid.", Param(param));

    public static ApiError ValueInvalid(string param, string why) =>
        new(422, "form_param_value_invalid", "is invalid", why, Param(param));

    public static ApiError Unknown(string param) =>
        new(422, "form_param_unknown", "is unknown", $"{param} is not a valid parameter for this request.", Param(param));

    public static ApiError IdentifierExists(string param, string what) =>
        new(422, "form_identifier_exists", $"That {what} is taken. Please try another.",
            $"That {what} is taken. Please try another.", Param(param));

    public static ApiError Duplicate(string param, string why) =>
        new(422, "duplicate_record", "duplicate record", why, Param(param));

    public static ApiError TooManyRequests(int? retryAfterSeconds) =>
        new(429, "too_many_requests", "Too many requests", "Too many requests, retry later") { RetryAfterSeconds = retryAfterSeconds };

    private static JsonObject Param(string name) => new() { ["param_name"] = name };
}
