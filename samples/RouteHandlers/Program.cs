using RouteHandlers;

var builder = WebApplication.CreateBuilder(args);
// First in the chain, so route handlers' JSON uses the compile-time metadata (required under Native AOT).
builder.Services.ConfigureHttpJsonOptions(options =>
    options.SerializerOptions.TypeInfoResolverChain.Insert(0, AppJsonContext.Default));
// Clerk: CLERK_JWT_KEY (PEM, networkless) or CLERK_SECRET_KEY (JWKS), plus CLERK_AUTHORIZED_PARTIES in production.
// In Development with no key every caller is signed out; anywhere else a missing key stops the app at startup.
builder.Services.AddClerk();
var app = builder.Build();
app.MapRouteHandlers();
app.Run();
