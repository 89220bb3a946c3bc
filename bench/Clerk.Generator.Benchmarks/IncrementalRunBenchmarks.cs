using BenchmarkDotNet.Attributes;
using Clerk.Generator.Benchmarks.Projects;
using Microsoft.CodeAnalysis;

namespace Clerk.Generator.Benchmarks;

/// <summary>
/// The run after an edit: a driver that has run once over the project runs again over the project with one
/// handler body changed (route file 0's GET, or the lambda of its MapGet). Only the second run is measured.
/// </summary>
/// <remarks>
/// No [IterationSetup]: it would force one invocation per iteration, too short to time well for the small projects.
/// A GeneratorDriver is immutable, so the once-run driver made in GlobalSetup is the start of every invocation, and
/// BenchmarkDotNet can batch invocations as usual. Each run gets a fresh clone of the edited compilation (see
/// <see cref="GeneratorWorkload"/>), so none finds the previous one's binding.
/// </remarks>
[MemoryDiagnoser]
public class IncrementalRunBenchmarks
{
    private GeneratorWorkload ours = null!;
    private GeneratorWorkload rdg = null!;
    private GeneratorDriver oursRanOnce = null!;
    private GeneratorDriver rdgRanOnce = null!;

    [Params(10, 100, 1000)]
    public int RouteFiles { get; set; }

    [GlobalSetup(Target = nameof(Ours))]
    public void SetUpOurs()
    {
        ours = RouteFileProject.Create(RouteFiles);
        ours.Verify(compile: false);
        oursRanOnce = ours.RunBeforeEdit();
    }

    [GlobalSetup(Target = nameof(Rdg))]
    public void SetUpRdg()
    {
        rdg = MinimalApiProject.Create(RouteFiles);
        rdg.Verify(compile: false);
        rdgRanOnce = rdg.RunBeforeEdit();
    }

    [Benchmark]
    public GeneratorDriver Ours() => ours.RunAfterEdit(oursRanOnce);

    [Benchmark]
    public GeneratorDriver Rdg() => rdg.RunAfterEdit(rdgRanOnce);
}
