using System.Net;
using System.Text;
using Clerk.Emulator.Models;
using Clerk.Emulator.Storage;

namespace Clerk.Emulator.Development;

/// <summary>
/// The app's development sign-in page: GET lists the emulator's users (alone, or in each of their organizations);
/// POST signs the chosen one in, sets the <c>__session</c> cookie as Clerk does (readable by scripts, SameSite=Lax,
/// Path=/), and redirects to <c>redirect_url</c> when it stays on the app.
/// </summary>
internal sealed class SignInPage(ClerkEmulator emulator, ClerkEmulatorDevelopmentOptions options)
{
    private const string SessionCookie = "__session";

    // Inline and small: the page must work offline and load nothing from anywhere else.
    private const string Style = """
        body { font: 15px/1.45 system-ui, sans-serif; margin: 2rem auto; max-width: 44rem; padding: 0 1rem; color: #222; }
        ul { list-style: none; padding: 0; }
        li { border-bottom: 1px solid #ddd; padding: .5rem 0; }
        form { display: inline; margin-left: .5rem; }
        .note { color: #555; }
        """;

    public async Task HandleAsync(HttpContext context)
    {
        if (HttpMethods.IsPost(context.Request.Method) && context.Request.HasFormContentType)
        {
            await SignInAsync(context);
        }
        else if (HttpMethods.IsGet(context.Request.Method) || HttpMethods.IsHead(context.Request.Method))
        {
            await ListAsync(context);
        }
        else
        {
            context.Response.StatusCode = StatusCodes.Status405MethodNotAllowed;
        }
    }

    /// <summary>
    /// <c>GET {sign-in}/token?user=ada@example.com&amp;org=acme</c>: a session token as plain text, for curl. The user
    /// by email address, username, external id or id; the optional organization by slug or id.
    /// </summary>
    public async Task TokenAsync(HttpContext context)
    {
        if (!HttpMethods.IsGet(context.Request.Method))
        {
            context.Response.StatusCode = StatusCodes.Status405MethodNotAllowed;
            return;
        }

        var wanted = context.Request.Query["user"].ToString();
        var organization = context.Request.Query["org"].ToString();
        var (userId, organizationId) = await emulator.Instance.Database.RunAsync(store =>
        {
            var user = store.Get(Tables.Users, wanted) ?? Seeding.Seeder.FindUser(store, wanted);
            var org = organization.Length == 0 ? null
                : store.Get(Tables.Organizations, organization) ?? store.ByOwner(Tables.Organizations, organization).FirstOrDefault();
            return (user?.Id, org?.Id);
        }, context.RequestAborted);
        if (userId is null || (organization.Length > 0 && organizationId is null))
        {
            context.Response.StatusCode = StatusCodes.Status400BadRequest;
            await context.Response.WriteAsync(userId is null
                ? $"No user '{wanted}': pass ?user= an email address, username or user id of the emulator (listed at {options.SignInPath})."
                : $"No organization '{organization}': pass ?org= a slug or organization id.", context.RequestAborted);
            return;
        }

        try
        {
            var sessionId = await emulator.CreateSessionAsync(userId, organizationId, context.RequestAborted);
            var token = await emulator.CreateSessionTokenAsync(sessionId, options.SignInTokenLifetime, context.RequestAborted);
            context.Response.ContentType = "text/plain; charset=utf-8";
            await context.Response.WriteAsync(token, context.RequestAborted);
        }
        catch (Api.ApiError error)
        {
            context.Response.StatusCode = StatusCodes.Status400BadRequest;
            await context.Response.WriteAsync(error.LongMessage, context.RequestAborted);
        }
    }

    public static Task SignOutAsync(HttpContext context)
    {
        context.Response.Cookies.Delete(SessionCookie, new CookieOptions { Path = "/" });
        context.Response.Redirect(LocalRedirect.Resolve(context.Request, context.Request.Query["redirect_url"]));
        return Task.CompletedTask;
    }

