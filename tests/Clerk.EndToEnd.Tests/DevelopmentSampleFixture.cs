using System.Net;
using Clerk.EndToEnd.Tests.Infrastructure;

namespace Clerk.EndToEnd.Tests;

/// <summary>Who a sign-in made of the caller: the ids the page's form posted and the <c>__session</c> cookie it set.</summary>
internal sealed record DevelopmentSignIn(string UserId, string? OrganizationId, string SessionToken)
{
    /// <summary>The <c>Cookie</c> header a browser sends back.</summary>
    public string Cookie => "__session=" + SessionToken;
}

/// <summary>
/// samples/RouteHandlers exactly as <c>dotnet run</c> starts it: its own process, Development, and no Clerk settings at
/// all (none of the runner's <c>CLERK_*</c> variables leak in), so it runs on its embedded emulator seeded from
/// clerk-seed.json and serves the development <c>/sign-in</c> page. One process per test class that uses it.
/// </summary>
public sealed class DevelopmentSampleFixture : IAsyncLifetime
{
    private RunningApp? app;

    internal RunningApp App => app ?? throw new InvalidOperationException("The sample did not start.");

    /// <summary>The app's origin, as the browser and the redirects spell it.</summary>
    internal string Origin => $"http://127.0.0.1:{App.Port}";

    public async Task InitializeAsync() =>
        app = await SampleAppFixture.StartSampleAsync("Development", new Dictionary<string, string>());

    public async Task DisposeAsync()
    {
        if (app is not null)
        {
            await app.DisposeAsync();
        }
    }

    /// <summary>The forms of <c>GET /sign-in?redirect_url=...</c>, one per button.</summary>
    internal async Task<IReadOnlyList<SignInForm>> SignInFormsAsync(string redirectUrl = "/")
    {
        var page = await App.GetAnswerAsync("/sign-in?redirect_url=" + Uri.EscapeDataString(redirectUrl));
        Assert.True(page.Status == HttpStatusCode.OK, $"GET /sign-in: {page}\n{App.Output}");
        Assert.Equal("text/html", page.MediaType);
        return SignInForms.Parse(page.Body);
    }

    /// <summary>
    /// Signs in through the real page: finds the button <paramref name="label"/> under the user with
    /// <paramref name="email"/>, posts its form as a browser would, and returns the cookie the 303 sets.
    /// </summary>
    internal async Task<DevelopmentSignIn> SignInAsync(string email, string label, string redirectUrl = "/")
    {
        var forms = await SignInFormsAsync(redirectUrl);
        var form = forms.SingleOrDefault(form => form.User.EndsWith($"<{email}>", StringComparison.Ordinal) && form.Label == label)
            ?? throw new InvalidOperationException(
                $"No \"{label}\" button for {email} on the sign-in page; it has:\n"
                + string.Join('\n', forms.Select(f => $"{f.User}: {f.Label}")));

        var answer = await App.AnswerAsync(HttpMethod.Post, form.Action, content: new FormUrlEncodedContent(form.Fields));

        Assert.True(answer.Status == HttpStatusCode.SeeOther, $"POST {form.Action} for {email}: {answer}\n{App.Output}");
        var token = answer.Cookie("__session");
        Assert.False(string.IsNullOrEmpty(token), $"POST {form.Action} set no __session cookie: {string.Join(" | ", answer.SetCookies)}");
        return new DevelopmentSignIn(form.UserId, form.OrganizationId, token!);
    }
}
