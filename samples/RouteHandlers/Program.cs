using RouteHandlers;

var builder = WebApplication.CreateBuilder(args);
// First in the chain, so route handlers' JSON uses the compile-time metadata (required under Native AOT).
builder.Services.ConfigureHttpJsonOptions(options =>
    options.SerializerOptions.TypeInfoResolverChain.Insert(0, AppJsonContext.Default));
var app = builder.Build();
app.MapRouteHandlers();
app.Run();
