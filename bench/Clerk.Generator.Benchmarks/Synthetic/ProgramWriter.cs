using System.Text;

namespace Clerk.Generator.Benchmarks.Synthetic;

/// <summary>
/// Writes the same API as one minimal-API Program.cs: one <c>MapX</c> call with a lambda per handler of ours, grouped
/// in one method per route file (as a large app splits its endpoints; one method of thousands of statements would
/// not be a fair picture of either side).
/// </summary>
internal static class ProgramWriter
{
    public static string Write(IReadOnlyList<RouteFile> files)
    {
        var text = new StringBuilder()
            .AppendLine("using System.Security.Claims;")
            .AppendLine("using Bench;")
            .AppendLine("using Microsoft.AspNetCore.Mvc;")
            .AppendLine()
            .AppendLine("var app = WebApplication.CreateBuilder(args).Build();");
        foreach (var file in files)
        {
            text.AppendLine($"Endpoints.R{file.Index}(app);");
        }
        text.AppendLine("app.Run();")
            .AppendLine()
            .AppendLine("internal static class Endpoints")
            .AppendLine("{");
        foreach (var file in files)
        {
            text.AppendLine($"    public static void R{file.Index}(IEndpointRouteBuilder app)")
                .AppendLine("    {");
            foreach (var handler in file.Handlers)
            {
                text.AppendLine($"        {MapCall(file, handler)};");
            }
            text.AppendLine("    }")
                .AppendLine();
        }
        return text.AppendLine("}").ToString();
    }

    private static string MapCall(RouteFile file, Handler handler)
    {
        var method = "Map" + handler.Verb[0] + handler.Verb[1..].ToLowerInvariant();
        var async = handler.IsAsync ? "async " : "";
        var call = $"app.{method}(\"{file.Template}\", {async}({handler.LambdaParameters}) => {handler.Body})";
        return handler.Protection switch
        {
            Protection.SignedIn => call + ".RequireAuthorization()",
            Protection.AdminRole => call + ".RequireAuthorization(\"org:admin\")",
            _ => call,
        };
    }
}
