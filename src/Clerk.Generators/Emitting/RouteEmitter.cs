using System.Collections.Generic;
using System.Linq;
using Clerk.Generators.Emitting.Layout;
using Clerk.Generators.Models;

namespace Clerk.Generators.Emitting
{
    /// <summary>
    /// Writes one route file's endpoints: a <c>Map_*</c> method that resolves what it can once (JSON metadata, the
    /// guard) and maps one request delegate per handler, which guards, binds each parameter, calls the handler
    /// directly and writes its result. No reflection, no RequestDelegateFactory.
    /// </summary>
    internal static class RouteEmitter
    {
        public static string HintName(Route route) => $"Routes.{route.Identifier}.g.cs";

        public static string Emit(Route route)
        {
            var writer = new CSharpWriter();
            GeneratedCode.WriteHeader(writer);
            writer.Line("namespace Clerk.Generated");
            writer.Open();
            // The endpoint builders' extension methods, as calls on the builders (Map(...).WithName(...)): imported
            // by class rather than by namespace, so no other name of Microsoft.AspNetCore.Builder comes in.
            writer.Line("using static "
                + "global::Microsoft.AspNetCore.Builder.RoutingEndpointConventionBuilderExtensions;");
            writer.BlankLine();
            writer.Line("internal static partial class RouteHandlers");
            writer.Open();
            writer.Summary($"Maps <c>{Xml(route.RelativePath)}</c> to <c>{Xml(route.Template)}</c>.");
            writer.Write(
                new Invocation($"internal static void Map_{route.Identifier}",
                    "global::Microsoft.AspNetCore.Routing.IEndpointRouteBuilder endpoints"),
                after: "");
            writer.Open();
            WriteMapBody(writer, route);
            writer.Close();
            writer.Close();
            writer.Close();
            return writer.ToString();
        }

        private static void WriteMapBody(CSharpWriter writer, Route route)
        {
            var handlers = route.Handlers.ToList();
            var declared = new HashSet<string>(handlers.Select(handler => handler.Verb));
            writer.Line($"const string template = {Literals.Text(route.Template)};");
            if (handlers.Any(NeedsJson))
            {
                writer.Write(new Invocation(RuntimeNames.EndpointServices.JsonOptions, "endpoints"), "var json = ");
            }
            // For AddValidation(), whose own generator never sees the types route files take.
            var validated = handlers.SelectMany(handler => handler.ValidatedTypes)
                .GroupBy(type => type.Type)
                .Select(group => group.First());
            foreach (var type in validated)
            {
                writer.Write(Invocation.Generic(RuntimeNames.RouteFileValidation.Type, type.Type,
                    new Expression[] { "endpoints" }.Concat(type.Members.Select(member =>
                        (Expression)new Invocation("new " + RuntimeNames.RouteFileValidation.Property,
                            $"typeof({member.Type})", Literals.Text(member.Name), Literals.Text(member.DisplayName))))),
                    after: ";");
            }
            foreach (var webhook in handlers.Where(handler =>
                handler.Parameters.Any(parameter => parameter.Special == SpecialKind.WebhookEvent)))
            {
                writer.Write(new Invocation(RuntimeNames.RequestWebhook.RequireSecret,
                    "endpoints", Literals.Text(HandlerTraits.EndpointName(webhook, route))));
            }
            if (handlers.Any(HandlerTraits.IsProtected))
            {
                // MapRouteHandlers() has checked that there is a guard, naming every handler that needs one.
                writer.Write(new Invocation(RuntimeNames.EndpointServices.RouteGuard, "endpoints"), "var guard = ");
            }
            foreach (var handler in handlers)
            {
                writer.BlankLine();
                WriteEndpoint(writer, route, handler, declared);
            }

            var allowed = declared.Concat(new[] { "OPTIONS" })
                .Concat(declared.Contains("GET") ? new[] { "HEAD" } : new string[0])
                .Distinct()
                .OrderBy(verb => verb, System.StringComparer.Ordinal);
            writer.BlankLine();
            writer.Write(new Invocation(RuntimeNames.MethodFallbacks.Map,
                "endpoints",
                "template",
                Literals.Strings(allowed),
                new Prefixed("mapOptions: ", Literals.Bool(!declared.Contains("OPTIONS")))));
        }

