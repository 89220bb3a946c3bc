using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Xunit;

namespace Clerk.Generators.Tests.Infrastructure;

/// <summary>Applies a code fix as an IDE would: in a workspace holding the project, through its code action.</summary>
internal static class CodeFixRun
{
    /// <summary>
    /// The file at <paramref name="routePath"/> after <paramref name="fixer"/>'s one action titled
    /// <paramref name="title"/> for the diagnostic <paramref name="diagnose"/> finds in the workspace's compilation,
    /// or null when no fix is offered.
    /// </summary>
    public static async Task<string?> FixAsync(
        Compilation compilation, string routePath, Func<Compilation, Diagnostic> diagnose, CodeFixProvider fixer, string title)
    {
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
            if (tree.FilePath.EndsWith(routePath, StringComparison.Ordinal))
            {
                routeId = id;
            }
        }
        var document = solution.GetDocument(routeId)!;
        var diagnostic = diagnose((await document.Project.GetCompilationAsync())!);

        var actions = new List<CodeAction>();
        await fixer.RegisterCodeFixesAsync(
            new CodeFixContext(document, diagnostic, (action, _) => actions.Add(action), CancellationToken.None));
        if (actions.Count == 0)
        {
            return null;
        }
        var action = Assert.Single(actions);
        Assert.Equal(title, action.Title);
        var apply = Assert.Single((await action.GetOperationsAsync(CancellationToken.None)).OfType<ApplyChangesOperation>());
        return (await apply.ChangedSolution.GetDocument(routeId)!.GetTextAsync()).ToString();
    }
}
