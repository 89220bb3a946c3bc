namespace Clerk.Generators.Models
{
    /// <summary>A route file resolved to its URL, with every parameter's source decided. Holds no location but the
    /// file's own (its first type name), so editing a handler body leaves it equal.</summary>
    internal sealed record Route
    {
        /// <summary>The file, relative to the project: <c>app/api/users/[id]/route.cs</c>.</summary>
        public string RelativePath { get; init; } = "";

        /// <summary>The ASP.NET Core route template: <c>/api/users/{id}</c>.</summary>
        public string Template { get; init; } = "";

        /// <summary>A C# identifier naming the route in generated code (made unique by the table).</summary>
        public string Identifier { get; init; } = "";

        /// <summary>The URL's segments (route groups removed).</summary>
        public EquatableArray<RouteSegment> Segments { get; init; }

        /// <summary>The handlers, with their parameters' sources resolved.</summary>
        public EquatableArray<HandlerInfo> Handlers { get; init; }

        /// <summary>Where diagnostics about the whole file point.</summary>
        public LocationInfo? Location { get; init; }
    }
}
