using System.Text.RegularExpressions;
using Clerk.EndToEnd.Tests.Infrastructure;

namespace Clerk.EndToEnd.Tests.Packaging;

/// <summary>
/// The C# blocks of README.md as the files of a project: every <c>```csharp</c> block is one or more whole files, each
/// opened by a comment line naming its path (<c>// Program.cs</c>, <c>// app/api/users/[id]/route.cs</c>), so the
/// README shows exactly what a user types and the tests build exactly what the README shows.
/// </summary>
internal static partial class ReadmeExamples
{
    public static string ReadmePath => Path.Combine(RepoPaths.Root, "README.md");

    /// <summary>Path → text of every file the README's C# blocks hold, in the order they appear.</summary>
    /// <exception cref="FormatException">A block does not open with a path comment, or names a path twice.</exception>
    public static IReadOnlyDictionary<string, string> Files(string markdown)
    {
        var files = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (Match block in CSharpBlock().Matches(markdown.ReplaceLineEndings("\n")))
        {
            var lines = block.Groups["code"].Value.Split('\n');
            string? path = null;
            var text = new List<string>();
            foreach (var line in lines)
            {
                if (PathComment().Match(line) is { Success: true } header)
                {
                    Add(files, path, text);
                    path = header.Groups["path"].Value;
                    text.Clear();
                    continue;
                }
                if (path is null && line.Length > 0)
                {
                    throw new FormatException($"A C# block of README.md does not open with a '// path.cs' line: {line}");
                }
                text.Add(line);
            }
            Add(files, path, text);
        }
        return files;
    }

    private static void Add(Dictionary<string, string> files, string? path, List<string> text)
    {
        if (path is null)
        {
            return;
        }
        if (!files.TryAdd(path, string.Join('\n', text).Trim('\n') + "\n"))
        {
            throw new FormatException($"README.md shows {path} twice.");
        }
    }

    [GeneratedRegex(@"^```csharp\n(?<code>.*?)^```$", RegexOptions.Multiline | RegexOptions.Singleline)]
    private static partial Regex CSharpBlock();

    [GeneratedRegex(@"^// (?<path>[\w./\[\]()-]+\.cs)$")]
    private static partial Regex PathComment();
}
