using System;
using System.Collections.Generic;
using System.Linq;
using Clerk.Generators.Diagnostics;
using Clerk.Generators.Models;
using Clerk.Generators.Parsing;

namespace Clerk.Generators.Routing
{
    /// <summary>
    /// Places a parsed route file in the URL space and decides where each parameter binds from, as minimal APIs
    /// decide: a route value by name, a simple value from the query, a complex one from the body (POST, PUT, PATCH)
    /// or from services.
    /// </summary>
    internal static class RouteResolver
    {
        /// <summary>The resolved route: <see cref="ResolvedRoute.NotRouted"/> when the file is not under the app
        /// directory or in a private folder.</summary>
        public static ResolvedRoute Resolve(RouteFile file, ProjectOptions project)
        {
            var relative = RelativeToApp(file.FilePath, project);
            if (relative is null)
            {
                return ResolvedRoute.NotRouted;
            }
            var folders = relative.Split('/');
            folders = folders.Take(folders.Length - 1).ToArray();
            var diagnostics = file.Diagnostics.ToList();
            var segments = RoutePath.Parse(folders, file.Location, diagnostics);
            if (segments is null)
            {
                return ResolvedRoute.NotRouted;
            }

            var template = RoutePath.Template(segments);
            var handlers = file.Handlers
                .Select(handler => Bind(handler, segments, template, diagnostics))
                .Where(handler => handler is not null)
                .Select(handler => handler!)
                .ToList();
            if (project.AotAnalysis)
            {
                foreach (var handler in file.Handlers.Where(handler => handler.Result.Kind == ResultKind.RuntimeJson))
                {
                    diagnostics.Add(DiagnosticInfo.Create(Descriptors.ObjectResultUnderAot, handler.Location, handler.Verb));
                }
            }
            if (file.Handlers.Count == 0 && file.Diagnostics.Count == 0)
            {
                diagnostics.Add(DiagnosticInfo.Create(Descriptors.NoHandler, file.Location));
            }

            var route = new Route
            {
                RelativePath = project.AppPath.Trim('/') + "/" + relative,
                Template = template,
                Identifier = RoutePath.Identifier(segments),
                Segments = segments.ToEquatableArray(),
                Handlers = handlers.ToEquatableArray(),
                Location = file.Location,
            };
            return new ResolvedRoute { Route = route, Diagnostics = diagnostics.ToEquatableArray() };
        }

        /// <summary>The file's path below the app directory (<c>api/users/[id]/route.cs</c>), or null.</summary>
        internal static string? RelativeToApp(string filePath, ProjectOptions project)
        {
            var path = Normalize(filePath);
            var appPath = Normalize(project.AppPath).Trim('/');
            string prefix;
            if (System.IO.Path.IsPathRooted(project.AppPath))
            {
                prefix = appPath.TrimEnd('/') + "/";
                if (project.AppPath.StartsWith("/", StringComparison.Ordinal))
                {
                    prefix = "/" + prefix;
                }
            }
            else if (project.ProjectDirectory.Length > 0)
            {
                prefix = Normalize(project.ProjectDirectory).TrimEnd('/') + "/" + appPath + "/";
            }
            else
            {
                // No project directory (a host that does not pass MSBuild properties): find the app folder by name.
                var marker = "/" + appPath + "/";
                var index = path.IndexOf(marker, StringComparison.Ordinal);
                return index < 0 ? null : path.Substring(index + marker.Length);
            }
            // Windows paths compare without case, as the file system does.
            var comparison = prefix.Length > 1 && prefix[1] == ':' ? StringComparison.OrdinalIgnoreCase : StringComparison.Ordinal;
            return path.StartsWith(prefix, comparison) ? path.Substring(prefix.Length) : null;
        }

        private static string Normalize(string path) => path.Replace('\\', '/');

