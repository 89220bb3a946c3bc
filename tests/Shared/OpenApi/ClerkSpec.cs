using Microsoft.OpenApi;

namespace Clerk.Tests.OpenApi;

/// <summary>
/// Clerk's published Backend API spec (<c>bapi-2026-05-12.yml</c>, copied beside the test binaries), read once per
/// test run: the operations by verb and path, and the named component schemas.
/// </summary>
public static class ClerkSpec
{
    /// <summary>The file name under <c>OpenApi/</c> in the test output, and under <c>tests/Shared/OpenApi</c>.</summary>
    public const string FileName = "bapi-2026-05-12.yml";

    // Reading the 738 KB YAML takes about a second; every test shares one document.
    private static readonly Lazy<OpenApiDocument> LazyDocument = new(Load);
    private static readonly Lazy<IReadOnlyList<SpecOperation>> LazyOperations = new(ListOperations);

    /// <summary>The parsed spec.</summary>
    public static OpenApiDocument Document => LazyDocument.Value;

    /// <summary>Every operation in the spec, in the spec's order.</summary>
    public static IReadOnlyList<SpecOperation> Operations => LazyOperations.Value;

    /// <summary>
    /// The operation for <paramref name="method"/> and <paramref name="path"/>, or null. The path may be a template
    /// (<c>/users/{id}</c> matches the spec's <c>/users/{user_id}</c>: parameter names are not compared) or a
    /// concrete request path (<c>/v1/users/user_123?limit=1</c>); a leading <c>/v1</c> and the query are ignored.
    /// Where both a literal and a parameter segment fit (<c>/users/count</c>), the literal wins.
    /// </summary>
    public static SpecOperation? FindOperation(string method, string path)
    {
        var segments = SpecPath.Segments(path);
        SpecOperation? best = null;
        var bestLiterals = -1;
        foreach (var operation in Operations)
        {
            if (!string.Equals(operation.Method, method, StringComparison.OrdinalIgnoreCase))
            {
                continue;
            }

            var literals = SpecPath.Match(operation.PathTemplate, segments);
            if (literals > bestLiterals)
            {
                best = operation;
                bestLiterals = literals;
            }
        }

        return best;
    }

    /// <summary><see cref="FindOperation"/>, failing with the spec's paths of that verb when there is none.</summary>
    public static SpecOperation GetOperation(string method, string path) =>
        FindOperation(method, path) ?? throw new KeyNotFoundException(
            $"Clerk's spec has no {method.ToUpperInvariant()} {path}. Its {method.ToUpperInvariant()} paths: " +
            string.Join(", ", Operations
                .Where(operation => string.Equals(operation.Method, method, StringComparison.OrdinalIgnoreCase))
                .Select(operation => operation.PathTemplate)));

    /// <summary>A schema under <c>components/schemas</c> by name (e.g. <c>ClerkErrors</c>, <c>User</c>).</summary>
    public static IOpenApiSchema Schema(string name) =>
        Document.Components?.Schemas is { } schemas && schemas.TryGetValue(name, out var schema)
            ? schema
            : throw new KeyNotFoundException($"Clerk's spec has no components/schemas/{name}.");

    private static OpenApiDocument Load()
    {
        var path = Path.Combine(AppContext.BaseDirectory, "OpenApi", FileName);
        try
        {
            return SpecReader.Read(File.ReadAllText(path));
        }
        catch (InvalidDataException e)
        {
            throw new InvalidDataException($"{path}: {e.Message}", e);
        }
    }

    private static IReadOnlyList<SpecOperation> ListOperations()
    {
        var operations = new List<SpecOperation>();
        foreach (var (template, item) in Document.Paths)
        {
            foreach (var (method, operation) in item.Operations ?? [])
            {
                operations.Add(new SpecOperation(method.Method, template, item, operation));
            }
        }

        return operations;
    }
}
