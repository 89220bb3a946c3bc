using System.Net;
using System.Net.Sockets;

namespace Clerk.Tests.Processes;

/// <summary>
/// A real <c>redis-server</c> (the Debian package <c>.ci/run</c> installs) on a free loopback port, without persistence,
/// that a test can stop and start again on the same port (an outage), flush, or make slow.
/// </summary>
internal sealed class RedisServer : IAsyncDisposable
{
    private RunningProcess? process;

    private RedisServer(int port) => Port = port;

    public int Port { get; }

    /// <summary>What <c>AddStackExchangeRedisCache</c> takes: no wait at startup for a server that is down.</summary>
    public string Configuration => $"127.0.0.1:{Port},abortConnect=false,connectTimeout=1000,syncTimeout=1000,asyncTimeout=1000";

    public static async Task<RedisServer> StartAsync()
    {
        var server = new RedisServer(FreePort());
        await server.StartAgainAsync();
        return server;
    }

    /// <summary>Starts the server (again) on its port, empty.</summary>
    public async Task StartAgainAsync()
    {
        if (!File.Exists("/usr/bin/redis-server"))
        {
            throw new InvalidOperationException("These tests need redis-server: apt-get install -y redis-server (.ci/run does it).");
        }
        process = ProcessRunner.Start("/usr/bin/redis-server",
            ["--port", Port.ToString(System.Globalization.CultureInfo.InvariantCulture), "--bind", "127.0.0.1", "--save", "", "--appendonly", "no"],
            Path.GetTempPath());
        await process.WaitForLineAsync("Ready to accept connections", TimeSpan.FromSeconds(20));
    }

    /// <summary>Stops the server: every connection drops, and new ones are refused until <see cref="StartAgainAsync"/>.</summary>
    public async Task StopAsync()
    {
        if (process is { } running)
        {
            process = null;
            await running.DisposeAsync();
        }
    }

    /// <summary>Runs a command with <c>redis-cli</c> (<c>FLUSHALL</c>, <c>DEBUG SLEEP 2</c>).</summary>
    public Task<ProcessResult> CommandAsync(params string[] command) => ProcessRunner.RunAsync("/usr/bin/redis-cli",
        ["-p", Port.ToString(System.Globalization.CultureInfo.InvariantCulture), .. command], Path.GetTempPath(), TimeSpan.FromSeconds(30));

    public ValueTask DisposeAsync() => new(StopAsync());

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
