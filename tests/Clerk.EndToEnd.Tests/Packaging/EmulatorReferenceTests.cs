using Clerk.EndToEnd.Tests.Infrastructure;

namespace Clerk.EndToEnd.Tests.Packaging;

/// <summary>
/// An app that references the emulator's project, as samples/RouteHandlers does, gets the library and not the
/// emulator's command line (the package case is <see cref="PackageConsumerTests"/>).
/// </summary>
public sealed class EmulatorReferenceTests
{
    [Fact]
    public void Sample_build_output_holds_the_emulator_library_and_no_second_program()
    {
        var output = Path.GetDirectoryName(RepoPaths.SampleAssembly)!;

        Assert.True(File.Exists(Path.Combine(output, "Clerk.Emulator.dll")), $"No Clerk.Emulator.dll in {output}.");
        Assert.True(File.Exists(Path.Combine(output, "RouteHandlers.runtimeconfig.json")), $"No RouteHandlers.runtimeconfig.json in {output}.");
        Assert.Empty(EmulatorProgram.FilesIn(output));
    }
}
