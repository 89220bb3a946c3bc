namespace Clerk.Generators.Models
{
    /// <summary>What the parser read from one <c>route.cs</c> file, before its folder is turned into a URL.</summary>
    internal sealed record RouteFile
    {
        /// <summary>The file's path as the compiler sees it.</summary>
        public string FilePath { get; init; } = "";

        /// <summary>The handlers that can be mapped (mistakes are left out and reported).</summary>
        public EquatableArray<HandlerInfo> Handlers { get; init; }

        /// <summary>What is wrong in the file itself.</summary>
        public EquatableArray<DiagnosticInfo> Diagnostics { get; init; }

        /// <summary>Where file-level diagnostics point: the first type declared in the file.</summary>
        public LocationInfo? Location { get; init; }
    }
}
