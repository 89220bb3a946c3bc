using System.Collections.Immutable;
using Clerk.Generators.Analyzers;
using Clerk.Generators.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Xunit;

namespace Clerk.Generators.Tests.Privacy;

/// <summary>
/// A web project whose Clerk types are stand-ins declared in source: the rule matches the User by name, so its
/// tests do not depend on Clerk.Runtime's Backend API models (which are left out to avoid two Users).
/// </summary>
internal static class PrivacyProject
{
    public const string RoutePath = "app/api/me/route.cs";

    private const string StandIns = """
        global using Clerk;
        global using Clerk.BackendApi;

        namespace Clerk.BackendApi
        {
            public sealed class User
            {
                public string Id { get; set; } = "";
                public string? FirstName { get; set; }
                public string? LastName { get; set; }
                public string? Username { get; set; }
                public string? ImageUrl { get; set; }
                public string? PrimaryEmailAddressId { get; set; }
                public List<UserEmail> EmailAddresses { get; set; } = [];
                public Dictionary<string, object?> PublicMetadata { get; set; } = [];
                public Dictionary<string, object?> PrivateMetadata { get; set; } = [];
                public Dictionary<string, object?> UnsafeMetadata { get; set; } = [];
            }

            public sealed class UserEmail
            {
                public string Id { get; set; } = "";
                public string EmailAddress { get; set; } = "";
            }
        }

        namespace Clerk
        {
            public sealed class Auth
            {
                public string? UserId { get; set; }
                public Task<User?> CurrentUserAsync(CancellationToken cancellationToken = default) => Task.FromResult<User?>(null);
                public Task<List<User>> OrganizationMembersAsync() => Task.FromResult(new List<User>());
            }
        }
        """;

    /// <summary>The project with one more source file, checked to compile cleanly so a test cannot pass on broken code.</summary>
    public static Compilation Compile(string source, string path = RoutePath)
    {
        var compilation = new TestProject().WithoutRuntime().With("ClerkStandIns.cs", StandIns).With(path, source).Compile();
        Assert.Empty(compilation.GetDiagnostics().Where(diagnostic => diagnostic.Severity >= DiagnosticSeverity.Warning));
        return compilation;
    }

    /// <summary>The analyzer's diagnostics in source order: it analyzes methods concurrently, so they arrive in any order.</summary>
    public static ImmutableArray<Diagnostic> Analyze(Compilation compilation) => compilation
        .WithAnalyzers([new UserLeakAnalyzer()])
        .GetAnalyzerDiagnosticsAsync().GetAwaiter().GetResult()
        .OrderBy(diagnostic => diagnostic.Location.SourceTree?.FilePath, StringComparer.Ordinal)
        .ThenBy(diagnostic => diagnostic.Location.SourceSpan.Start)
        .ToImmutableArray();

    public static ImmutableArray<Diagnostic> Analyze(string source, string path = RoutePath) => Analyze(Compile(source, path));

    /// <summary>The source text a diagnostic points at.</summary>
    public static string Flagged(Diagnostic diagnostic) =>
        diagnostic.Location.SourceTree!.GetText().ToString(diagnostic.Location.SourceSpan);
}