        private static void WriteEndpoint(
            CSharpWriter writer, Route route, HandlerInfo handler, HashSet<string> declared)
        {
            var prefix = handler.Verb.Substring(0, 1) + handler.Verb.Substring(1).ToLowerInvariant();
            var local = char.ToLowerInvariant(prefix[0]) + prefix.Substring(1);
            var names = new LocalNames(new[]
                {
                    "context", "filters", "endpoints", "template", "json", "guard", "result", "form", "formError",
                }
                .Concat(new[] { "Protection", "ResultJson", "Parameters" }.Select(suffix => local + suffix))
                .Concat(Bound(handler).Select(parameter => BodyJson(local, parameter))));

            writer.Line($"// {HandlerTraits.EndpointName(handler, route)}");
            if (handler.Protection is not null)
            {
                writer.Write(New(RuntimeNames.ProtectedAttribute, new Expression[0], handler.Protection.Settings),
                    $"var {local}Protection = ");
            }
            foreach (var body in Bound(handler).Where(parameter => parameter.Source == ParameterSource.Body))
            {
                writer.Write(Invocation.Generic(RuntimeNames.EndpointServices.JsonType, BodyType(body), "json"),
                    $"var {BodyJson(local, body)} = ");
            }
            foreach (var body in Bound(handler).Where(parameter =>
                parameter.Source == ParameterSource.BodyOrServices))
            {
                writer.Write(Invocation.Generic(RuntimeNames.InferredBody.Resolve, BodyType(body), "endpoints", "json"),
                    $"var {BodyJson(local, body)} = ");
            }
            if (handler.Parameters.Any(parameter => parameter.BindAsync == BindAsyncKind.ContextAndParameter
                || parameter.BindAsync == BindAsyncKind.Interface))
            {
                // What BindAsync(HttpContext, ParameterInfo) is given, read once, as minimal APIs read it.
                writer.Write(new Invocation(RuntimeNames.HandlerEndpoint.Parameters, $"{handler.DeclaringType}.{handler.Verb}"),
                    $"var {local}Parameters = ");
            }
            if (handler.Result is { Kind: ResultKind.Json, Type: { } resultType })
            {
                writer.Write(Invocation.Generic(RuntimeNames.EndpointServices.JsonType, resultType, "json"),
                    $"var {local}ResultJson = ");
            }

            var takesAuth = HandlerTraits.TakesAuth(handler);
            var isAsync = handler.Protection is not null || handler.Result.IsAwaitable
                || Bound(handler).Any(ReadsBody) || takesAuth
                || Bound(handler).Any(parameter => parameter.Source == ParameterSource.BindAsync
                    || parameter.Special == SpecialKind.WebhookEvent)
                || ReadsForm(handler);
            var alsoHead = handler.Verb == "GET" && !declared.Contains("HEAD");
            // Given the endpoint's filters, or null when it has none (the request path is then as it would be
            // without this hook).
            var requestDelegate = new Lambda(isAsync ? "filters => async context =>" : "filters => context =>",
                body => WriteRequestDelegate(body, handler, local, names, isAsync, takesAuth));

            var map = new Invocation(RuntimeNames.HandlerEndpoint.Map,
                "endpoints",
                "template",
                Literals.Text(handler.Verb),
                Literals.Text(HandlerTraits.EndpointName(handler, route)),
                new Prefixed("alsoHead: ", Literals.Bool(alsoHead)),
                $"{handler.DeclaringType}.{handler.Verb}",
                MetadataCallback(handler, route),
                FilteredCall(handler),
                requestDelegate);
            if (handler.Protection is null)
            {
                writer.Write(map, after: ";");
                return;
            }
            // Last, so that it is the [Protected] endpoint metadata reads: the method's own, which routing adds, may be
            // refined by the route class's.
            writer.Write(Chain.Calls(map, new List<Invocation> { new Invocation("WithMetadata", local + "Protection") }),
                after: ";");
        }

