namespace Clerk.Generator.Benchmarks.Synthetic;

/// <summary>Who may call a handler: <c>[Protected]</c> on our side, <c>RequireAuthorization</c> on minimal APIs'.</summary>
internal enum Protection
{
    None,
    SignedIn,
    AdminRole,
}

/// <summary>
/// One endpoint, written once and rendered twice: as a static method of a route file (ours) and as the lambda of a
/// <c>MapX</c> call (the RequestDelegateGenerator's). Only the parameter lists differ, where the two frameworks name
/// the same thing differently (<c>Auth</c> against <c>ClaimsPrincipal</c>, a catch-all's <c>string[]</c> against
/// <c>string</c>); the return type and the body are the same text.
/// </summary>
/// <param name="Body">An expression (<c>IsBlock</c> false) or a block with braces.</param>
internal sealed record Handler(
    string Verb,
    string ReturnType,
    bool IsAsync,
    string RouteFileParameters,
    string LambdaParameters,
    string Body,
    bool IsBlock,
    Protection Protection);

/// <summary>A route file: its folder under the project (<c>app/api/r3/[id]</c>), its URL template and handlers.</summary>
internal sealed record RouteFile(int Index, string Folder, string Template, IReadOnlyList<Handler> Handlers)
{
    public string Namespace => $"Bench.Api.R{Index}";

    public string RelativePath => Folder + "/route.cs";
}
