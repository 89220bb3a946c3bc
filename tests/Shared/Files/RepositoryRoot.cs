namespace Clerk.Tests.Files;

/// <summary>This repository's root: the nearest directory above the test binaries that holds Clerk.sln.</summary>
internal static class RepositoryRoot
{
    public static string Path { get; } = Find();

    /// <summary>The absolute path of <paramref name="relativePath"/>, written with <c>/</c> from the root.</summary>
    public static string Combine(string relativePath) =>
        System.IO.Path.Combine(Path, relativePath.Replace('/', System.IO.Path.DirectorySeparatorChar));

    private static string Find()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(System.IO.Path.Combine(directory.FullName, "Clerk.sln")))
            {
                return directory.FullName;
            }
        }
        throw new DirectoryNotFoundException($"No Clerk.sln above {AppContext.BaseDirectory}.");
    }
}