        /// <summary>
        /// <c>metadata =&gt; metadata.Parameter(0, tryParse: true).ProducesJson&lt;T&gt;()</c>: what minimal APIs
        /// infer from the same signature, in their order (parameters, the body, the response, then the metadata
        /// providers), then the route class's attributes.
        /// </summary>
        private static Expression MetadataCallback(HandlerInfo handler, Route route)
        {
            var calls = new List<Invocation>();
            var providers = new List<Invocation>();
            for (var position = 0; position < handler.Parameters.Count; position++)
            {
                var parameter = handler.Parameters[position];
                if (parameter.Source == ParameterSource.Auth || parameter.Special == SpecialKind.WebhookEvent)
                {
                    // Not part of the request's contract as minimal APIs describe one: who is calling comes from the
                    // session, as [Protected] says; a webhook's body is Clerk's event, checked against its signature.
                    continue;
                }
                var index = position.ToString(System.Globalization.CultureInfo.InvariantCulture);
                if (parameter.Source == ParameterSource.AsParameters)
                {
                    // Each member is described as a parameter of its own, as minimal APIs describe it.
                    foreach (var member in parameter.Members)
                    {
                        var described = new List<Expression> { index, Literals.Text(member.Name) };
                        described.AddRange(BindingFlags(member));
                        calls.Add(Invocation.Generic(RuntimeNames.HandlerMetadata.Member, parameter.ValueType, described));
                        AddAccepts(calls, handler, member);
                    }
                    continue;
                }
                var binding = new List<Expression> { index };
                binding.AddRange(BindingFlags(parameter));
                calls.Add(new Invocation(RuntimeNames.HandlerMetadata.Parameter, binding));
                AddAccepts(calls, handler, parameter);
                var type = parameter.Type.TrimEnd('?');
                if ((parameter.Providers & MetadataProviders.Parameter) != 0)
                {
                    providers.Add(Invocation.Generic(RuntimeNames.HandlerMetadata.FromParameter, type,
                        position.ToString(System.Globalization.CultureInfo.InvariantCulture)));
                }
                if ((parameter.Providers & MetadataProviders.Endpoint) != 0)
                {
                    providers.Add(Invocation.Generic(RuntimeNames.HandlerMetadata.FromType, type));
                }
            }
            if (handler.Parameters.Any(parameter => parameter.Special == SpecialKind.WebhookEvent))
            {
                calls.Add(new Invocation(RuntimeNames.HandlerMetadata.ReceivesWebhooks));
            }
            if (Bound(handler).FirstOrDefault(parameter => parameter.Source == ParameterSource.Form) is { } form)
            {
                var files = Bound(handler).Any(parameter =>
                    parameter.Form == FormPart.File || parameter.Form == FormPart.Files);
                var arguments = new List<Expression> { new Prefixed("files: ", Literals.Bool(files)) };
                if (handler.Protection is not null)
                {
                    // As for a JSON body: no 415 from routing before Clerk's 404.
                    arguments.Add("accepts: false");
                }
                calls.Add(Invocation.Generic(RuntimeNames.HandlerMetadata.AcceptsForm, AcceptedType(form), arguments));
            }
            var result = handler.Result;
            switch (result.Kind)
            {
                case ResultKind.Text:
                    calls.Add(new Invocation(RuntimeNames.HandlerMetadata.ProducesText));
                    break;
                case ResultKind.RuntimeJson:
                    calls.Add(Invocation.Generic(RuntimeNames.HandlerMetadata.ProducesJson, "object"));
                    break;
                case ResultKind.Json:
                    calls.Add(Invocation.Generic(RuntimeNames.HandlerMetadata.ProducesJson, result.Type!));
                    break;
            }
            calls.AddRange(providers);
            if (result.MetadataProvider is { } provider)
            {
                calls.Add(Invocation.Generic(RuntimeNames.HandlerMetadata.FromType, provider));
            }
            // Before the method's own attributes, which routing adds next: an [EndpointSummary] wins over the comment.
            var added = handler.Attributes.Select(Construct).ToList();
            if (!handler.HasTags)
            {
                // OpenAPI would tag every route file "Route", its class's name; its folder says more.
                added.Add(new Invocation("new " + RuntimeNames.Framework.TagsAttribute, Literals.Text(DefaultTag(route))));
            }
            if (handler.Summary is { } summary)
            {
                added.Add(new Invocation("new " + RuntimeNames.Framework.EndpointSummaryAttribute, Literals.Text(summary)));
            }
            if (added.Count > 0)
            {
                calls.Add(new Invocation(RuntimeNames.HandlerMetadata.Add, added));
            }
            return calls.Count == 0
                ? (Expression)"static _ => { }"
                : new Prefixed("metadata => ", Chain.Calls("metadata", calls));
        }

        /// <summary>How a parameter binds, as minimal APIs describe it: <c>tryParse: true, optional: true</c>.</summary>
        private static IEnumerable<Expression> BindingFlags(ParameterInfo parameter)
        {
            // As minimal APIs report it: a simple value (or an array of them from the query string) they bound by
            // inference, finding its TryParse, and every [FromForm] value.
            if ((parameter.IsInferred && parameter.Parser != ParserKind.None
                    && (parameter.Shape == ValueShape.Simple || parameter.Source == ParameterSource.Query))
                || parameter.Form == FormPart.Value)
            {
                yield return "tryParse: true";
            }
            if (parameter.Source == ParameterSource.BindAsync)
            {
                yield return "bindAsync: true";
            }
            if (parameter.IsOptional)
            {
                yield return "optional: true";
            }
        }

