#!/usr/bin/env bash
# Runs every benchmark on this machine and writes bench/results/latest.md: the machine, the commit, every figure
# and ratio, and whether each goal (bench/benchlib/goals.py) is met.
#
#   bench/run.sh                      every part, BenchmarkDotNet's default job: steadier figures, several times longer
#   bench/run.sh --quick              every part in its short form (BenchmarkDotNet's short job), about a quarter hour
#   bench/run.sh --only tokens,aot    some parts only (tokens, generator, loadtest, aot, fleet); the rest read "not run"
#
# The parts run one after the other, never at once, so none measures another's load:
#   tokens     token verification and a request through the pipeline in-process (bench/Clerk.Benchmarks), the paired
#              cold/bare ratio, and a perf profile of a cold verification (skipped without perf)
#   generator  our route generator against ASP.NET Core's RequestDelegateGenerator (bench/generator/run.sh)
#   loadtest   four servers under wrk over loopback (bench/LoadTest/run.sh)
#   aot        the sample published with Native AOT against JIT: warnings, routes, startup, memory (bench/aot/run.sh)
#   fleet      Backend API calls of 1 and 3 app instances without and with Redis, and cache hits against the API call
#              they save, on a real redis-server and the emulator (bench/Clerk.Benchmarks --fleet)
# Needs the .NET SDK of global.json and python3; the load test and AOT parts install wrk and hey (Debian) if missing,
# the fleet part redis-server.
set -euo pipefail

bench_dir=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
repo_dir=$(dirname "$bench_dir")
project_dir="$bench_dir/Clerk.Benchmarks"
artifacts_dir="$bench_dir/BenchmarkDotNet.Artifacts"
report="$bench_dir/results/latest.md"

mode=full
only=tokens,generator,loadtest,aot,fleet
while [[ $# -gt 0 ]]; do
    case "$1" in
        --quick) mode=quick; shift ;;
        --only) only=${2:?--only needs a list such as tokens,aot}; shift 2 ;;
        -h | --help) sed -n '2,18p' "${BASH_SOURCE[0]}" | sed 's/^# \{0,1\}//'; exit 0 ;;
        *) echo "bench/run.sh: unknown argument '$1' (expected --quick or --only PARTS)" >&2; exit 2 ;;
    esac
done
wants() { [[ ",$only," == *",$1,"* ]]; }

if ! command -v python3 > /dev/null; then
    echo "bench/run.sh: python3 is needed to write the report" >&2
    exit 1
fi

# The short job's three measured iterations give a median of three, which one burst of other load on a shared
# two-core machine moves by half; twenty iterations of 250 ms each (instead of three of 500 ms) take barely longer
# and give a median that a short burst cannot carry.
# BenchmarkDotNet builds its host project with a two-minute limit, which a shared two-core machine busy with other
# builds can overrun (the run then measures nothing); ten minutes leaves room.
# The fleet's latency rounds are a few milliseconds each, so even its quick form has a thousand or more.
job_args=(--buildTimeout 600)
paired_seconds=60
fleet_seconds=45
if [[ "$mode" == quick ]]; then
    job_args+=(--job short --iterationCount 20 --iterationTime 250)
    paired_seconds=20
    fleet_seconds=15
fi
quick_flag=()
[[ "$mode" == quick ]] && quick_flag=(--quick)

# Each part writes <part>.md and <part>.goals.json here; the report gathers them.
parts_dir="$artifacts_dir/parts"
failed_parts=()

started=$(date +%s)
rm -rf "$artifacts_dir"
mkdir -p "$parts_dir"
profile="$artifacts_dir/cold-verify-profile.md"
paired="$artifacts_dir/paired-cold-ratio.json"

