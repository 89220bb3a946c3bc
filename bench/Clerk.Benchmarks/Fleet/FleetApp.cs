using Clerk.Endpoints;
using Clerk.Tests.Hosting;
using Clerk.Tests.Processes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace Clerk.Benchmarks.Fleet;

/// <summary>
/// One instance of the app behind the load balancer: its own Kestrel on loopback, its own <c>AddClerk()</c> (so its
/// own memory level, HTTP clients and JWKS) against <see cref="FleetClerk"/>, in Production with the secret key as
/// samples/RouteHandlers runs (session tokens checked against the JWKS), users cached for a minute, and, when a Redis
/// is given, <c>AddStackExchangeRedisCache</c> on it, as the sample does when <c>ConnectionStrings:redis</c> is set.
/// </summary>
internal static class FleetApp
{
    /// <summary>What the sample's <c>/api/current-user</c> and <c>/api/supabase</c> do, in one request.</summary>
    public const string Route = "/api/fleet";

    public static readonly TimeSpan UserCacheDuration = TimeSpan.FromMinutes(1);

    public static async Task<LoopbackApp> StartAsync(FleetClerk clerk, RedisServer? redis)
    {
        var builder = LoopbackApp.CreateBuilder();
        if (redis is not null)
        {
            builder.Services.AddStackExchangeRedisCache(options => options.Configuration = redis.Configuration);
        }
        builder.Services.AddClerk(options =>
        {
            options.SecretKey = clerk.SecretKey;
            options.PublishableKey = clerk.PublishableKey;
            options.ApiUrl = clerk.ApiUrl;
            // Set here, not left to the machine: a CLERK_JWT_KEY in the environment would skip the JWKS.
            options.JwtKey = null;
            options.AuthorizedParties = [FleetClerk.AuthorizedParty];
            options.UserCacheDuration = UserCacheDuration;
            options.MachineTokenCacheDuration = TimeSpan.Zero;
        });
        var app = builder.Build();
        app.MapGet(Route, async (HttpContext context) =>
        {
            var auth = await ClerkRequest.GetAuthAsync(context);
            var user = await auth.CurrentUserAsync();
            var token = await auth.GetTokenAsync(FleetClerk.Template);
            return user is null || token is null ? Results.Unauthorized() : Results.Text(user.Id);
        });
        return await LoopbackApp.StartAsync(app);
    }
}
