namespace Clerk.Emulator.Requests;

/// <summary>The most recent Backend API requests, for tests that count calls by endpoint; the oldest make way.</summary>
internal sealed class RequestLog(int capacity = RequestLog.DefaultCapacity)
{
    public const int DefaultCapacity = 100_000;

    private readonly Lock gate = new();
    private readonly Queue<RecordedRequest> entries = new();

    public void Add(RecordedRequest request)
    {
        lock (gate)
        {
            if (entries.Count == capacity)
            {
                entries.Dequeue();
            }

            entries.Enqueue(request);
        }
    }

    public void Clear()
    {
        lock (gate)
        {
            entries.Clear();
        }
    }

    /// <summary>
    /// The requests to <paramref name="endpoint"/> (all when null) that arrived at or after <paramref name="since"/>,
    /// oldest first: entries are added as requests finish, so a slow one is put back in its place by arrival.
    /// </summary>
    public List<RecordedRequest> Find(string? endpoint, long? since)
    {
        RecordedRequest[] all;
        lock (gate)
        {
            all = entries.ToArray();
        }

        return all
            .Where(request => (endpoint is null || request.Endpoint == endpoint) && (since is null || request.At >= since))
            .OrderBy(request => request.At)
            .ToList();
    }
}
