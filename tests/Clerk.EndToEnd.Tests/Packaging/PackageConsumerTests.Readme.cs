using System.Buffers.Text;
using System.Net;
using System.Text;
using System.Text.Json;
using Clerk.EndToEnd.Tests.Infrastructure;

namespace Clerk.EndToEnd.Tests.Packaging;

/// <summary>The README's C# blocks, built alone into a project on the packages and served as the README says.</summary>
public sealed partial class PackageConsumerTests
{
    [Fact]
    public void Readme_shows_a_whole_program_and_a_route_file()
    {
        Assert.Contains("Program.cs", packages.ReadmeFiles.Keys);
        Assert.Contains("app/api/users/[id]/route.cs", packages.ReadmeFiles.Keys);
        Assert.Contains("builder.Services.AddClerk();", packages.ReadmeFiles["Program.cs"]);
    }

    [Fact]
    public void A_block_without_a_path_comment_is_refused_so_no_example_escapes_the_build()
    {
        var markdown = "text\n```csharp\nvar app = builder.Build();\n```\n";

        var error = Assert.Throws<FormatException>(() => ReadmeExamples.Files(markdown));
        Assert.Contains("var app = builder.Build();", error.Message);
    }

    [Fact]
    public async Task Readme_route_example_answers_as_documented()
    {
        var admin = await TokenAsync("alice@example.com&org=acme");
        var member = await TokenAsync("bob@example.com&org=acme");
        var path = "/api/users/" + Subject(admin);

        var signedOut = await packages.Readme.GetAnswerAsync(path);
        var read = await packages.Readme.GetAnswerAsync(path, bearer: member);
        var byMember = await Rename(path, member, "Mallory");
        var byAdmin = await Rename(path, admin, "John");
        var reread = await packages.Readme.GetAnswerAsync(path, bearer: member);

        Assert.True(signedOut.Status == HttpStatusCode.NotFound, $"{signedOut}\n{packages.Readme.Output}");
        Assert.True(read.Status == HttpStatusCode.OK, $"{read}\n{packages.Readme.Output}");
        Assert.Equal("Alice", FirstName(read));
        Assert.True(byMember.Status == HttpStatusCode.NotFound, $"{byMember}\n{packages.Readme.Output}");
        Assert.True(byAdmin.Status == HttpStatusCode.NoContent, $"{byAdmin}\n{packages.Readme.Output}");
        Assert.Equal("John", FirstName(reread));
    }

    /// <summary>The curl way the README documents: <c>/sign-in/token?user=...</c> of the embedded emulator.</summary>
    private async Task<string> TokenAsync(string query)
    {
        var answer = await packages.Readme.GetAnswerAsync("/sign-in/token?user=" + query);
        Assert.True(answer.Status == HttpStatusCode.OK, $"{answer}\n{packages.Readme.Output}");
        return answer.Body.Trim();
    }

    private Task<HttpAnswer> Rename(string path, string token, string firstName) =>
        packages.Readme.AnswerAsync(HttpMethod.Put, path, bearer: token,
            content: new StringContent(JsonSerializer.Serialize(new { firstName }), Encoding.UTF8, "application/json"));

    private static string Subject(string token)
    {
        using var payload = JsonDocument.Parse(Base64Url.DecodeFromChars(token.Split('.')[1]));
        return payload.RootElement.GetProperty("sub").GetString()!;
    }

    private static string? FirstName(HttpAnswer answer)
    {
        using var body = JsonDocument.Parse(answer.Body);
        return body.RootElement.GetProperty("firstName").GetString();
    }
}
