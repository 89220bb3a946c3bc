using Clerk.Emulator.Cli;

using var stop = new CancellationTokenSource();
Console.CancelKeyPress += (_, e) =>
{
    e.Cancel = true;
    stop.Cancel();
};
return await EmulatorCommandLine.RunAsync(args, Console.Out, stop.Token);
