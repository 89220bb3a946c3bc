namespace Clerk.Emulator.Seeding;

/// <summary>
/// A seed file that cannot be used: missing, unreadable, not seed JSON, or describing something impossible. Its message
/// is one line naming the file and the problem, so the command line can print it as the whole answer.
/// </summary>
internal sealed class SeedFileException(string path, string problem, Exception? inner = null)
    : InvalidOperationException($"The Clerk emulator's seed file {path} {problem}", inner);
