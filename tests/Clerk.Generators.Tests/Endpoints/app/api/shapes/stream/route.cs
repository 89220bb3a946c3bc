using System.IO.Pipelines;

namespace Clerk.Generators.Tests.Endpoints.App.Api.Shapes.Stream;

// /api/shapes/stream: the raw body as a stream and as a pipe.
public static class Route
{
    public static async Task<string> POST(System.IO.Stream body)
    {
        using var reader = new StreamReader(body);
        return $"read {(await reader.ReadToEndAsync()).Length}";
    }

    public static async Task<string> PUT(PipeReader reader)
    {
        var result = await reader.ReadAsync();
        while (!result.IsCompleted)
        {
            reader.AdvanceTo(result.Buffer.Start, result.Buffer.End);
            result = await reader.ReadAsync();
        }
        var length = result.Buffer.Length;
        reader.AdvanceTo(result.Buffer.End);
        return $"piped {length}";
    }
}
