using Clerk.CodeFixes;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Xunit;

namespace Clerk.Generators.Tests.Privacy;

/// <summary>Applies CLERK016's code fix as an IDE would: in a workspace holding the project, through its code action.</summary>
internal static class CodeFixRun
{
    /// <summary>The route file after the fix of its only CLERK016, or null when no fix is offered.</summary>
    public static async Task<string?> FixAsync(string source)
    {
        var compilation = PrivacyProject.Compile(source);
        using var workspace = new AdhocWorkspace();
        var projectId = ProjectId.CreateNewId();
        var solution = workspace.CurrentSolution.AddProject(ProjectInfo.Create(
            projectId, VersionStamp.Default, "TestApp", "TestApp", LanguageNames.CSharp,
            compilationOptions: compilation.Options,
            parseOptions: compilation.SyntaxTrees.First().Options,
            metadataReferences: compilation.References));
        DocumentId? routeId = null;
        foreach (var tree in compilation.SyntaxTrees)
        {
            var id = DocumentId.CreateNewId(projectId);
            solution = solution.AddDocument(DocumentInfo.Create(id, Path.GetFileName(tree.FilePath),
                loader: TextLoader.From(TextAndVersion.Create(tree.GetText(), VersionStamp.Default)), filePath: tree.FilePath));
            if (tree.FilePath.EndsWith(PrivacyProject.RoutePath, StringComparison.Ordinal))
            {
                routeId = id;
            }
        }
        var document = solution.GetDocument(routeId)!;
        var diagnostic = Assert.Single(PrivacyProject.Analyze((await document.Project.GetCompilationAsync())!));

        var actions = new List<CodeAction>();
        await new ProjectUserFieldsCodeFix().RegisterCodeFixesAsync(
            new CodeFixContext(document, diagnostic, (action, _) => actions.Add(action), CancellationToken.None));
        if (actions.Count == 0)
        {
            return null;
        }
        var action = Assert.Single(actions);
        Assert.Equal(ProjectUserFieldsCodeFix.Title, action.Title);
        var apply = Assert.Single((await action.GetOperationsAsync(CancellationToken.None)).OfType<ApplyChangesOperation>());
        return (await apply.ChangedSolution.GetDocument(routeId)!.GetTextAsync()).ToString();
    }
}
