using Routes = Clerk.Generators.Tests.Endpoints.App.Api;

namespace Clerk.Generators.Tests.Endpoints.Infrastructure;

/// <summary>
/// The route files with <c>AddValidation()</c>, and /api/validated's GET and POST again as minimal APIs under
/// <see cref="TwinsApp.MinimalPrefix"/> (whose Map calls are also what the SDK's validations generator finds the body
/// type through).
/// </summary>
public sealed class ValidatedApp : ServedRouteFiles
{
    protected override void AddServices(IServiceCollection services) => services.AddValidation();

    protected override void Map(WebApplication web)
    {
        web.MapRouteHandlers();
        var minimal = web.MapGroup(TwinsApp.MinimalPrefix);
        minimal.MapGet("/api/validated", Routes.Validated.Route.GET);
        minimal.MapPost("/api/validated", Routes.Validated.Route.POST);
        minimal.MapGet("/api/search/{category}", Routes.Search.Category.Route.GET);
        minimal.MapPatch("/api/validated", (Validation.ShipmentTwin shipment) =>
            $"{shipment.Reference} to {shipment.Destination.Street}");
    }
}
