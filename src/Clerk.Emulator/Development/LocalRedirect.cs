namespace Clerk.Emulator.Development;

/// <summary>Where the sign-in page may send the browser: a path on the app, or the app's own origin. Never elsewhere.</summary>
internal static class LocalRedirect
{
    public static string Resolve(HttpRequest request, string? redirectUrl)
    {
        // Browsers drop tabs and newlines from a URL before reading it ("/\t/host" is "//host"), so no control
        // character passes; a header could not carry one anyway.
        if (string.IsNullOrEmpty(redirectUrl) || redirectUrl.Any(char.IsControl))
        {
            return "/";
        }

        // "/x" is local; "//host" and "/\host" are protocol-relative URLs that browsers send to another host.
        if (redirectUrl[0] == '/' && (redirectUrl.Length == 1 || (redirectUrl[1] != '/' && redirectUrl[1] != '\\')))
        {
            return redirectUrl;
        }

        return Uri.TryCreate(redirectUrl, UriKind.Absolute, out var target)
            && target.Scheme is "http" or "https"
            && string.Equals(target.Scheme, request.Scheme, StringComparison.OrdinalIgnoreCase)
            && string.Equals(target.Authority, request.Host.Value, StringComparison.OrdinalIgnoreCase)
            ? target.ToString()
            : "/";
    }
}
