using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Server.Kestrel.Core;
using Routes = Clerk.Generators.Tests.Endpoints.App.Api;

namespace Clerk.Generators.Tests.Endpoints.Infrastructure;

/// <summary>
/// Route files and the same methods mapped again as minimal APIs, in one app: every <see cref="Twin"/> is served
/// by its route file at its template and by <c>MapMethods(template, methods, Route.GET)</c> under
/// <see cref="MinimalPrefix"/>, so the two can be compared endpoint for endpoint, and in the OpenAPI document
/// (<c>AddOpenApi(o =&gt; o.AddClerkSecurity())</c> and <c>MapOpenApi()</c>, at <c>/openapi/v1.json</c>).
/// </summary>
public sealed class TwinsApp : ServedRouteFiles
{
    public const string MinimalPrefix = "/minimal";

    /// <summary>
    /// Kestrel's request body limit in this app: small, so that request parity can send an oversize body to both
    /// twins without sending Kestrel's default 30 MB.
    /// </summary>
    public const int MaxRequestBodySize = 4096;

    /// <summary>One handler method with the template and methods its route file maps it on.</summary>
    public sealed record Twin(string Template, string[] Methods, Delegate Handler)
    {
        public override string ToString() => $"{string.Join(",", Methods)} {Template}";

        /// <summary>A GET handler that also serves HEAD: the route file maps HEAD on an endpoint of its own.</summary>
        public bool ServesHeadFromGet => Methods is ["GET", "HEAD"];
    }

    /// <summary>Handlers of every binding source, body and result kind that minimal APIs bind the same way.</summary>
    public static readonly Twin[] Twins =
    [
        new("/api/users/{id}", ["GET", "HEAD"], Routes.Users.Id.Route.GET),
        new("/api/users/{id}", ["PUT"], Routes.Users.Id.Route.PUT),
        new("/api/users/{id}", ["DELETE"], Routes.Users.Id.Route.DELETE),
        new("/api/orders/{orderId}/lines/{line}", ["GET", "HEAD"], Routes.Orders.OrderId.Lines.Line.Route.GET),
        new("/api/query/optional", ["GET", "HEAD"], Routes.Query.Optional.Route.GET),
        new("/api/query/required", ["GET", "HEAD"], Routes.Query.Required.Route.GET),
        new("/api/query/array", ["GET", "HEAD"], Routes.Query.Array.Route.GET),
        new("/api/headers", ["GET", "HEAD"], Routes.Headers.Route.GET),
        new("/api/items", ["POST"], Routes.Items.Route.POST),
        new("/api/items", ["PUT"], Routes.Items.Route.PUT),
        new("/api/items", ["PATCH"], Routes.Items.Route.PATCH),
        new("/api/notes", ["POST"], Routes.Notes.Route.POST),
        new("/api/notes", ["PUT"], Routes.Notes.Route.PUT),
        new("/api/services", ["GET", "HEAD"], Routes.Services.Route.GET),
        new("/api/services", ["POST"], Routes.Services.Route.POST),
        new("/api/context", ["GET", "HEAD"], Routes.Context.Route.GET),
        new("/api/returns/json", ["GET", "HEAD"], Routes.Returns.JsonHandler.Route.GET),
        new("/api/returns/object", ["GET", "HEAD"], Routes.Returns.ObjectHandler.Route.GET),
        new("/api/returns/text", ["GET", "HEAD"], Routes.Returns.TextHandler.Route.GET),
        new("/api/returns/void", ["GET", "HEAD"], Routes.Returns.VoidHandler.Route.GET),
        new("/api/returns/task", ["GET", "HEAD"], Routes.Returns.TaskHandler.Route.GET),
        new("/api/returns/valuetask", ["GET", "HEAD"], Routes.Returns.ValueTaskHandler.Route.GET),
        new("/api/returns/task-of-t", ["GET", "HEAD"], Routes.Returns.TaskOfTHandler.Route.GET),
        new("/api/returns/valuetask-string", ["GET", "HEAD"], Routes.Returns.ValueTaskOfStringHandler.Route.GET),
        new("/api/returns/result", ["GET", "HEAD"], Routes.Returns.ResultHandler.Route.GET),
        new("/api/returns/task-result", ["GET", "HEAD"], Routes.Returns.TaskOfResultHandler.Route.GET),
        new("/api/returns/typed-results", ["GET", "HEAD"], Routes.Returns.TypedResultsHandler.Route.GET),
        new("/api/types/int/{value}", ["GET", "HEAD"], Routes.Types.IntValue.Route.GET),
        new("/api/types/string/{value}", ["GET", "HEAD"], Routes.Types.StringValue.Route.GET),
        new("/api/types/enum/{value}", ["GET", "HEAD"], Routes.Types.EnumValue.Route.GET),
        new("/api/types/guid/{value}", ["GET", "HEAD"], Routes.Types.GuidValue.Route.GET),
        new("/api/odd/{class}", ["GET", "HEAD"], Routes.Odd.Class.Route.GET),
        new("/api/users/me", ["GET", "HEAD"], Routes.Users.Me.Route.GET),
        new("/api/ping", ["GET"], Routes.Ping.Route.GET),
        new("/api/ping", ["HEAD"], Routes.Ping.Route.HEAD),
        new("/api/cors", ["OPTIONS"], Routes.Cors.Route.OPTIONS),
        new("/api/validated", ["GET", "HEAD"], Routes.Validated.Route.GET),
        new("/api/validated", ["POST"], Routes.Validated.Route.POST),
        new("/api/binders/parsed/{point}", ["GET", "HEAD"], Routes.Binders.Parsed.Point.Route.GET),
        new("/api/binders/bound", ["GET", "HEAD"], Routes.Binders.Bound.Route.GET),
        new("/api/binders/bound", ["POST"], Routes.Binders.Bound.Route.POST),
        new("/api/forms/fields", ["POST"], Routes.Forms.Fields.Route.POST),
        new("/api/forms/upload", ["POST"], Routes.Forms.Upload.Route.POST),
        new("/api/forms/upload", ["PUT"], Routes.Forms.Upload.Route.PUT),
        new("/api/forms/raw", ["POST"], Routes.Forms.Raw.Route.POST),
        new("/api/forms/raw", ["PUT"], Routes.Forms.Raw.Route.PUT),
        new("/api/forms/object", ["POST"], Routes.Forms.Object.Route.POST),
        new("/api/forms/object", ["PUT"], Routes.Forms.Object.Route.PUT),
        new("/api/search/{category}", ["GET", "HEAD"], Routes.Search.Category.Route.GET),
        new("/api/search/{category}", ["POST"], Routes.Search.Category.Route.POST),
        new("/api/shapes/created", ["POST"], Routes.Shapes.Created.Route.POST),
        new("/api/shapes/optional-body", ["POST"], Routes.Shapes.OptionalBody.Route.POST),
        new("/api/shapes/struct-body", ["PUT"], Routes.Shapes.StructBody.Route.PUT),
        new("/api/shapes/struct-body", ["PATCH"], Routes.Shapes.StructBody.Route.PATCH),
        new("/api/shapes/header-array", ["GET", "HEAD"], Routes.Shapes.HeaderArray.Route.GET),
        new("/api/shapes/query-array", ["GET", "HEAD"], Routes.Shapes.QueryArray.Route.GET),
        new("/api/shapes/dates/{day}", ["GET", "HEAD"], Routes.Shapes.Dates.Day.Route.GET),
        new("/api/shapes/numbers", ["GET", "HEAD"], Routes.Shapes.Numbers.Route.GET),
        new("/api/shapes/renamed/{key}", ["GET", "HEAD"], Routes.Shapes.Renamed.Key.Route.GET),
        new("/api/shapes/stream", ["POST"], Routes.Shapes.Stream.Route.POST),
        new("/api/shapes/stream", ["PUT"], Routes.Shapes.Stream.Route.PUT),
        new("/api/shapes/no-content", ["DELETE"], Routes.Shapes.Empty.Route.DELETE),
        new("/api/shapes/no-content", ["POST"], Routes.Shapes.Empty.Route.POST),
        new("/api/shapes/union", ["GET", "HEAD"], Routes.Shapes.Union.Route.GET),
        new("/api/shapes/file-result", ["GET", "HEAD"], Routes.Shapes.FileResult.Route.GET),
    ];

