namespace Clerk.Emulator.Tests.Infrastructure;

/// <summary>A directory for a test's files, removed afterwards.</summary>
public sealed class TempDirectory : IDisposable
{
    public string Path { get; } = Directory.CreateTempSubdirectory("clerk-emulator-tests-").FullName;

    public string File(string name) => System.IO.Path.Combine(Path, name);

    public void Dispose()
    {
        // SQLite may still be letting go of the file on some platforms; a leftover temp directory is harmless.
        try
        {
            Directory.Delete(Path, recursive: true);
        }
        catch (IOException)
        {
        }
    }
}
