using System.Diagnostics;
using System.Text;

namespace Clerk.Tests.Processes;

/// <summary>
/// A child process started by <see cref="ProcessRunner"/>, its output collected as it comes; disposing kills it and
/// its children if it is still running.
/// </summary>
internal sealed class RunningProcess : IAsyncDisposable
{
    private readonly Process process;
    private readonly Stopwatch clock = Stopwatch.StartNew();
    private readonly StringBuilder output = new();
    private readonly StringBuilder stdout = new();

    internal RunningProcess(Process process, string? input)
    {
        this.process = process;
        process.OutputDataReceived += (_, line) => Append(line.Data, fromStdout: true);
        process.ErrorDataReceived += (_, line) => Append(line.Data, fromStdout: false);
        // Both pipes are read before stdin is written, so neither side can block the other on a full pipe.
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        if (input is not null)
        {
            process.StandardInput.Write(input);
        }
        process.StandardInput.Close();
    }

    public int Id => process.Id;

    public bool HasExited => process.HasExited;

    public int ExitCode => process.ExitCode;

    /// <summary>Standard output and standard error so far, interleaved, for failure messages.</summary>
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

    private string Command => $"{process.StartInfo.FileName} {string.Join(' ', process.StartInfo.ArgumentList)}";

    /// <summary>Waits for the exit and everything printed before it; past <paramref name="timeout"/> the process tree is killed.</summary>
    public async Task<ProcessResult> WaitForExitAsync(TimeSpan timeout)
    {
        using var cancellation = new CancellationTokenSource(timeout);
        try
        {
            await process.WaitForExitAsync(cancellation.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"{Command} did not finish within {timeout}:\n{Output}");
        }
        lock (output)
        {
            return new ProcessResult(process.ExitCode, output.ToString(), stdout.ToString(), clock.Elapsed);
        }
    }

    /// <summary>
    /// The first line printed that contains <paramref name="text"/>, once it is printed; fails when the process exits
    /// first or <paramref name="timeout"/> passes.
    /// </summary>
    public async Task<string> WaitForLineAsync(string text, TimeSpan timeout)
    {
        var waited = Stopwatch.StartNew();
        while (true)
        {
            if (process.HasExited)
            {
                // The exit can be seen before the last lines are read; this waits for the pipes to close.
                await process.WaitForExitAsync();
                return FindLine(text) ?? throw new InvalidOperationException(
                    $"{Command} exited with code {process.ExitCode} before printing '{text}':\n{Output}");
            }
            if (FindLine(text) is { } line)
            {
                return line;
            }
            if (waited.Elapsed > timeout)
            {
                throw new TimeoutException($"{Command} did not print '{text}' within {timeout}:\n{Output}");
            }
            await Task.Delay(TimeSpan.FromMilliseconds(50));
        }
    }

    public async ValueTask DisposeAsync()
    {
        try
        {
            if (!process.HasExited)
            {
                process.Kill(entireProcessTree: true);
                await process.WaitForExitAsync();
            }
        }
        finally
        {
            process.Dispose();
        }
    }

    private string? FindLine(string text) =>
        Output.Split('\n').Select(line => line.TrimEnd('\r')).FirstOrDefault(line => line.Contains(text, StringComparison.Ordinal));

    private void Append(string? line, bool fromStdout)
    {
        if (line is null)
        {
            return;
        }
        lock (output)
        {
            output.AppendLine(line);
            if (fromStdout)
            {
                stdout.AppendLine(line);
            }
        }
    }
}
