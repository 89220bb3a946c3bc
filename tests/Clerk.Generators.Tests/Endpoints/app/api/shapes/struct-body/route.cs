using Microsoft.AspNetCore.Mvc;

namespace Clerk.Generators.Tests.Endpoints.App.Api.Shapes.StructBody;

public readonly record struct Size(int Width, int Height);

// /api/shapes/struct-body: a struct JSON body, required and optional.
public static class Route
{
    public static int PUT([FromBody] Size size) => size.Width * size.Height;

    public static string PATCH([FromBody] Size? size) => size is { } given ? $"{given.Width}x{given.Height}" : "none";
}
