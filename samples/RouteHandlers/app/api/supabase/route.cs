namespace RouteHandlers.App.Api.Supabase;

public sealed record SupabaseRows(string SupabaseData);

// The sample has no Supabase to send the token to, so it answers with the token too, for the page to show its claims.
// It is the caller's own token, short-lived, as clerk-js's getToken() would hand it to their browser anyway.
public sealed record SupabaseResponse(SupabaseRows Data, string? Token);

// GET /api/supabase: the seed's `getToken({ template: 'supabase' })`. The token comes from the Backend API (the
// emulator in Development) and is cached per session until shortly before it expires, so calling this route on every
// request costs one template call a minute, not one per request.
public static class Route
{
    public static async Task<IResult> GET(Auth auth)
    {
        if (!auth.IsAuthenticated)
        {
            return Results.Text("Unauthorized", statusCode: 401);
        }

        var token = await auth.GetTokenAsync(template: "supabase");

        // Fetch data from Supabase (sending `Authorization: Bearer {token}`) and return it.
        var data = new SupabaseRows("Hello World");

        return Results.Json(new SupabaseResponse(data, token), AppJsonContext.Default.SupabaseResponse);
    }
}
