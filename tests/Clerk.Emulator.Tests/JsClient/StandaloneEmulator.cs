using System.Diagnostics;
using System.Text;

namespace Clerk.Emulator.Tests.JsClient;

/// <summary>
/// The emulator as its own process, the way a developer runs it: <c>dotnet Clerk.Emulator.dll --urls
/// http://127.0.0.1:0 --secret-key ...</c> (the dll is beside the test binaries, the test project references the
/// emulator). Kestrel picks the port; the emulator's start banner says which (<c>CLERK_API_URL=...</c>).
/// </summary>
internal sealed class StandaloneEmulator : IAsyncDisposable
{
    private static readonly TimeSpan StartTimeout = TimeSpan.FromMinutes(1);
    private readonly Process process;
    private readonly StringBuilder output;

    private StandaloneEmulator(Process process, StringBuilder output, string apiUrl, string secretKey)
    {
        this.process = process;
        this.output = output;
        ApiUrl = apiUrl;
        SecretKey = secretKey;
    }

    public string ApiUrl { get; }

    public string SecretKey { get; }

    /// <summary>What the process wrote so far, for failure messages.</summary>
    public string Output
    {
        get
        {
            lock (output)
            {
                return output.ToString();
            }
        }
    }

    public static async Task<StandaloneEmulator> StartAsync(string secretKey)
    {
        var dll = Path.Combine(AppContext.BaseDirectory, "Clerk.Emulator.dll");
        var process = ProcessRunner.Start(ProcessRunner.StartInfo(
            "dotnet", [dll, "--urls", "http://127.0.0.1:0", "--secret-key", secretKey, "--no-rate-limit"],
            AppContext.BaseDirectory, []));
        var output = new StringBuilder();
        var apiUrl = new TaskCompletionSource<string>(TaskCreationOptions.RunContinuationsAsynchronously);
        process.OutputDataReceived += (_, line) => Collect(line.Data, output, apiUrl);
        process.ErrorDataReceived += (_, line) => Collect(line.Data, output, apiUrl: null);
        process.EnableRaisingEvents = true;
        process.Exited += (_, _) => apiUrl.TrySetException(new InvalidOperationException("The emulator process exited before it was listening."));
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();

        try
        {
            var url = await apiUrl.Task.WaitAsync(StartTimeout);
            return new StandaloneEmulator(process, output, url, secretKey);
        }
        catch (Exception e) when (e is TimeoutException or InvalidOperationException)
        {
            Stop(process);
            string written;
            lock (output)
            {
                written = output.ToString();
            }

            process.Dispose();
            throw new InvalidOperationException($"`dotnet {dll}` did not report CLERK_API_URL: {e.Message}\n{written}", e);
        }
    }

    /// <summary>Sends SIGTERM, as a service manager or container runtime stops a process, and waits for the exit code.</summary>
    public async Task<int> TerminateAsync(TimeSpan timeout)
    {
        using var kill = Process.Start("kill", ["-TERM", process.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)]);
        await kill.WaitForExitAsync();
        await process.WaitForExitAsync().WaitAsync(timeout);
        return process.ExitCode;
    }

    public async ValueTask DisposeAsync()
    {
        Stop(process);
        await process.WaitForExitAsync();
        process.Dispose();
    }

    private static void Collect(string? line, StringBuilder output, TaskCompletionSource<string>? apiUrl)
    {
        if (line is null)
        {
            return;
        }

        lock (output)
        {
            output.AppendLine(line);
        }

        const string Prefix = "CLERK_API_URL=";
        var at = line.IndexOf(Prefix, StringComparison.Ordinal);
        if (apiUrl is not null && at >= 0)
        {
            apiUrl.TrySetResult(line[(at + Prefix.Length)..].Trim());
        }
    }

    private static void Stop(Process process)
    {
        if (!process.HasExited)
        {
            process.Kill(entireProcessTree: true);
        }
    }
}