        /// <summary>
        /// What a JSON body accepts. Routing answers 415 to an endpoint's unaccepted content type before any middleware
        /// runs: on a [Protected] handler that would tell a signed-out caller the route exists, where Clerk answers
        /// 404, so there is none there (OpenAPI documents the body as JSON without it).
        /// </summary>
        private static void AddAccepts(List<Invocation> calls, HandlerInfo handler, ParameterInfo parameter)
        {
            if (ReadsBody(parameter) && handler.Protection is null)
            {
                var accepts = parameter.Source == ParameterSource.Body
                    ? RuntimeNames.HandlerMetadata.AcceptsJson
                    : RuntimeNames.HandlerMetadata.AcceptsJsonUnlessService;
                calls.Add(Invocation.Generic(accepts, AcceptedType(parameter),
                    new Prefixed("optional: ", Literals.Bool(parameter.IsOptional))));
            }
        }

        /// <summary>
        /// The tag of a handler without <c>[Tags]</c>: the first static segment of its URL after a leading <c>api</c>
        /// (<c>/api/users/{id}</c> is "users"), else the first one, else "api".
        /// </summary>
        private static string DefaultTag(Route route)
        {
            var segments = route.Template.Split('/').Where(segment => segment.Length > 0).ToList();
            var named = (segments.Count > 1 && segments[0] == "api" ? segments.Skip(1) : segments)
                .FirstOrDefault(segment => !segment.StartsWith("{", System.StringComparison.Ordinal));
            return named ?? "api";
        }

        /// <summary>
        /// The innermost step of the endpoint's filters: the handler called with the filter invocation's arguments,
        /// its result handed back to the filters.
        /// </summary>
        private static Expression FilteredCall(HandlerInfo handler)
        {
            var call = new Invocation($"{handler.DeclaringType}.{handler.Verb}",
                handler.Parameters.Select((parameter, position) =>
                    (Expression)$"invocation.GetArgument<{parameter.Type}>({position})"));
            if (handler.Result.IsAwaitable)
            {
                return new Prefixed("invocation => ", new Invocation(RuntimeNames.HandlerEndpoint.Awaited, call));
            }
            if (handler.Result.Kind != ResultKind.None)
            {
                return new Prefixed("invocation => ", new Invocation(RuntimeNames.HandlerEndpoint.Returned, call));
            }
            return new Lambda("invocation =>", body =>
            {
                body.Write(call, after: ";");
                body.Line($"return {RuntimeNames.HandlerEndpoint.Nothing};");
            });
        }

        private static void WriteRequestDelegate(
            CSharpWriter writer, HandlerInfo handler, string local, LocalNames names, bool isAsync, bool takesAuth)
        {
            if (handler.Protection is not null)
            {
                writer.Line($"if (!await guard.{RuntimeNames.RouteGuard.AllowAsync}(context, {local}Protection))");
                writer.Open();
                writer.Line("return;");
                writer.Close();
            }
            if (Bound(handler).FirstOrDefault(parameter => parameter.Source == ParameterSource.Form) is { } first)
            {
                // Read once, before any parameter is bound, as minimal APIs read a body.
                writer.Write(new Invocation(RuntimeNames.RequestForm.ReadAsync, "context", Literals.Text(first.Display)),
                    "var (form, formError) = await ");
                WriteFailure(writer, "formError", isAsync);
            }
            var arguments = handler.Parameters
                .Select((parameter, position) => WriteBinding(writer, parameter, position, local, names, isAsync))
                .ToList();
            if (!takesAuth)
            {
                WriteCall(writer, handler, local, arguments, isAsync);
                return;
            }
            // auth.Protect() throws to stop the handler, as Next.js's auth.protect() does; answer as Clerk does.
            writer.Line("try");
            writer.Open();
            WriteCall(writer, handler, local, arguments, isAsync);
            writer.Close();
            writer.Line($"catch ({RuntimeNames.ProtectException} denied)");
            writer.Open();
            writer.Line($"await {RuntimeNames.ClerkRequest.DenyAsync}(context, denied);");
            writer.Close();
        }

