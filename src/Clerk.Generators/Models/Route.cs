namespace Clerk.Generators.Models
{
    /// <summary>The project settings the generator reads from MSBuild.</summary>
    /// <param name="ProjectDirectory"><c>build_property.projectdir</c>.</param>
    /// <param name="AppPath">Where route files live: <c>ClerkAppDirectory</c>, relative to the project (default <c>app</c>).</param>
    /// <param name="AotAnalysis">The project is analysed for Native AOT (<c>EnableAotAnalyzer</c>, set by <c>PublishAot</c>).</param>
    internal sealed record ProjectOptions(string ProjectDirectory, string AppPath, bool AotAnalysis);

    internal enum SegmentKind
    {
        /// <summary><c>users</c>: matched literally.</summary>
        Static,
        /// <summary><c>[id]</c>: one segment, captured.</summary>
        Dynamic,
        /// <summary><c>[...slug]</c>: one segment or more, captured.</summary>
        CatchAll,
        /// <summary><c>[[...slug]]</c>: zero segments or more, captured.</summary>
        OptionalCatchAll,
    }

    /// <param name="Kind">What the folder means.</param>
    /// <param name="Value">The literal text (static) or the parameter name.</param>
    /// <param name="Folder">The folder name as written, for messages.</param>
    internal sealed record RouteSegment(SegmentKind Kind, string Value, string Folder);

    /// <summary>A route file resolved to its URL, with every parameter's source decided. Holds no location but the
    /// file's own (its first type name), so editing a handler body leaves it equal.</summary>
    /// <param name="RelativePath">The file, relative to the project: <c>app/api/users/[id]/route.cs</c>.</param>
    /// <param name="Template">The ASP.NET Core route template: <c>/api/users/{id}</c>.</param>
    /// <param name="Identifier">A C# identifier naming the route in generated code (made unique by the table).</param>
    /// <param name="Segments">The URL's segments (route groups removed).</param>
    /// <param name="Handlers">The handlers, with their parameters' sources resolved.</param>
    /// <param name="Location">Where diagnostics about the whole file point.</param>
    internal sealed record Route(
        string RelativePath,
        string Template,
        string Identifier,
        EquatableArray<RouteSegment> Segments,
        EquatableArray<HandlerInfo> Handlers,
        LocationInfo? Location);

    /// <summary>One route file after resolution: the route (null when the file is not routed) and its diagnostics.</summary>
    internal sealed record ResolvedRoute(Route? Route, EquatableArray<DiagnosticInfo> Diagnostics);

    /// <summary>Every route, in the order they are mapped, and the conflicts between them.</summary>
    internal sealed record RouteTable(EquatableArray<Route> Routes, EquatableArray<DiagnosticInfo> Diagnostics);
}
