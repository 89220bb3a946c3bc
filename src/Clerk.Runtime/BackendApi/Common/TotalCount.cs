namespace Clerk.BackendApi;

/// <summary>A count of matching objects (<c>{ "object": "total_count", "total_count": 42 }</c>).</summary>
public sealed class TotalCount
{
    /// <summary>Always <c>total_count</c>.</summary>
    public string Object { get; init; } = "total_count";

    /// <summary>How many objects matched.</summary>
    [System.Text.Json.Serialization.JsonPropertyName("total_count")]
    public long Count { get; init; }
}
