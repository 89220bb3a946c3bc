namespace Clerk.Emulator.Faults;

/// <summary>The fault currently switched on, if any, counting down the requests it still applies to.</summary>
internal sealed class FaultInjector
{
    private readonly Lock gate = new();
    private Fault? fault;
    private int? remaining;

    /// <summary>Released each time a request starts waiting out injected latency, so tests know when to move a fake clock.</summary>
    internal SemaphoreSlim DelaysStarted { get; } = new(0);

    public void Set(Fault fault)
    {
        lock (gate)
        {
            this.fault = fault;
            remaining = fault.Count;
        }
    }

    public void Clear()
    {
        lock (gate)
        {
            fault = null;
        }
    }

    /// <summary>The fault for a request to <paramref name="path"/>, using up one of its count.</summary>
    public Fault? Take(string path)
    {
        lock (gate)
        {
            if (fault is not { } current || (current.PathPrefix is { } prefix && !path.StartsWith(prefix, StringComparison.Ordinal)))
            {
                return null;
            }

            if (remaining is { } left)
            {
                remaining = left - 1;
                if (remaining <= 0)
                {
                    fault = null;
                }
            }

            return current;
        }
    }
}