        /// <summary>
        /// Writes the statements that bind one parameter; returns the argument for the handler call, null-forgiven
        /// where it needs to be (<see cref="FromNullable"/>; the filters take the bare value, as object).
        /// </summary>
        private static string WriteBinding(
            CSharpWriter writer, ParameterInfo parameter, int position, string endpoint, LocalNames names, bool isAsync)
        {
            if (parameter.Special == SpecialKind.WebhookEvent)
            {
                // Verified before the handler runs; a refused request is answered in Clerk's error shape.
                var webhook = names.Take(parameter.Name + "Verification");
                var verified = names.Take(parameter.Name);
                writer.Write(new Invocation(RuntimeNames.RequestWebhook.ReadAsync, "context"), $"var {webhook} = await ");
                writer.Line($"if ({webhook}.Event is not {{ }} {verified})");
                writer.Open();
                writer.Line($"await {webhook}.{RuntimeNames.RequestWebhook.WriteErrorAsync}(context);");
                writer.Line("return;");
                writer.Close();
                return verified;
            }
            if (parameter.Source == ParameterSource.Special)
            {
                return Special(parameter.Special);
            }
            var local = names.Take(parameter.Name);
            if (parameter.Source == ParameterSource.Auth)
            {
                writer.Line($"var {local} = await {RuntimeNames.ClerkRequest.GetAuthAsync}(context);");
                return local;
            }
            switch (parameter.Source)
            {
                case ParameterSource.Services when parameter.IsOptional:
                    var service = parameter.Type.TrimEnd('?');
                    writer.Write(
                        Invocation.Generic(RuntimeNames.EndpointServices.OptionalService, service, "context"),
                        $"var {local} = ");
                    return FromNullable(local, parameter);
                case ParameterSource.Services:
                    writer.Write(
                        Invocation.Generic(RuntimeNames.EndpointServices.RequiredService, parameter.Type, "context"),
                        $"var {local} = ");
                    return local;
                case ParameterSource.Body:
                case ParameterSource.BodyOrServices:
                    var error = names.Take(parameter.Name + "Error");
                    var reader = parameter.Source == ParameterSource.Body
                        ? RuntimeNames.RequestBody.ReadJsonAsync
                        : RuntimeNames.InferredBody.ReadAsync;
                    writer.Write(
                        new Invocation(reader,
                            "context",
                            BodyJson(endpoint, parameter),
                            Literals.Text(parameter.Display),
                            new Prefixed("required: ", Literals.Bool(!parameter.IsOptional))),
                        $"var ({local}, {error}) = await ");
                    WriteFailure(writer, error, isAsync);
                    return FromNullable(local, parameter);
                case ParameterSource.BindAsync:
                    return WriteBindAsync(writer, parameter, position, endpoint, local);
                case ParameterSource.AsParameters:
                    return WriteAsParameters(writer, parameter, position, endpoint, local, names, isAsync);
                case ParameterSource.Form when parameter.Form == FormPart.Object:
                    return WriteFormObject(writer, parameter, local, names, isAsync);
                case ParameterSource.Form when parameter.Form == FormPart.Collection:
                    return "form";
                case ParameterSource.Form when parameter.Form == FormPart.Files:
                    return "form.Files";
                case ParameterSource.Form when parameter.Form == FormPart.File:
                    var missing = names.Take(parameter.Name + "Error");
                    writer.Write(new Invocation(RuntimeNames.RequestForm.File,
                        "form",
                        Literals.Text(parameter.Key),
                        Literals.Text(parameter.Display),
                        new Prefixed("required: ", Literals.Bool(!parameter.IsOptional)),
                        $"out var {local}"), $"var {missing} = ");
                    WriteFailure(writer, missing, isAsync);
                    return FromNullable(local, parameter);
                case ParameterSource.Route when parameter.Shape == ValueShape.StringArray:
                    writer.Write(
                        new Invocation(RuntimeNames.RequestValues.RouteSegments,
                            "context", Literals.Text(parameter.Key)),
                        $"var {local} = ");
                    return local;
            }

            var failure = names.Take(parameter.Name + "Error");
            writer.Write(ReadValue(parameter, local), $"var {failure} = ");
            WriteFailure(writer, failure, isAsync);
            // Only the optional helpers hand back a T?; Required and Many never give null.
            return parameter.Shape == ValueShape.Simple && parameter.IsOptional
                ? FromNullable(local, parameter)
                : local;
        }

        /// <summary>
        /// Binds each member of an <c>[AsParameters]</c> type, then constructs it: <c>new T(a, b) { C = c }</c>.
        /// </summary>
        private static string WriteAsParameters(CSharpWriter writer, ParameterInfo parameter, int position,
            string endpoint, string local, LocalNames names, bool isAsync)
        {
            var values = parameter.Members
                .Select(member => WriteBinding(writer, member, position, endpoint, names, isAsync))
                .ToList();
            WriteConstruction(writer, parameter, local, values);
            return local;
        }

        /// <summary>
        /// <c>var local = new T(a, b) { C = c };</c>: the members' bound values, constructor arguments first, as the
        /// parser listed them.
        /// </summary>
        private static void WriteConstruction(CSharpWriter writer, ParameterInfo parameter, string local, List<string> values)
        {
            var members = parameter.Members.Zip(values, (member, value) => (member, value)).ToList();
            var arguments = members.Where(pair => pair.member.IsConstructorArgument)
                .Select(pair => (Expression)pair.value).ToList();
            var properties = members.Where(pair => !pair.member.IsConstructorArgument)
                .Select(pair => (Expression)new Prefixed(pair.member.Name + " = ", pair.value)).ToList();
            var construct = arguments.Count > 0 || properties.Count == 0
                ? (Expression)new Invocation("new " + parameter.ValueType, arguments)
                : "new " + parameter.ValueType;
            writer.Write(properties.Count == 0 ? construct : new BracedList(construct, properties), $"var {local} = ", ";");
        }

