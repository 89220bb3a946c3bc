#!/usr/bin/env bash
# The generator build-time benchmark: our route generator against ASP.NET Core's RequestDelegateGenerator over the
# same endpoints (10, 100 and 1,000 route files), cold and incremental, through CSharpGeneratorDriver. Writes
# generator.md and generator.goals.json into $BENCH_OUT (default bench/BenchmarkDotNet.Artifacts/parts).
#
#   bench/generator/run.sh            BenchmarkDotNet's default job: steadier figures, several times longer
#   bench/generator/run.sh --quick    the short job with 10 iterations of 250 ms, about six minutes on two cores
#
# Needs the .NET SDK of global.json and python3.
set -euo pipefail

generator_dir=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
bench_dir=$(dirname "$generator_dir")
project_dir="$bench_dir/Clerk.Generator.Benchmarks"
artifacts_dir="$bench_dir/BenchmarkDotNet.Artifacts/generator"
out_dir="${BENCH_OUT:-$bench_dir/BenchmarkDotNet.Artifacts/parts}"

mode=full
for arg in "$@"; do
    case "$arg" in
        --quick) mode=quick ;;
        -h | --help) sed -n '2,8p' "${BASH_SOURCE[0]}" | sed 's/^# \{0,1\}//'; exit 0 ;;
        *) echo "bench/generator/run.sh: unknown argument '$arg' (expected --quick)" >&2; exit 2 ;;
    esac
done

if ! command -v python3 > /dev/null; then
    echo "bench/generator/run.sh: python3 is needed to write the report" >&2
    exit 1
fi

# BenchmarkDotNet builds its host project with a two-minute limit, which a shared two-core machine busy with other
# builds can overrun; ten minutes leaves room. The short job alone measures three iterations, a median that one burst
# of other load moves; ten of 250 ms are steadier and keep the twelve cases within a few minutes (a 1,000-file
# cold run takes longer than 250 ms, so it is timed once per iteration).
# No tiered compilation in the measured processes: Roslyn from NuGet is not precompiled, and its many generic
# pipeline nodes stay in tier-0 code for seconds, far longer than the few runs an iteration holds, so short jobs
# measured the JIT more than the generators. Optimized code from the first call is closer to the compiler that builds
# real projects (the SDK's Roslyn is precompiled ReadyToRun, and the build server keeps it hot). Both generators alike.
job_args=(--buildTimeout 600 --envVars DOTNET_TieredCompilation:0)
if [[ "$mode" == quick ]]; then
    job_args+=(--job short --iterationCount 10 --iterationTime 250)
fi

started=$(date +%s)
dotnet build "$project_dir/Clerk.Generator.Benchmarks.csproj" -c Release --nologo -v quiet

rm -rf "$artifacts_dir"
mkdir -p "$artifacts_dir" "$out_dir"
cd "$project_dir"
# Every synthetic project through both generators, checked, and the small ones compiled with the generated code,
# before anything is measured (each benchmark process checks the generator output of its own case again).
dotnet bin/Release/net10.0/Clerk.Generator.Benchmarks.dll --verify "$artifacts_dir/projects.json"
# BenchmarkDotNet builds a host project beside ours; it finds ours from the working directory.
dotnet bin/Release/net10.0/Clerk.Generator.Benchmarks.dll \
    --filter '*' --exporters json --artifacts "$artifacts_dir" "${job_args[@]}"
# The goals' ratios again, in rounds of back-to-back blocks (see PairedRuns): BenchmarkDotNet's cases run minutes
# apart, and this machine's speed drifts in between.
paired_seconds=$([[ "$mode" == quick ]] && echo 15 || echo 40)
DOTNET_TieredCompilation=0 dotnet bin/Release/net10.0/Clerk.Generator.Benchmarks.dll \
    --paired "$paired_seconds" "$artifacts_dir/paired.json"
finished=$(date +%s)

python3 "$bench_dir/report.py" generator \
    --paired "$artifacts_dir/paired.json" --paired-seconds "$paired_seconds" \
    --results "$artifacts_dir/results" \
    --projects "$artifacts_dir/projects.json" \
    --mode "$mode" \
    --seconds "$((finished - started))" \
    --profile "$generator_dir/profile.md" \
    --out "$out_dir"
echo "Wrote $out_dir/generator.md and $out_dir/generator.goals.json"
