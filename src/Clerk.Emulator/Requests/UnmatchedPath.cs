namespace Clerk.Emulator.Requests;

/// <summary>
/// Metadata of the <c>/v1</c> fallback: a request that reaches it matched none of Clerk's routes, so the log names it
/// by its path rather than by the fallback's catch-all pattern.
/// </summary>
internal sealed class UnmatchedPath
{
    public static readonly UnmatchedPath Metadata = new();

    private UnmatchedPath()
    {
    }
}
