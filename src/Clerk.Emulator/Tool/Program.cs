using System.Runtime.InteropServices;
using Clerk.Emulator.Cli;

using var stop = new CancellationTokenSource();

// Ctrl+C in a terminal (SIGINT) and a service manager's or container runtime's stop (SIGTERM) both shut the emulator
// down cleanly; cancelling the signal's default keeps the process alive until RunAsync has stopped the server.
using var interrupt = PosixSignalRegistration.Create(PosixSignal.SIGINT, Stop);
using var terminate = PosixSignalRegistration.Create(PosixSignal.SIGTERM, Stop);
return await EmulatorCommandLine.RunAsync(args, Console.Out, stop.Token);

void Stop(PosixSignalContext context)
{
    context.Cancel = true;
    stop.Cancel();
}