        /// <summary>
        /// Binds a complex <c>[FromForm]</c> type from the fields of its members' names: every constructor argument
        /// must be there; a settable property keeps what a new instance has when it is not.
        /// </summary>
        private static string WriteFormObject(
            CSharpWriter writer, ParameterInfo parameter, string local, LocalNames names, bool isAsync)
        {
            var missing = names.Take(parameter.Name + "Missing");
            writer.Write(new Invocation(RuntimeNames.RequestForm.Missing,
                "form",
                Literals.Text(parameter.Display),
                Literals.Strings(parameter.Members.Where(member => member.IsConstructorArgument).Select(member => member.Key)),
                Literals.Strings(parameter.Members.Select(member => member.Key))), $"var {missing} = ");
            WriteFailure(writer, missing, isAsync);
            string? defaults = null;
            if (parameter.Members.Any(member => !member.IsConstructorArgument))
            {
                defaults = names.Take(parameter.Name + "Defaults");
                writer.Line($"var {defaults} = new {parameter.ValueType}();");
            }

            var values = new List<string>();
            foreach (var member in parameter.Members)
            {
                var value = names.Take(member.Name);
                var failure = names.Take(member.Name + "Error");
                var key = Literals.Text(member.Key);
                var display = Literals.Text(member.Display);
                Expression read;
                if (member.Shape == ValueShape.Simple)
                {
                    read = ReadValue(member, value, defaults is null ? null : $"{defaults}.{member.Name}");
                }
                else if (member.IsConstructorArgument)
                {
                    read = Invocation.Generic(RuntimeNames.RequestValues.Many, member.ValueType,
                        $"{RuntimeNames.RequestForm.MemberValues}(form, {key})", display, "\"form\"", Parser(member),
                        $"out var {value}");
                }
                else
                {
                    read = Invocation.Generic(RuntimeNames.RequestForm.Many, member.ValueType,
                        "form", key, display, Parser(member), $"{defaults}.{member.Name}", $"out var {value}");
                }
                writer.Write(read, $"var {failure} = ");
                WriteFailure(writer, failure, isAsync);
                // Required and RequestValues.Many never hand back null; the optional helpers hand back a T?.
                values.Add(member.IsConstructorArgument ? value : FromNullable(value, member));
            }
            WriteConstruction(writer, parameter, local, values);
            return local;
        }

        /// <summary>
        /// Calls the type's <c>BindAsync</c>; a required parameter it answers null for is a 400, as minimal APIs
        /// answer it, naming the method.
        /// </summary>
        private static string WriteBindAsync(CSharpWriter writer, ParameterInfo parameter, int position, string endpoint, string local)
        {
            var info = $"{endpoint}Parameters[{position}]";
            var call = parameter.BindAsync switch
            {
                BindAsyncKind.Interface => Invocation.Generic(RuntimeNames.RequestValues.BindAsync, parameter.ValueType,
                    "context", info),
                BindAsyncKind.ContextAndParameter => new Invocation(parameter.ValueType + ".BindAsync", "context", info),
                _ => new Invocation(parameter.ValueType + ".BindAsync", "context"),
            };
            writer.Write(call, $"var {local} = await ");
            var canBeNull = !parameter.IsValueType || parameter.BindsNullableStruct;
            if (parameter.IsOptional || !canBeNull)
            {
                return local;
            }
            var type = parameter.Display.Substring(0, parameter.Display.LastIndexOf(' '));
            var method = parameter.BindAsync == BindAsyncKind.Context
                ? $"{type}.BindAsync(HttpContext)"
                : $"{type}.BindAsync(HttpContext, ParameterInfo)";
            writer.Line($"if ({local} is null)");
            writer.Open();
            writer.Write(new Invocation(RuntimeNames.RequestValues.NotBound,
                "context", Literals.Text(parameter.Display), Literals.Text(method)), "await ", ";");
            writer.Line("return;");
            writer.Close();
            // A struct's ValueTask<T?> is checked for null above; the handler takes the T.
            return parameter.IsValueType && !parameter.IsNullableValueType ? local + ".GetValueOrDefault()" : local;
        }

