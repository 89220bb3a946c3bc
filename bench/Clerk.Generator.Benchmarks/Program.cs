using System.Globalization;
using System.Reflection;
using System.Text.Json;
using BenchmarkDotNet.Running;
using Clerk.Generator.Benchmarks;
using Clerk.Generator.Benchmarks.Projects;
using Microsoft.CodeAnalysis.CSharp;

// `--verify FILE`: build every synthetic project, check both generators' output, and compile the project of 10 route
// files with it (it holds every shape; the larger ones repeat them), without measuring; then write what the report
// needs to know about the projects and tools to FILE (JSON).
if (args is ["--verify", var facts])
{
    var sizes = new Dictionary<string, int>();
    foreach (var size in new[] { 10, 100, 1000 })
    {
        foreach (var workload in new[] { RouteFileProject.Create(size), MinimalApiProject.Create(size) })
        {
            var started = System.Diagnostics.Stopwatch.StartNew();
            workload.Verify(compile: size == 10);
            Console.WriteLine($"{workload.Name}, {size} route files ({workload.Endpoints} endpoints): verified in {started.ElapsedMilliseconds} ms");
            sizes[size.ToString(CultureInfo.InvariantCulture)] = workload.Endpoints;
        }
    }
    File.WriteAllText(facts, JsonSerializer.Serialize(new Dictionary<string, object>
    {
        ["endpoints"] = sizes,
        ["roslyn"] = typeof(CSharpCompilation).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()!.InformationalVersion.Split('+')[0],
        ["requestDelegateGenerator"] = InstalledSdk.RequestDelegateGeneratorPath,
    }));
    return;
}
// `--loop ours|rdg cold|incremental SIZE SECONDS`: one case in a plain loop, for a profiler (perf record).
if (args is ["--loop", var side, var run, var loopSize, var loopSeconds])
{
    var size = int.Parse(loopSize, CultureInfo.InvariantCulture);
    var workload = side == "rdg" ? MinimalApiProject.Create(size) : RouteFileProject.Create(size);
    workload.Verify(compile: false);
    var ranOnce = workload.RunBeforeEdit();
    var runs = 0;
    var clock = System.Diagnostics.Stopwatch.StartNew();
    while (clock.Elapsed.TotalSeconds < double.Parse(loopSeconds, CultureInfo.InvariantCulture))
    {
        _ = run == "incremental" ? workload.RunAfterEdit(ranOnce) : workload.RunCold();
        runs++;
    }
    Console.WriteLine($"{workload.Name}: {runs} {run} runs in {clock.Elapsed.TotalSeconds:F1} s (pid {Environment.ProcessId})");
    return;
}
// `--paired SECONDS FILE`: the goals' ratios in rounds of back-to-back blocks, SECONDS per project size (PairedRuns).
if (args is ["--paired", var pairedSeconds, var pairedOutput])
{
    PairedRuns.Run(TimeSpan.FromSeconds(double.Parse(pairedSeconds, CultureInfo.InvariantCulture)), pairedOutput);
    return;
}
BenchmarkSwitcher.FromAssembly(typeof(ColdRunBenchmarks).Assembly).Run(args);
