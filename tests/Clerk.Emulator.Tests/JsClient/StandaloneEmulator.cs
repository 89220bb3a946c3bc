namespace Clerk.Emulator.Tests.JsClient;

/// <summary>
/// The emulator as its own process, the way a developer runs it: <c>dotnet Clerk.Emulator.Tool.dll --urls
/// http://127.0.0.1:0 --secret-key ...</c> (the dll is beside the test binaries, the test project references the
/// emulator's command-line project). Kestrel picks the port; the emulator's start banner says which
/// (<c>CLERK_API_URL=...</c>).
/// </summary>
internal sealed class StandaloneEmulator : IAsyncDisposable
{
    private const string ApiUrlPrefix = "CLERK_API_URL=";
    private static readonly TimeSpan StartTimeout = TimeSpan.FromMinutes(1);

    private readonly RunningProcess process;

    private StandaloneEmulator(RunningProcess process, string apiUrl, string secretKey)
    {
        this.process = process;
        ApiUrl = apiUrl;
        SecretKey = secretKey;
    }

    public string ApiUrl { get; }

    public string SecretKey { get; }

    /// <summary>What the process wrote so far, for failure messages.</summary>
    public string Output => process.Output;

    public static async Task<StandaloneEmulator> StartAsync(string secretKey)
    {
        var dll = Path.Combine(AppContext.BaseDirectory, "Clerk.Emulator.Tool.dll");
        var process = ProcessRunner.Start(ProcessRunner.Dotnet,
            [dll, "--urls", "http://127.0.0.1:0", "--secret-key", secretKey, "--no-rate-limit"], AppContext.BaseDirectory);
        try
        {
            var banner = await process.WaitForLineAsync(ApiUrlPrefix, StartTimeout);
            return new StandaloneEmulator(process, banner[(banner.IndexOf(ApiUrlPrefix, StringComparison.Ordinal) + ApiUrlPrefix.Length)..].Trim(), secretKey);
        }
        catch
        {
            await process.DisposeAsync();
            throw;
        }
    }

    /// <summary>Sends SIGTERM, as a service manager or container runtime stops a process, and waits for the exit code.</summary>
    public async Task<int> TerminateAsync(TimeSpan timeout)
    {
        await ProcessRunner.RunAsync("kill", ["-TERM", process.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)],
            AppContext.BaseDirectory, timeout);
        return (await process.WaitForExitAsync(timeout)).ExitCode;
    }

    public ValueTask DisposeAsync() => process.DisposeAsync();
}
