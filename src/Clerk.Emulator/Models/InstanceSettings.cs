namespace Clerk.Emulator.Models;

/// <summary>What identifies the emulated instance; stored so a file database keeps its keys across restarts.</summary>
internal sealed record InstanceSettings
{
    public required string SecretKey { get; init; }
    public required string FrontendApiHost { get; init; }
    public required string MachineId { get; init; }
}
