using Clerk.Generators.Tests.Endpoints.Models;
using Microsoft.AspNetCore.Mvc;

namespace Clerk.Generators.Tests.Endpoints.App.Api.Documented;

// /api/documented: what a handler says about itself reaches the OpenAPI document.
public static class Route
{
    /// <summary>
    /// Finds the <see cref="Widget"/> named by <paramref name="name"/>,
    /// or answers <c>404</c>.
    /// </summary>
    /// <remarks>Not part of the summary.</remarks>
    [Tags("widgets", "catalog")]
    [EndpointDescription("Looks the widget up by its display name.")]
    [ProducesResponseType(StatusCodes.Status404NotFound)]
    public static IResult GET(string name) =>
        name == "bolt" ? Results.Ok(new Widget(name, 1)) : Results.NotFound();

    /// <summary>The comment's summary, which the attribute overrides.</summary>
    [EndpointSummary("The attribute's summary")]
    public static string POST() => "posted";
}
