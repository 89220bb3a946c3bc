using System.Net;
using System.Text.RegularExpressions;

namespace Clerk.EndToEnd.Tests.Infrastructure;

/// <summary>One sign-in button of the development sign-in page: the user it is listed under and the fields it posts.</summary>
/// <param name="User">The list item's text, e.g. <c>Ada Lovelace &lt;ada@example.com&gt;</c>.</param>
/// <param name="Label">The button's text, e.g. <c>Sign in</c> or <c>Sign in to Acme (org:admin)</c>.</param>
/// <param name="Action">Where the form posts.</param>
/// <param name="Fields">The form's hidden inputs, by name.</param>
internal sealed record SignInForm(string User, string Label, string Action, IReadOnlyDictionary<string, string> Fields)
{
    public string UserId => Fields["user_id"];

    public string? OrganizationId => Fields.GetValueOrDefault("organization_id");
}

/// <summary>
/// Reads the forms of the development sign-in page (<c>GET /sign-in</c>) the way a browser would submit them: each
/// list item is a user, each form in it a button with hidden inputs.
/// </summary>
internal static partial class SignInForms
{
    public static IReadOnlyList<SignInForm> Parse(string html)
    {
        var forms = new List<SignInForm>();
        foreach (Match item in ListItem().Matches(html))
        {
            var content = item.Groups["content"].Value;
            var firstForm = content.IndexOf("<form", StringComparison.Ordinal);
            var user = WebUtility.HtmlDecode(firstForm < 0 ? content : content[..firstForm]).Trim();
            foreach (Match form in Form().Matches(content))
            {
                var fields = Input().Matches(form.Groups["inputs"].Value).ToDictionary(
                    input => WebUtility.HtmlDecode(input.Groups["name"].Value),
                    input => WebUtility.HtmlDecode(input.Groups["value"].Value));
                forms.Add(new SignInForm(
                    user,
                    WebUtility.HtmlDecode(form.Groups["label"].Value).Trim(),
                    WebUtility.HtmlDecode(form.Groups["action"].Value),
                    fields));
            }
        }
        return forms;
    }

    [GeneratedRegex("<li>(?<content>.*?)</li>", RegexOptions.Singleline)]
    private static partial Regex ListItem();

    [GeneratedRegex("""<form method="post" action="(?<action>[^"]*)"[^>]*>(?<inputs>.*?)<button type="submit">(?<label>.*?)</button></form>""", RegexOptions.Singleline)]
    private static partial Regex Form();

    [GeneratedRegex("""<input type="hidden" name="(?<name>[^"]*)" value="(?<value>[^"]*)">""")]
    private static partial Regex Input();
}
