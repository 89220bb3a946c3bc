using RouteHandlers;
using Scalar.AspNetCore;

var builder = WebApplication.CreateBuilder(args);
// Development with no Clerk keys: an in-process Clerk emulator with the users of clerk-seed.json, and a /sign-in page
// that signs in as one of them. With CLERK_SECRET_KEY and CLERK_PUBLISHABLE_KEY set, the app talks to real Clerk.
builder.AddClerkEmulatorInDevelopment(emulator =>
    emulator.SeedPath = "clerk-seed.json"); // relative to the content root
// First in the chain, so route handlers' JSON uses the compile-time metadata (required under Native AOT).
builder.Services.ConfigureHttpJsonOptions(options =>
    options.SerializerOptions.TypeInfoResolverChain.Insert(0, AppJsonContext.Default));
// Clerk: CLERK_SECRET_KEY (JWKS and the Backend API) or CLERK_JWT_KEY (PEM, networkless), plus
// CLERK_AUTHORIZED_PARTIES in production. Outside Development a missing key stops the app at startup.
builder.Services.AddClerk();
// Many instances behind a load balancer: with ConnectionStrings:redis set (ConnectionStrings__redis=127.0.0.1:6379),
// Redis is the app's distributed cache, and Clerk shares its caches through it (template tokens; users too with
// Clerk:UserCacheDuration), evicts changed users on every instance, and pauses the whole fleet on a 429.
if (builder.Configuration.GetConnectionString("redis") is { Length: > 0 } redis)
{
    builder.Services.AddStackExchangeRedisCache(options => options.Configuration = redis);
}
// The app's own copy of its users, kept by app/api/webhooks/route.cs from Clerk's webhooks (CLERK_WEBHOOK_SIGNING_SECRET
// outside Development; the development emulator delivers to it with its own secret). In memory unless a file is named.
builder.Services.AddSingleton(new SyncedUserStore(builder.Configuration["SyncedUsers:Database"]));
// The route files in an OpenAPI document, [Protected] ones with Clerk's bearer token and __session cookie schemes.
builder.Services.AddOpenApi(options => options.AddClerkSecurity());

var app = builder.Build();
// wwwroot/index.html: a page that signs in and calls every route.
app.UseDefaultFiles();
app.UseStaticFiles();
app.MapRouteHandlers();
// /openapi/v1.json is the API's contract, served in every environment; the reference page at /scalar only in
// Development (its script is in the Scalar.AspNetCore package: nothing is fetched from a CDN).
app.MapOpenApi();
if (app.Environment.IsDevelopment())
{
    app.MapScalarApiReference();
}
app.Run();
