using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text;

namespace Clerk.EndToEnd.Tests.Infrastructure;

/// <summary>A built app served by Kestrel on a free loopback port, in its own process; disposing kills it.</summary>
internal sealed class RunningApp : IAsyncDisposable
{
    private static readonly TimeSpan StartupTimeout = TimeSpan.FromSeconds(60);

    private readonly RunningProcess process;

    private RunningApp(RunningProcess process, int port)
    {
        this.process = process;
        Port = port;
        // Redirects and cookies exactly as the server sent them: a 307 is the answer under test, not a hop to follow,
        // and a Cookie header set on a request is sent as written.
        Client = new HttpClient(new SocketsHttpHandler { AllowAutoRedirect = false, UseCookies = false })
        {
            BaseAddress = new Uri($"http://127.0.0.1:{port}"),
            Timeout = TimeSpan.FromSeconds(30),
        };
    }

    public int Port { get; }

    public HttpClient Client { get; }

    /// <summary>What the server logged so far, for failure messages.</summary>
    public string Output => process.Output;

    /// <summary>Runs <c>dotnet app.dll --urls http://127.0.0.1:port</c> and returns once Kestrel answers.</summary>
    public static Task<RunningApp> StartAsync(TempWebProject project) =>
        StartAsync(project.Directory, project.AssemblyPath, environment: null);

    /// <summary>
    /// Runs <c>dotnet assembly --urls http://127.0.0.1:port</c> from <paramref name="workingDirectory"/> with
    /// <paramref name="environment"/> applied (a null value removes an inherited variable); returns once Kestrel answers.
    /// </summary>
    public static async Task<RunningApp> StartAsync(
        string workingDirectory, string assemblyPath, IReadOnlyDictionary<string, string?>? environment, int? port = null)
    {
        port ??= FreePort();
        var process = ProcessRunner.Start(
            ProcessRunner.Dotnet, [assemblyPath, "--urls", $"http://127.0.0.1:{port}"], workingDirectory, environment);
        var app = new RunningApp(process, port.Value);
        try
        {
            await app.WaitUntilListeningAsync();
            return app;
        }
        catch
        {
            await app.DisposeAsync();
            throw;
        }
    }

    /// <summary>
    /// Sends one request over a bare socket and returns every byte the server sent until it closed the connection:
    /// HttpClient drops a HEAD response's body unread, so only this shows that none was sent.
    /// </summary>
    public async Task<string> SendRawAsync(string method, string path)
    {
        using var client = new TcpClient();
        await client.ConnectAsync(IPAddress.Loopback, Port);
        await using var stream = client.GetStream();
        var request = $"{method} {path} HTTP/1.1\r\nHost: 127.0.0.1:{Port}\r\nConnection: close\r\n\r\n";
        await stream.WriteAsync(Encoding.ASCII.GetBytes(request));
        using var received = new MemoryStream();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        await stream.CopyToAsync(received, timeout.Token);
        return Encoding.UTF8.GetString(received.ToArray());
    }

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        await process.DisposeAsync();
    }

    private async Task WaitUntilListeningAsync()
    {
        var deadline = Stopwatch.StartNew();
        while (true)
        {
            if (process.HasExited)
            {
                throw new InvalidOperationException($"The app exited with code {process.ExitCode} before listening:\n{Output}");
            }
            if (deadline.Elapsed > StartupTimeout)
            {
                throw new TimeoutException($"The app did not answer on port {Port} within {StartupTimeout}:\n{Output}");
            }
            try
            {
                // Any answer (the root is a 404) means Kestrel is up and the endpoints are mapped.
                using var response = await Client.GetAsync("/");
                return;
            }
            catch (HttpRequestException)
            {
                await Task.Delay(TimeSpan.FromMilliseconds(200));
            }
        }
    }

    // Port 0 makes the OS pick a free port; it is released at once for Kestrel to take.
    internal static int FreePort()
    {
        var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        try
        {
            return ((IPEndPoint)listener.LocalEndpoint).Port;
        }
        finally
        {
            listener.Stop();
        }
    }
}
