using Clerk.Generators.Tests.Endpoints.Models;
using Microsoft.AspNetCore.Mvc;

namespace Clerk.Generators.Tests.Endpoints.App.Api.Services;

// /api/services: [FromServices], an unannotated interface service, and an optional service that is not registered;
// on POST, an unannotated concrete type is a service rather than the body because the app registered it.
public static class Route
{
    public static string GET([FromServices] Greeter greeter, IClock clock, [FromServices] IUnregisteredService? missing) =>
        $"{greeter.Greet("Ada")} at {clock.Now:yyyy-MM-dd}, missing={missing is null}";

    public static string POST(Greeter greeter) => greeter.Greet("Grace");
}
