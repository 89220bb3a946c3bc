namespace Clerk.Emulator.Faults;

/// <summary>The fault currently switched on, if any, counting down the requests it still applies to.</summary>
internal sealed class FaultInjector
{
    private readonly Lock _lock = new();
    private Fault? _fault;
    private int? _remaining;

    /// <summary>Released each time a request starts waiting out injected latency, so tests know when to move a fake clock.</summary>
    internal SemaphoreSlim DelaysStarted { get; } = new(0);

    public void Set(Fault fault)
    {
        lock (_lock)
        {
            _fault = fault;
            _remaining = fault.Count;
        }
    }

    public void Clear()
    {
        lock (_lock)
        {
            _fault = null;
        }
    }

    /// <summary>The fault for a request to <paramref name="path"/>, using up one of its count.</summary>
    public Fault? Take(string path)
    {
        lock (_lock)
        {
            if (_fault is not { } fault || (fault.PathPrefix is { } prefix && !path.StartsWith(prefix, StringComparison.Ordinal)))
            {
                return null;
            }

            if (_remaining is { } remaining)
            {
                _remaining = remaining - 1;
                if (_remaining <= 0)
                {
                    _fault = null;
                }
            }

            return fault;
        }
    }
}
