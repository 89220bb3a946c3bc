namespace Clerk.Generators.Models
{
    /// <summary>What the parser read from one <c>route.cs</c> file, before its folder is turned into a URL.</summary>
    /// <param name="FilePath">The file's path as the compiler sees it.</param>
    /// <param name="Handlers">The handlers that can be mapped (mistakes are left out and reported).</param>
    /// <param name="Diagnostics">What is wrong in the file itself.</param>
    /// <param name="Location">Where file-level diagnostics point: the first type declared in the file.</param>
    internal sealed record RouteFile(
        string FilePath,
        EquatableArray<HandlerInfo> Handlers,
        EquatableArray<DiagnosticInfo> Diagnostics,
        LocationInfo? Location);
}
