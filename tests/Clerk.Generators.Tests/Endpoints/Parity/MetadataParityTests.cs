using System.Reflection;
using Microsoft.AspNetCore.Http.Metadata;
using Clerk.Generators.Tests.Endpoints.Infrastructure;
using static Clerk.Generators.Tests.Endpoints.Infrastructure.TwinsApp;

namespace Clerk.Generators.Tests.Endpoints.Parity;

/// <summary>
/// A route file's endpoint carries the metadata minimal APIs infer for the same method: what ApiExplorer, OpenAPI,
/// validation and endpoint filters read.
/// </summary>
public sealed class MetadataParityTests(TwinsApp app) : IClassFixture<TwinsApp>
{
    [Theory]
    [MemberData(nameof(TwinNames), MemberType = typeof(TwinsApp))]
    public void Route_file_endpoint_carries_the_inferred_metadata_of_the_same_minimal_API(string name)
    {
        var twin = Named(name);

        // As lines of text, so that a failure shows every line of both. A GET handler's HEAD is on an endpoint of its
        // own (see below), so its GET endpoint answers GET alone where the minimal API's answers both.
        var minimal = string.Join("\n", Describe(app.Minimal(twin))).Replace("http GET,HEAD", "http GET");
        var routeFile = string.Join("\n", Describe(app.RouteFile(twin)));
        Assert.True(minimal == routeFile, $"Minimal API:\n{minimal}\n\nRoute file:\n{routeFile}");
        if (twin.ServesHeadFromGet)
        {
            var head = string.Join("\n", Describe(app.RouteFileHead(twin)));
            Assert.Equal(routeFile.Replace("http GET", "http HEAD"), head);
        }
    }

    /// <summary>
    /// HEAD is served from GET as Next.js serves it, on an endpoint of its own that API descriptions leave out: one
    /// endpoint for both would be two OpenAPI operations under one operation id, and a MapGet documents no HEAD.
    /// </summary>
    [Theory]
    [MemberData(nameof(TwinNames), MemberType = typeof(TwinsApp))]
    public void HEAD_from_GET_is_an_unnamed_endpoint_left_out_of_API_descriptions(string name)
    {
        var twin = Named(name);
        if (!twin.ServesHeadFromGet)
        {
            return;
        }

        var head = app.RouteFileHead(twin);

        Assert.NotNull(head.Metadata.GetMetadata<IExcludeFromDescriptionMetadata>());
        Assert.Null(head.Metadata.GetMetadata<IEndpointNameMetadata>());
        Assert.NotNull(app.RouteFile(twin).Metadata.GetMetadata<IEndpointNameMetadata>());
    }

    [Theory]
    [MemberData(nameof(TwinNames), MemberType = typeof(TwinsApp))]
    public void Display_name_is_the_minimal_APIs_for_the_method(string name)
    {
        var twin = Named(name);

        Assert.Equal(app.Minimal(twin).DisplayName!.Replace(MinimalPrefix, "").Replace("GET, HEAD", "GET"),
            app.RouteFile(twin).DisplayName);
    }

    /// <summary>The inferred metadata, in order, as text that names what differs.</summary>
    private static List<string> Describe(Endpoint endpoint)
    {
        var metadata = endpoint.Metadata;
        var lines = new List<string>
        {
            $"method {metadata.GetMetadata<MethodInfo>()}",
            $"http {string.Join(",", metadata.GetMetadata<IHttpMethodMetadata>()!.HttpMethods)}",
        };
        lines.AddRange(metadata.GetOrderedMetadata<IParameterBindingMetadata>().Select(binding =>
            $"binding {binding.Name} {binding.ParameterInfo.ParameterType} tryParse={binding.HasTryParse} "
            + $"bindAsync={binding.HasBindAsync} optional={binding.IsOptional}"));
        lines.AddRange(metadata.GetOrderedMetadata<IAcceptsMetadata>().Select(accepts =>
            $"accepts {accepts.RequestType} [{string.Join(",", accepts.ContentTypes)}] optional={accepts.IsOptional}"));
        lines.AddRange(metadata.GetOrderedMetadata<IProducesResponseTypeMetadata>().Select(produces =>
            $"produces {produces.StatusCode} {produces.Type} [{string.Join(",", produces.ContentTypes)}]"));
        return lines;
    }
}