    /// <summary>The twins' names, for theories (a <see cref="Twin"/> is not serializable test data).</summary>
    public static TheoryData<string> TwinNames => new(Twins.Select(twin => twin.ToString()));

    /// <summary>Every endpoint the app serves.</summary>
    public IReadOnlyList<Endpoint> Endpoints => App.Services.GetRequiredService<EndpointDataSource>().Endpoints;

    /// <summary>The twin <see cref="TwinNames"/> names.</summary>
    public static Twin Named(string name) => Twins.Single(twin => twin.ToString() == name);

    /// <summary>A valid antiforgery pair for a signed-out caller, for the form routes.</summary>
    public AntiforgeryTokens AntiforgeryTokens() => Infrastructure.AntiforgeryTokens.For(App.Services);

    /// <summary>The app's OpenAPI document.</summary>
    public async Task<JsonNode> OpenApiDocumentAsync() =>
        JsonNode.Parse(await Client.GetStringAsync("/openapi/v1.json"))!;

    /// <summary>The endpoint the route file maps for <paramref name="twin"/> (its GET one, when it serves HEAD too).</summary>
    public RouteEndpoint RouteFile(Twin twin) => Find(twin.Template, twin.ServesHeadFromGet ? ["GET"] : twin.Methods);

    /// <summary>The endpoint on which the route file serves HEAD from <paramref name="twin"/>'s GET handler.</summary>
    public RouteEndpoint RouteFileHead(Twin twin) => Find(twin.Template, ["HEAD"]);

    /// <summary>The endpoint <c>MapMethods</c> maps for <paramref name="twin"/>.</summary>
    public RouteEndpoint Minimal(Twin twin) => Find(MinimalPrefix + twin.Template, twin.Methods);

    protected override void AddServices(IServiceCollection services)
    {
        services.AddOpenApi(options => options.AddClerkSecurity());
        services.Configure<KestrelServerOptions>(options => options.Limits.MaxRequestBodySize = MaxRequestBodySize);
    }

    protected override void Map(WebApplication web)
    {
        web.MapRouteHandlers();
        var minimal = web.MapGroup(MinimalPrefix);
        foreach (var twin in Twins)
        {
            minimal.MapMethods(twin.Template, twin.Methods, twin.Handler);
        }
        web.MapOpenApi();
    }

    private RouteEndpoint Find(string template, string[] methods) =>
        Assert.Single(Endpoints.OfType<RouteEndpoint>(), endpoint =>
            endpoint.RoutePattern.RawText == template
            && endpoint.Metadata.GetMetadata<IHttpMethodMetadata>()?.HttpMethods.SequenceEqual(methods) == true);
}
