using System.Text;

namespace Clerk.Generators.Tests.Endpoints.App.Api.Shapes.FileResult;

// /api/shapes/file-result: bytes and text results with their own content types.
public static class Route
{
    public static IResult GET(bool text = false) => text
        ? Results.Text("plain words", "text/plain", Encoding.UTF8)
        : Results.Bytes(Encoding.UTF8.GetBytes("abc"), "application/octet-stream", "abc.bin");
}