        private static HandlerInfo? Bind(HandlerInfo handler, List<RouteSegment> segments, string template, List<DiagnosticInfo> diagnostics)
        {
            // A name used twice in one path is reported as CLERK008; the first segment of that name binds.
            var routeValues = new Dictionary<string, RouteSegment>(StringComparer.OrdinalIgnoreCase);
            foreach (var segment in segments.Where(segment => segment.Kind != SegmentKind.Static && !routeValues.ContainsKey(segment.Value)))
            {
                routeValues[segment.Value] = segment;
            }
            // An [AsParameters] type's members bind as the handler's own parameters do, one body among all of them.
            var everyParameter = BoundValues.Of(handler.Parameters).ToList();
            var explicitBody = everyParameter.FirstOrDefault(parameter => parameter.Source == ParameterSource.Body);
            ParameterInfo? body = explicitBody;
            var failed = false;
            var bound = new List<ParameterInfo>();

            ParameterInfo? BindOne(ParameterInfo parameter, string name)
            {
                var source = parameter.Source;
                if (source == ParameterSource.Inferred)
                {
                    source = Infer(parameter, handler.Verb, routeValues, ref body, explicitBody is not null);
                }
                string? error = null;
                if (source == ParameterSource.Inferred)
                {
                    error = $"both '{body!.Name}' and '{parameter.Name}' could be the JSON body; mark the body [FromBody] and the other [FromServices]";
                }
                else if (source == ParameterSource.Body && parameter.Source == ParameterSource.Body && parameter != explicitBody)
                {
                    error = $"only one parameter can be read from the body, and '{explicitBody!.Name}' already is";
                }
                if (error is not null)
                {
                    diagnostics.Add(DiagnosticInfo.Create(Descriptors.UnsupportedParameter, parameter.Location, name, handler.Verb, error));
                    return null;
                }
                if (source == ParameterSource.Route && !CheckRouteValue(parameter, routeValues, template, diagnostics))
                {
                    return null;
                }
                return parameter with
                {
                    Source = source, IsInferred = parameter.Source == ParameterSource.Inferred, Location = null,
                };
            }

            foreach (var parameter in handler.Parameters)
            {
                if (parameter.Source != ParameterSource.AsParameters)
                {
                    var one = BindOne(parameter, parameter.Name);
                    failed |= one is null;
                    if (one is not null)
                    {
                        bound.Add(one);
                    }
                    continue;
                }
                var members = parameter.Members.Select(member => BindOne(member, $"{parameter.Name}.{member.Name}")).ToList();
                if (members.Any(member => member is null))
                {
                    failed = true;
                    continue;
                }
                bound.Add(parameter with { Members = members.Select(member => member!).ToEquatableArray(), Location = null });
            }
            var boundEvery = BoundValues.Of(bound).ToList();
            if (!failed && boundEvery.Any(parameter => parameter.Source == ParameterSource.Form)
                && boundEvery.FirstOrDefault(parameter =>
                    parameter.Source == ParameterSource.Body || parameter.Source == ParameterSource.BodyOrServices) is { } jsonBound
                && everyParameter.FirstOrDefault(parameter => parameter.Name == jsonBound.Name) is { } json)
            {
                // A body is a form or JSON, never both; minimal APIs refuse such a handler when it is mapped.
                diagnostics.Add(DiagnosticInfo.Create(Descriptors.UnsupportedParameter, json.Location, json.Name, handler.Verb,
                    "the handler reads a form, so it cannot also read a JSON body; take the value as [FromForm] fields, "
                    + "or mark it [FromServices] if it is a service"));
                failed = true;
            }
            if (!failed)
            {
                WarnOfMissedRouteValues(handler, bound, routeValues, template, diagnostics);
            }
            return failed ? null : handler with { Parameters = bound.ToEquatableArray(), Location = null };
        }

