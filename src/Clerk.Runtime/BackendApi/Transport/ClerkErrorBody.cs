namespace Clerk.BackendApi;

/// <summary>Clerk's error body: <c>{ "errors": [...], "clerk_trace_id": "..." }</c>.</summary>
internal sealed class ClerkErrorBody
{
    public IReadOnlyList<ClerkApiError>? Errors { get; init; }

    public string? ClerkTraceId { get; init; }
}
