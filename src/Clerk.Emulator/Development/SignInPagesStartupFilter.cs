namespace Clerk.Emulator.Development;

/// <summary>Puts the sign-in and sign-out pages in front of the app's own pipeline, so no second call is needed.</summary>
internal sealed class SignInPagesStartupFilter(ClerkEmulator emulator, ClerkEmulatorDevelopmentOptions options) : IStartupFilter
{
    public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
    {
        var page = new SignInPage(emulator, options);
        var signIn = options.SignInPath.TrimEnd('/');
        // Before the page itself: Map matches by prefix, so /sign-in would take /sign-in/token too.
        app.Map(signIn + "/token", branch => branch.Run(page.TokenAsync));
        app.Map(signIn + "/reset-users", branch => branch.Run(new SeededNamesReset(emulator).HandleAsync));
        app.Map(options.SignInPath, branch => branch.Run(page.HandleAsync));
        app.Map(options.SignOutPath, branch => branch.Run(SignInPage.SignOutAsync));
        next(app);
    };
}
