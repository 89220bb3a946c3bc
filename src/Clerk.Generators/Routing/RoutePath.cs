using System;
using System.Collections.Generic;
using System.Linq;
using Clerk.Generators.Diagnostics;
using Clerk.Generators.Models;

namespace Clerk.Generators.Routing
{
    /// <summary>Next.js folder conventions (DESIGN.md §4): folders under the app directory become URL segments.</summary>
    internal static class RoutePath
    {
        /// <summary>
        /// The URL segments of a route file's folders, or null when a private folder (<c>_name</c>) hides it.
        /// Mistakes in the path itself (a catch-all that is not last, a name used twice) are added to
        /// <paramref name="diagnostics"/>.
        /// </summary>
        public static List<RouteSegment>? Parse(IReadOnlyList<string> folders, LocationInfo? location, List<DiagnosticInfo> diagnostics)
        {
            if (folders.Any(folder => folder.StartsWith("_", StringComparison.Ordinal)))
            {
                return null;
            }
            var segments = folders.Where(folder => !IsGroup(folder)).Select(Segment).ToList();
            var display = "/" + string.Join("/", folders);
            for (var i = 0; i < segments.Count - 1; i++)
            {
                if (segments[i].Kind == SegmentKind.CatchAll || segments[i].Kind == SegmentKind.OptionalCatchAll)
                {
                    diagnostics.Add(DiagnosticInfo.Create(Descriptors.CatchAllNotLast, location, segments[i].Folder, segments[i + 1].Folder));
                    break;
                }
            }
            var names = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
            foreach (var segment in segments.Where(segment => segment.Kind != SegmentKind.Static))
            {
                if (!names.Add(segment.Value))
                {
                    diagnostics.Add(DiagnosticInfo.Create(Descriptors.RepeatedParameterName, location, segment.Value, display));
                }
            }
            return segments;
        }

        /// <summary>The ASP.NET Core template for the segments.</summary>
        public static string Template(IEnumerable<RouteSegment> segments) =>
            "/" + string.Join("/", segments.Select(segment =>
            {
                switch (segment.Kind)
                {
                    case SegmentKind.Dynamic: return "{" + segment.Value + "}";
                    // ASP.NET Core catch-alls also match nothing; Next.js's [...slug] needs one segment or more.
                    case SegmentKind.CatchAll: return "{*" + segment.Value + ":required}";
                    case SegmentKind.OptionalCatchAll: return "{*" + segment.Value + "}";
                    default: return segment.Value.Replace("{", "{{").Replace("}", "}}");
                }
            }));

        /// <summary>A C# identifier naming the route: <c>Api_Users_Id</c>.</summary>
        public static string Identifier(IReadOnlyCollection<RouteSegment> segments) =>
            segments.Count == 0 ? "Root" : string.Join("_", segments.Select(segment => Identifiers.Pascal(segment.Value)));

        private static bool IsGroup(string folder) =>
            folder.Length > 2 && folder[0] == '(' && folder[folder.Length - 1] == ')';

        private static RouteSegment Segment(string folder)
        {
            if (folder.StartsWith("[[...", StringComparison.Ordinal) && folder.EndsWith("]]", StringComparison.Ordinal))
            {
                return new RouteSegment { Kind = SegmentKind.OptionalCatchAll, Value = folder.Substring(5, folder.Length - 7), Folder = folder };
            }
            if (folder.StartsWith("[...", StringComparison.Ordinal) && folder.EndsWith("]", StringComparison.Ordinal))
            {
                return new RouteSegment { Kind = SegmentKind.CatchAll, Value = folder.Substring(4, folder.Length - 5), Folder = folder };
            }
            if (folder.StartsWith("[", StringComparison.Ordinal) && folder.EndsWith("]", StringComparison.Ordinal))
            {
                return new RouteSegment { Kind = SegmentKind.Dynamic, Value = folder.Substring(1, folder.Length - 2), Folder = folder };
            }
            // "%5F" spells a leading underscore in a folder that must be routed rather than private.
            var text = folder.StartsWith("%5F", StringComparison.OrdinalIgnoreCase) ? "_" + folder.Substring(3) : folder;
            return new RouteSegment { Kind = SegmentKind.Static, Value = text, Folder = folder };
        }

    }
}
