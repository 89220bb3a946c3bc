using BenchmarkDotNet.Attributes;
using Clerk.Generator.Benchmarks.Projects;
using Microsoft.CodeAnalysis;

namespace Clerk.Generator.Benchmarks;

/// <summary>
/// A build: a new driver runs the generator over a project it has never seen. Ours over route files against the
/// RequestDelegateGenerator over a Program.cs with the same endpoints.
/// </summary>
[MemoryDiagnoser]
public class ColdRunBenchmarks
{
    private GeneratorWorkload ours = null!;
    private GeneratorWorkload rdg = null!;

    [Params(10, 100, 1000)]
    public int RouteFiles { get; set; }

    [GlobalSetup(Target = nameof(Ours))]
    public void SetUpOurs()
    {
        ours = RouteFileProject.Create(RouteFiles);
        ours.Verify(compile: false);
    }

    [GlobalSetup(Target = nameof(Rdg))]
    public void SetUpRdg()
    {
        rdg = MinimalApiProject.Create(RouteFiles);
        rdg.Verify(compile: false);
    }

    [Benchmark]
    public GeneratorDriver Ours() => ours.RunCold();

    [Benchmark]
    public GeneratorDriver Rdg() => rdg.RunCold();
}