        /// <summary>
        /// In <c>[id]/route.cs</c>, <c>GET(int itemId)</c> builds and then answers every request 400, because
        /// <c>itemId</c> is looked for in the query string. When a route value binds no parameter, each parameter that
        /// fell back to the query string by inference alone is most likely that value misnamed.
        /// </summary>
        private static void WarnOfMissedRouteValues(HandlerInfo handler, List<ParameterInfo> bound,
            Dictionary<string, RouteSegment> routeValues, string template, List<DiagnosticInfo> diagnostics)
        {
            var used = new HashSet<string>(
                BoundValues.Of(bound)
                    .Where(parameter => parameter.Source == ParameterSource.Route).Select(parameter => parameter.Key),
                StringComparer.OrdinalIgnoreCase);
            var missed = routeValues.Keys.Where(name => !used.Contains(name)).ToList();
            if (missed.Count == 0)
            {
                return;
            }
            var names = string.Join(" or ", missed.Select(name => "'" + name + "'"));
            for (var i = 0; i < bound.Count; i++)
            {
                var original = handler.Parameters[i];
                if (original.Source == ParameterSource.Inferred && bound[i].Source == ParameterSource.Query
                    && original.Shape == ValueShape.Simple)
                {
                    // The fix renames the parameter to one of the route values: their names, comma-separated.
                    diagnostics.Add(DiagnosticInfo.Create(Descriptors.ParameterMissesRouteValue, original.Location,
                        original.Name, handler.Verb, names, template) with { FixData = string.Join(",", missed) });
                }
            }
        }

        /// <summary>Where an unannotated parameter binds from; <see cref="ParameterSource.Inferred"/> when ambiguous.</summary>
        private static ParameterSource Infer(
            ParameterInfo parameter, string verb, Dictionary<string, RouteSegment> routeValues, ref ParameterInfo? body, bool explicitBody)
        {
            if (routeValues.ContainsKey(parameter.Key))
            {
                return ParameterSource.Route;
            }
            switch (parameter.Shape)
            {
                case ValueShape.Simple:
                case ValueShape.SimpleArray:
                case ValueShape.StringArray:
                    return ParameterSource.Query;
                case ValueShape.Abstract:
                    return ParameterSource.Services;
            }
            if (!HttpVerbs.InfersBody(verb) || explicitBody)
            {
                return ParameterSource.Services;
            }
            if (body is null)
            {
                body = parameter;
                return ParameterSource.BodyOrServices;
            }
            return ParameterSource.Inferred;
        }

        private static bool CheckRouteValue(
            ParameterInfo parameter, Dictionary<string, RouteSegment> routeValues, string template, List<DiagnosticInfo> diagnostics)
        {
            if (!routeValues.TryGetValue(parameter.Key, out var segment))
            {
                diagnostics.Add(DiagnosticInfo.Create(Descriptors.UnknownRouteParameter, parameter.Location, parameter.Name, parameter.Key, template));
                return false;
            }
            var isString = parameter.Shape == ValueShape.Simple && parameter.ValueType == "string";
            string? reason = null;
            switch (segment.Kind)
            {
                case SegmentKind.Dynamic when parameter.Shape != ValueShape.Simple:
                    reason = "a route value is one segment; bind it as a string, an IParsable<T> type or an enum";
                    break;
                case SegmentKind.CatchAll when !isString && parameter.Shape != ValueShape.StringArray:
                case SegmentKind.OptionalCatchAll when !isString && parameter.Shape != ValueShape.StringArray:
                    reason = "a catch-all captures the rest of the path; bind it as string or string[]";
                    break;
                case SegmentKind.OptionalCatchAll when isString && !parameter.IsOptional:
                    reason = "an optional catch-all is absent on the bare parent URL; bind it as string? or string[]";
                    break;
            }
            if (reason is null)
            {
                return true;
            }
            var type = parameter.Display.Substring(0, parameter.Display.LastIndexOf(' '));
            diagnostics.Add(DiagnosticInfo.Create(Descriptors.IncompatibleRouteParameter, parameter.Location,
                parameter.Name, segment.Folder, template, type, reason));
            return false;
        }
    }
}