        /// <summary>
        /// The argument for a value a helper hands back as <c>T?</c>: null-forgiven when the parameter is a reference
        /// type that does not take null, for by then the helper has written the failure or filled in the default. A
        /// value type never is: for a struct the unconstrained helpers' <c>T?</c> is the struct itself, and a
        /// <c>Nullable&lt;T&gt;</c> parameter takes null.
        /// </summary>
        private static string FromNullable(string local, ParameterInfo parameter) =>
            parameter.IsValueType || parameter.Type.EndsWith("?") ? local : local + "!";

        /// <summary>The helper call that reads a route value, query value or header into a local.</summary>
        private static Invocation ReadValue(ParameterInfo parameter, string local, string? fallback = null)
        {
            var key = Literals.Text(parameter.Key);
            var (single, many, source, from) = parameter.Source switch
            {
                ParameterSource.Route => (RuntimeNames.RequestValues.Route, "", "route", "context"),
                ParameterSource.Header =>
                    (RuntimeNames.RequestValues.Header, RuntimeNames.RequestValues.HeaderValues, "header", "context"),
                ParameterSource.Form => (RuntimeNames.RequestForm.Value, RuntimeNames.RequestForm.Values, "form", "form"),
                _ => (RuntimeNames.RequestValues.Query, RuntimeNames.RequestValues.QueryValues, "query string", "context"),
            };
            var described = new Expression[]
            {
                Literals.Text(parameter.Display), Literals.Text(source), Parser(parameter),
            };
            var output = $"out var {local}";
            if (parameter.Shape != ValueShape.Simple)
            {
                return Invocation.Generic(RuntimeNames.RequestValues.Many, parameter.ValueType,
                    new Expression[] { $"{many}({from}, {key})" }
                        .Concat(described)
                        .Concat(new Expression[] { output }));
            }
            var text = new Expression[] { $"{single}({from}, {key})" };
            if (!parameter.IsOptional)
            {
                return Invocation.Generic(RuntimeNames.RequestValues.Required, parameter.ValueType,
                    text.Concat(described).Concat(new Expression[] { output }));
            }
            var helper = parameter.IsNullableValueType
                ? RuntimeNames.RequestValues.OptionalValue
                : RuntimeNames.RequestValues.Optional;
            var orElse = fallback is not null ? (Expression)fallback
                : parameter.DefaultValue is { } value ? ConstantWriter.Write(value)
                : parameter.IsNullableValueType ? "null" : "default";
            return Invocation.Generic(helper, parameter.ValueType,
                text.Concat(described).Concat(new Expression[] { orElse, output }));
        }

        private static void WriteFailure(CSharpWriter writer, string error, bool isAsync)
        {
            writer.Line($"if ({error} is not null)");
            writer.Open();
            if (isAsync)
            {
                writer.Line($"await {error}.{RuntimeNames.BindingError.WriteAsync}(context);");
                writer.Line("return;");
            }
            else
            {
                writer.Line($"return {error}.{RuntimeNames.BindingError.WriteAsync}(context);");
            }
            writer.Close();
        }

        private static void WriteCall(
            CSharpWriter writer, HandlerInfo handler, string endpoint, List<string> arguments, bool isAsync)
        {
            writer.Line("if (filters is not null)");
            writer.Open();
            var filtered = new Invocation("filters." + RuntimeNames.HandlerFilters.InvokeAsync,
                new Expression[] { "context" }
                    // The values bare: the filters take them as object?, which needs no null-forgiving.
                    .Concat(arguments.Select(argument => (Expression)argument.TrimEnd('!'))));
            if (isAsync)
            {
                writer.Write(filtered, "await ", ";");
                writer.Line("return;");
            }
            else
            {
                writer.Write(filtered, "return ", ";");
            }
            writer.Close();

            var call = new Invocation($"{handler.DeclaringType}.{handler.Verb}",
                arguments.Select(argument => (Expression)argument));
            var awaited = handler.Result.IsAwaitable ? "await " : "";
            Invocation? write;
            switch (handler.Result.Kind)
            {
                case ResultKind.Result:
                    write = new Invocation(RuntimeNames.HandlerResults.ExecuteAsync, "context", "result");
                    break;
                case ResultKind.Text:
                    write = new Invocation(RuntimeNames.HandlerResults.WriteTextAsync, "context", "result");
                    break;
                case ResultKind.RuntimeJson:
                    write = new Invocation(RuntimeNames.HandlerResults.WriteJsonAsync, "context", "result", "json");
                    break;
                case ResultKind.Json:
                    write = new Invocation(RuntimeNames.HandlerResults.WriteJsonAsync,
                        "context", "result", endpoint + "ResultJson");
                    break;
                default: write = null; break;
            }
            if (write is null)
            {
                writer.Write(call, awaited);
                if (!isAsync)
                {
                    writer.Line("return global::System.Threading.Tasks.Task.CompletedTask;");
                }
                return;
            }
            writer.Write(call, "var result = " + awaited);
            writer.Write(write, isAsync ? "await " : "return ");
        }

