namespace Clerk.BackendApi;

/// <summary>A page of objects and how many match in all (<c>{ "data": [...], "total_count": 42 }</c>).</summary>
/// <typeparam name="T">The object type.</typeparam>
public sealed class PagedList<T>
{
    /// <summary>This page.</summary>
    public IReadOnlyList<T> Data { get; init; } = [];

    /// <summary>How many objects match, across all pages.</summary>
    public long TotalCount { get; init; }
}
