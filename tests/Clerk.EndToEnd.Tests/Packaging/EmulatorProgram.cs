namespace Clerk.EndToEnd.Tests.Packaging;

/// <summary>
/// The files that make the emulator a program of its own: what the SDK copies beside an app from a referenced
/// executable (its apphost, runtimeconfig.json and deps.json). An app that calls AddClerkEmulatorInDevelopment needs
/// only the library, Clerk.Emulator.dll; any of these beside it ships a second program and confuses scripts that
/// look for the app's own runtimeconfig.json.
/// </summary>
internal static class EmulatorProgram
{
    private static readonly string[] Names =
        ["Clerk.Emulator", "Clerk.Emulator.exe", "Clerk.Emulator.runtimeconfig.json", "Clerk.Emulator.deps.json"];

    /// <summary>Those of the files that are in <paramref name="directory"/>.</summary>
    public static List<string> FilesIn(string directory) =>
        Names.Where(name => File.Exists(Path.Combine(directory, name))).ToList();
}
