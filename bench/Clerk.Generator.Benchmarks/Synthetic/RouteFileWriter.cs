using System.Text;

namespace Clerk.Generator.Benchmarks.Synthetic;

/// <summary>Writes a <see cref="RouteFile"/> as the <c>route.cs</c> a user of ours would write.</summary>
internal static class RouteFileWriter
{
    public static string Write(RouteFile file)
    {
        var text = new StringBuilder()
            .AppendLine("using Bench;")
            .AppendLine("using Microsoft.AspNetCore.Mvc;")
            .AppendLine()
            .AppendLine($"namespace {file.Namespace};")
            .AppendLine()
            .AppendLine("public static class Route")
            .AppendLine("{");
        foreach (var handler in file.Handlers)
        {
            var attribute = handler.Protection switch
            {
                Protection.SignedIn => "[Protected]",
                Protection.AdminRole => "[Protected(Role = \"org:admin\")]",
                _ => null,
            };
            if (attribute is not null)
            {
                text.AppendLine($"    {attribute}");
            }
            var modifiers = handler.IsAsync ? "public static async" : "public static";
            var body = handler.IsBlock ? handler.Body : $"=> {handler.Body};";
            text.AppendLine($"    {modifiers} {handler.ReturnType} {handler.Verb}({handler.RouteFileParameters}) {body}");
            text.AppendLine();
        }
        return text.AppendLine("}").ToString();
    }

    /// <summary>The app's Program.cs: route files need nothing but the generated <c>MapRouteHandlers()</c>.</summary>
    public const string Program = """
        var app = WebApplication.CreateBuilder(args).Build();
        app.MapRouteHandlers();
        app.Run();
        """;
}