        private static bool NeedsJson(HandlerInfo handler) =>
            handler.Result.Kind == ResultKind.Json || handler.Result.Kind == ResultKind.RuntimeJson
            || Bound(handler).Any(ReadsBody);

        private static bool ReadsForm(HandlerInfo handler) =>
            Bound(handler).Any(parameter => parameter.Source == ParameterSource.Form);

        /// <summary>Every value bound from the request: the parameters, with an [AsParameters] type's members in its place.</summary>
        private static IEnumerable<ParameterInfo> Bound(HandlerInfo handler) => BoundValues.Of(handler.Parameters);

        private static bool ReadsBody(ParameterInfo parameter) =>
            parameter.Source == ParameterSource.Body || parameter.Source == ParameterSource.BodyOrServices;

        /// <summary>The body's type as minimal APIs describe it: the parameter's, a reference type unannotated.</summary>
        private static string AcceptedType(ParameterInfo parameter) =>
            parameter.IsNullableValueType ? parameter.Type : parameter.Type.TrimEnd('?');

        /// <summary>
        /// The type the body is read as: a declared body as its parameter's type, so that a <c>T?</c> of a struct takes
        /// JSON null as minimal APIs do; an inferred one as its (non-null) type, which may be a service instead.
        /// </summary>
        private static string BodyType(ParameterInfo parameter) =>
            parameter.Source == ParameterSource.Body ? AcceptedType(parameter)
            : parameter.IsNullableValueType ? parameter.ValueType : parameter.Type.TrimEnd('?');

        // The local holding a body parameter's JSON metadata: putChangeJson.
        private static string BodyJson(string endpoint, ParameterInfo parameter) =>
            endpoint + Identifiers.Pascal(parameter.Name) + "Json";

        private static string ParsedValue(ParameterInfo parameter) =>
            parameter.IsParsedValueType ? "out value" : "out value!";

        private static Expression Parser(ParameterInfo parameter)
        {
            switch (parameter.Parser)
            {
                case ParserKind.Enum: return $"{RuntimeNames.ValueParsers.Enum}<{parameter.ValueType}>()";
                case ParserKind.Parsable: return $"{RuntimeNames.ValueParsers.Parsable}<{parameter.ValueType}>()";
                // The type's own TryParse in a static lambda: the compiler caches its delegate, so binding allocates
                // none. Its out parameter may be annotated T?; the helper only reads it when TryParse said true.
                case ParserKind.TryParse:
                    return new Prefixed($"static (string text, out {parameter.ValueType} value) => ",
                        new Invocation(parameter.ValueType + ".TryParse", "text", ParsedValue(parameter)));
                case ParserKind.TryParseWithProvider:
                    return new Prefixed($"static (string text, out {parameter.ValueType} value) => ",
                        new Invocation(parameter.ValueType + ".TryParse",
                            "text", "global::System.Globalization.CultureInfo.InvariantCulture", ParsedValue(parameter)));
                default: return RuntimeNames.ValueParsers.String;
            }
        }

        private static string Special(SpecialKind special)
        {
            switch (special)
            {
                case SpecialKind.HttpRequest: return "context.Request";
                case SpecialKind.HttpResponse: return "context.Response";
                case SpecialKind.CancellationToken: return "context.RequestAborted";
                case SpecialKind.ClaimsPrincipal: return "context.User";
                case SpecialKind.Stream: return "context.Request.Body";
                case SpecialKind.PipeReader: return "context.Request.BodyReader";
                default: return "context";
            }
        }

        private static Expression Construct(AttributeInfo attribute) =>
            New(attribute.Type, attribute.Arguments.Select(ConstantWriter.Write).ToArray(), attribute.NamedArguments);

        /// <summary><c>new T(arguments) { Name = value }</c>, no empty parentheses before an initializer.</summary>
        private static Expression New(string type, Expression[] arguments, EquatableArray<NamedConstant> members)
        {
            if (members.Count == 0)
            {
                return new Invocation("new " + type, arguments);
            }
            var head = arguments.Length == 0 ? (Expression)("new " + type) : new Invocation("new " + type, arguments);
            return new BracedList(head, members.Select(member =>
                (Expression)new Prefixed(member.Name + " = ", ConstantWriter.Write(member.Value))));
        }

        private static string Xml(string text) => text.Replace("&", "&amp;").Replace("<", "&lt;").Replace(">", "&gt;");
    }
}
