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

        // As lines of text, so that a failure shows every line of both.
        var minimal = string.Join("\n", Describe(app.Minimal(twin)));
        var routeFile = string.Join("\n", Describe(app.RouteFile(twin)));
        Assert.True(minimal == routeFile, $"Minimal API:\n{minimal}\n\nRoute file:\n{routeFile}");
    }

    [Theory]
    [MemberData(nameof(TwinNames), MemberType = typeof(TwinsApp))]
    public void Display_name_is_the_minimal_APIs_for_the_method(string name)
    {
        var twin = Named(name);

        Assert.Equal(app.Minimal(twin).DisplayName!.Replace(MinimalPrefix, ""), app.RouteFile(twin).DisplayName);
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
