using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Clerk.Generators.Diagnostics;
using Clerk.Generators.Models;

namespace Clerk.Generators.Routing
{
    /// <summary>
    /// Orders every route by specificity (static before dynamic before catch-all, as Next.js sorts them) and finds the
    /// conflicts that only show across files: the same URL twice, different names for one dynamic level, a required
    /// and an optional catch-all side by side.
    /// </summary>
    internal static class RouteTableBuilder
    {
        public static RouteTable Build(ImmutableArray<Route> routes)
        {
            var ordered = routes
                .OrderBy(route => route.Segments, SpecificityComparer.Instance)
                .ThenBy(route => route.RelativePath, StringComparer.Ordinal)
                .ToList();
            var diagnostics = new List<DiagnosticInfo>();
            FindDuplicateUrls(ordered, diagnostics);
            FindLevelConflicts(ordered, diagnostics);
            return new RouteTable { Routes = UniqueIdentifiers(ordered).ToEquatableArray(), Diagnostics = diagnostics.ToEquatableArray() };
        }

        private static void FindDuplicateUrls(List<Route> routes, List<DiagnosticInfo> diagnostics)
        {
            var byUrl = new Dictionary<string, Route>();
            foreach (var route in routes)
            {
                foreach (var url in Urls(route))
                {
                    if (byUrl.TryGetValue(url, out var first))
                    {
                        diagnostics.Add(DiagnosticInfo.Create(Descriptors.DuplicateRoute, route.Location, first.RelativePath, first.Template));
                        break;
                    }
                    byUrl[url] = route;
                }
            }
        }

        /// <summary>The URL shapes a route answers: an optional catch-all also answers its bare parent.</summary>
        private static IEnumerable<string> Urls(Route route)
        {
            yield return Shape(route.Segments);
            var segments = route.Segments;
            if (segments.Count > 0 && segments[segments.Count - 1].Kind == SegmentKind.OptionalCatchAll)
            {
                yield return Shape(segments.Take(segments.Count - 1));
            }
        }

        private static void FindLevelConflicts(List<Route> routes, List<DiagnosticInfo> diagnostics)
        {
            // At each URL prefix, the first dynamic and the first catch-all segment seen below it.
            var seen = new Dictionary<string, RouteSegment>();
            foreach (var route in routes)
            {
                var segments = route.Segments;
                for (var i = 0; i < segments.Count; i++)
                {
                    var segment = segments[i];
                    if (segment.Kind == SegmentKind.Static)
                    {
                        continue;
                    }
                    var prefix = Shape(segments.Take(i));
                    var key = prefix + (segment.Kind == SegmentKind.Dynamic ? "|dynamic" : "|catch-all");
                    if (!seen.TryGetValue(key, out var first))
                    {
                        seen[key] = segment;
                        continue;
                    }
                    var level = "/" + string.Join("/", segments.Take(i + 1).Select(s => s.Folder));
                    if (first.Kind != segment.Kind)
                    {
                        diagnostics.Add(DiagnosticInfo.Create(Descriptors.CatchAllAndOptionalCatchAll, route.Location, first.Folder, segment.Folder, level));
                        break;
                    }
                    if (!string.Equals(first.Value, segment.Value, StringComparison.Ordinal))
                    {
                        diagnostics.Add(DiagnosticInfo.Create(Descriptors.DifferentParameterNames, route.Location, first.Folder, segment.Folder, level));
                        break;
                    }
                }
            }
        }

        // Literal segments match without case in ASP.NET Core routing, so two spellings are one URL.
        private static string Shape(IEnumerable<RouteSegment> segments) =>
            "/" + string.Join("/", segments.Select(segment => segment.Kind switch
            {
                SegmentKind.Static => segment.Value.ToLowerInvariant(),
                SegmentKind.Dynamic => "{}",
                SegmentKind.CatchAll => "{*}",
                _ => "{*?}",
            }));

        private static IEnumerable<Route> UniqueIdentifiers(List<Route> routes)
        {
            var used = new HashSet<string>(StringComparer.Ordinal);
            foreach (var route in routes)
            {
                var identifier = route.Identifier;
                for (var n = 2; !used.Add(identifier); n++)
                {
                    identifier = route.Identifier + "_" + n;
                }
                yield return identifier == route.Identifier ? route : route with { Identifier = identifier };
            }
        }

        private sealed class SpecificityComparer : IComparer<EquatableArray<RouteSegment>>
        {
            public static readonly SpecificityComparer Instance = new SpecificityComparer();

            public int Compare(EquatableArray<RouteSegment> x, EquatableArray<RouteSegment> y)
            {
                for (var i = 0; i < Math.Min(x.Count, y.Count); i++)
                {
                    var byKind = x[i].Kind.CompareTo(y[i].Kind);
                    if (byKind != 0)
                    {
                        return byKind;
                    }
                    var byText = string.Compare(x[i].Value, y[i].Value, StringComparison.OrdinalIgnoreCase);
                    if (byText != 0 && x[i].Kind == SegmentKind.Static)
                    {
                        return byText;
                    }
                }
                return x.Count.CompareTo(y.Count);
            }
        }
    }
}
