using System.Text;
using System.Text.RegularExpressions;

namespace Clerk.Hosting;

/// <summary>
/// Clerk's <c>createRouteMatcher()</c> patterns: a path where <c>(.*)</c> matches anything (also nothing) and
/// <c>:name</c> one segment, compared without case, as path-to-regexp compares them for Clerk.
/// <c>/api/admin(.*)</c> covers <c>/api/admin</c> and everything below it.
/// </summary>
internal sealed class RouteMatcher
{
    private readonly Regex regex;

    public RouteMatcher(string pattern)
    {
        if (string.IsNullOrWhiteSpace(pattern) || pattern[0] != '/')
        {
            throw new ArgumentException($"A route pattern starts with '/', such as \"/api/admin(.*)\"; \"{pattern}\" does not.", nameof(pattern));
        }
        Pattern = pattern;
        regex = new Regex(ToRegex(pattern), RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, TimeSpan.FromMilliseconds(100));
    }

    public string Pattern { get; }

    public bool IsMatch(string path) => regex.IsMatch(path);

    private static string ToRegex(string pattern)
    {
        var regex = new StringBuilder("^");
        for (var i = 0; i < pattern.Length; i++)
        {
            if (string.CompareOrdinal(pattern, i, "(.*)", 0, 4) == 0)
            {
                regex.Append(".*");
                i += 3;
            }
            else if (pattern[i] == ':' && i + 1 < pattern.Length && (char.IsLetter(pattern[i + 1]) || pattern[i + 1] == '_'))
            {
                while (i + 1 < pattern.Length && (char.IsLetterOrDigit(pattern[i + 1]) || pattern[i + 1] == '_'))
                {
                    i++;
                }
                regex.Append("[^/]+");
            }
            else
            {
                regex.Append(Regex.Escape(pattern[i].ToString()));
            }
        }
        // A trailing slash is the same path, as in Next.js.
        return regex.Append("/?$").ToString();
    }
}