    private async Task SignInAsync(HttpContext context)
    {
        var form = await context.Request.ReadFormAsync(context.RequestAborted);
        var userId = form["user_id"].ToString();
        var organizationId = form["organization_id"].ToString() is { Length: > 0 } org ? org : null;
        string sessionId;
        try
        {
            sessionId = await emulator.CreateSessionAsync(userId, organizationId, context.RequestAborted);
        }
        catch (Api.ApiError error)
        {
            context.Response.StatusCode = StatusCodes.Status400BadRequest;
            await context.Response.WriteAsync(error.LongMessage, context.RequestAborted);
            return;
        }

        var token = await emulator.CreateSessionTokenAsync(sessionId, options.SignInTokenLifetime, context.RequestAborted);
        context.Response.Cookies.Append(SessionCookie, token, new CookieOptions
        {
            // Clerk's __session cookie is readable by scripts (clerk-js refreshes it), and Lax so links into the app keep it.
            HttpOnly = false,
            SameSite = SameSiteMode.Lax,
            Path = "/",
            Secure = context.Request.IsHttps,
            MaxAge = options.SignInTokenLifetime,
        });
        context.Response.StatusCode = StatusCodes.Status303SeeOther;
        context.Response.Headers.Location = LocalRedirect.Resolve(context.Request, form["redirect_url"]);
    }

    private async Task ListAsync(HttpContext context)
    {
        var (users, memberships, organizations) = await emulator.Instance.Database.RunAsync(store =>
            (store.All(Tables.Users), store.All(Tables.Memberships), store.All(Tables.Organizations)), context.RequestAborted);
        var redirectUrl = context.Request.Query["redirect_url"].ToString();
        // The way back is the page that sent the browser here, under the same rule as the redirect after signing in.
        var back = LocalRedirect.Resolve(context.Request, redirectUrl);
        var html = new StringBuilder();
        html.Append("<!doctype html><html lang=\"en\"><head><meta charset=\"utf-8\">");
        html.Append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">");
        html.Append("<title>Sign in (Clerk emulator)</title><style>").Append(Style).Append("</style></head><body>");
        html.Append($"<p><a id=\"back\" href=\"{Encode(back)}\">← Back to {Encode(back)}</a></p>");
        html.Append("<h1>Sign in</h1><p class=\"note\">Development only: choose a user of the local Clerk emulator.</p><ul>");
        foreach (var user in users.OrderBy(u => u.CreatedAt))
        {
            html.Append("<li>").Append(Encode(Describe(user)));
            html.Append(Button(user.Id, null, "Sign in", redirectUrl));
            foreach (var membership in memberships.Where(m => m.UserId == user.Id))
            {
                var organization = organizations.FirstOrDefault(o => o.Id == membership.OrganizationId);
                if (organization is not null)
                {
                    html.Append(Button(user.Id, organization.Id, $"Sign in to {organization.Name} ({membership.Role})", redirectUrl));
                }
            }

            html.Append("</li>");
        }

        html.Append("</ul></body></html>");
        context.Response.ContentType = "text/html; charset=utf-8";
        await context.Response.WriteAsync(html.ToString(), context.RequestAborted);
    }

    private string Button(string userId, string? organizationId, string label, string redirectUrl) =>
        $"<form method=\"post\" action=\"{Encode(options.SignInPath)}\">" +
        $"<input type=\"hidden\" name=\"user_id\" value=\"{Encode(userId)}\">" +
        (organizationId is null ? "" : $"<input type=\"hidden\" name=\"organization_id\" value=\"{Encode(organizationId)}\">") +
        $"<input type=\"hidden\" name=\"redirect_url\" value=\"{Encode(redirectUrl)}\">" +
        $" <button type=\"submit\">{Encode(label)}</button></form>";

    private static string Describe(User user)
    {
        var name = string.Join(' ', new[] { user.FirstName, user.LastName }.Where(n => !string.IsNullOrEmpty(n)));
        var identifier = user.PrimaryEmail() ?? user.Username ?? user.Id;
        return name.Length > 0 ? $"{name} <{identifier}>" : identifier;
    }

    private static string Encode(string text) => WebUtility.HtmlEncode(text);
}
