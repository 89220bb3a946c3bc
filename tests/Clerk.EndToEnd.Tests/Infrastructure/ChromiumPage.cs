using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Clerk.EndToEnd.Tests.Infrastructure;

/// <summary>
/// A page of Debian's chromium (never a browser Playwright downloads), headless, on an app's origin, with generous
/// timeouts for a busy machine (the first call also fetches the JWKS; they only bound a hang). Disposing closes it.
/// </summary>
internal sealed class ChromiumPage : IAsyncDisposable
{
    private const string Executable = "/usr/bin/chromium";
    private const float Timeout = 30_000;

    private readonly IPlaywright playwright;
    private readonly IBrowser browser;
    private readonly IBrowserContext context;

    private ChromiumPage(IPlaywright playwright, IBrowser browser, IBrowserContext context, IPage page)
    {
        this.playwright = playwright;
        this.browser = browser;
        this.context = context;
        Page = page;
    }

    public IPage Page { get; }

    public static async Task<ChromiumPage> OpenAsync(string origin)
    {
        Assert.True(File.Exists(Executable),
            $"{Executable} is missing: the browser tests drive Debian's chromium. Install it with `apt-get install -y chromium` (.ci/run does).");
        var playwright = await Playwright.CreateAsync();
        var browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = Executable,
            Headless = true,
            // Root in a container: chromium's sandbox needs user namespaces it may not have.
            Args = ["--no-sandbox"],
        });
        var context = await browser.NewContextAsync(new BrowserNewContextOptions { BaseURL = origin });
        context.SetDefaultTimeout(Timeout);
        SetDefaultExpectTimeout(Timeout);
        return new ChromiumPage(playwright, browser, context, await context.NewPageAsync());
    }

    public async ValueTask DisposeAsync()
    {
        await context.DisposeAsync();
        await browser.DisposeAsync();
        playwright.Dispose();
    }
}