# Called as a condition (run_part), where `set -e` does not reach inside a function: each step says `|| return`.
run_tokens() {
    dotnet build "$project_dir/Clerk.Benchmarks.csproj" -c Release --nologo -v quiet || return
    # BenchmarkDotNet builds a host project beside ours; it finds ours from the working directory.
    (cd "$project_dir" && dotnet "bin/Release/net10.0/Clerk.Benchmarks.dll" \
        --filter '*' --exporters json github --artifacts "$artifacts_dir" "${job_args[@]}") || return
    (cd "$project_dir" && dotnet "bin/Release/net10.0/Clerk.Benchmarks.dll" --paired "$paired_seconds" "$paired") || return

    # Where a cold verification's time goes beyond the RSA check: the ColdVerify work in a plain loop under perf,
    # sorted into stages by `bench/report.py profile`. Best effort: without perf (or perf events) there is no profile,
    # and the report says why.
    if command -v perf > /dev/null && ! profile_cold_verify; then
        rm -f "$profile"
    fi
}

profile_cold_verify() {
    local perf_data="$artifacts_dir/cold-verify.perf" loop_line loop_pid
    # A perf map (3: no jitdump) and no W^X double mapping, so perf can name JIT-compiled frames; the first 3 s
    # (start-up, tiered compilation) are not recorded.
    loop_line=$(cd "$project_dir" && DOTNET_PerfMapEnabled=3 DOTNET_EnableWriteXorExecute=0 \
        perf record --quiet -F 999 -g --delay 3000 -o "$perf_data" \
        dotnet "bin/Release/net10.0/Clerk.Benchmarks.dll" --cold-loop 15) || return 1
    echo "$loop_line"
    loop_pid=$(sed -n 's/.*pid \([0-9]*\)).*/\1/p' <<< "$loop_line")
    perf script -i "$perf_data" -F tid,ip,sym,dso 2> /dev/null \
        | python3 "$bench_dir/report.py" profile --loop "$loop_line" > "$profile" || { rm -f "/tmp/perf-$loop_pid.map"; return 1; }
    rm -f "/tmp/perf-$loop_pid.map"
}

# The fleet part: one process on a real redis-server (started by the benchmark on a free port) and the emulator.
run_fleet() {
    if [[ ! -x /usr/bin/redis-server ]]; then
        echo "Installing redis-server..."
        apt-get install -y redis-server > /dev/null || { apt-get update > /dev/null && apt-get install -y redis-server > /dev/null; } \
            || return
    fi
    local started=$SECONDS
    dotnet build "$project_dir/Clerk.Benchmarks.csproj" -c Release --nologo -v quiet || return
    (cd "$project_dir" && dotnet "bin/Release/net10.0/Clerk.Benchmarks.dll" --fleet "$fleet_seconds" "$artifacts_dir/fleet.json") || return
    python3 "$bench_dir/report.py" fleet --raw "$artifacts_dir/fleet.json" --out "$parts_dir" --mode "$mode" \
        --latency-seconds "$fleet_seconds" --seconds "$((SECONDS - started))"
}

# A part that fails is reported as not run, and the others still run; the script fails at the end.
run_part() {
    local name=$1; shift
    wants "$name" || return 0
    echo "== bench/run.sh: $name"
    if ! "$@"; then
        echo "bench/run.sh: the $name part failed; the report lists it as not run" >&2
        failed_parts+=("$name")
    fi
}

run_part tokens run_tokens
run_part generator env BENCH_OUT="$parts_dir" bash "$bench_dir/generator/run.sh" "${quick_flag[@]}"
run_part loadtest env BENCH_OUT="$parts_dir" bash "$bench_dir/LoadTest/run.sh" "${quick_flag[@]}"
run_part aot env BENCH_OUT="$parts_dir" bash "$bench_dir/aot/run.sh" "${quick_flag[@]}"
run_part fleet run_fleet
finished=$(date +%s)

mkdir -p "$(dirname "$report")"
python3 "$bench_dir/report.py" latest \
    --results "$artifacts_dir/results" \
    --profile "$profile" \
    --paired "$paired" \
    --parts "$parts_dir" \
    --repo "$repo_dir" \
    --mode "$mode" \
    --seconds "$((finished - started))" \
    > "$report.tmp"
mv "$report.tmp" "$report"
echo "Wrote ${report#"$repo_dir"/} in $((finished - started)) s."
if [[ ${#failed_parts[@]} -gt 0 ]]; then
    echo "bench/run.sh: failed parts: ${failed_parts[*]}" >&2
    exit 1
fi
