#!/usr/bin/env bash
# Builds the benchmarks in Release, runs them, and writes bench/results/latest.md (machine, commit, every figure,
# the ratios and whether each goal is met).
#
#   bench/run.sh            BenchmarkDotNet's default job: more iterations, steadier figures, several times longer
#   bench/run.sh --quick    BenchmarkDotNet's short job (1 launch, 3 warm-ups; 20 iterations of 250 ms), a few minutes
#
# Every benchmark runs in the same BenchmarkDotNet run, one after the other on the same machine state, so the ratios
# compare like with like. Needs the .NET SDK of global.json and python3 (for the report); perf (Debian's linux-perf)
# for the cold-verification profile, which is skipped without it.
set -euo pipefail

bench_dir=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
repo_dir=$(dirname "$bench_dir")
project_dir="$bench_dir/Clerk.Benchmarks"
artifacts_dir="$bench_dir/BenchmarkDotNet.Artifacts"
report="$bench_dir/results/latest.md"

mode=full
for arg in "$@"; do
    case "$arg" in
        --quick) mode=quick ;;
        -h | --help) sed -n '2,10p' "${BASH_SOURCE[0]}" | sed 's/^# \{0,1\}//'; exit 0 ;;
        *) echo "bench/run.sh: unknown argument '$arg' (expected --quick)" >&2; exit 2 ;;
    esac
done

if ! command -v python3 > /dev/null; then
    echo "bench/run.sh: python3 is needed to write the report" >&2
    exit 1
fi

# The short job's three measured iterations give a median of three, which one burst of other load on a shared
# two-core machine moves by half; twenty iterations of 250 ms each (instead of three of 500 ms) take barely longer
# and give a median that a short burst cannot carry (longer load still can, hence the minimums in the report).
# BenchmarkDotNet builds its host project with a two-minute limit, which a shared two-core machine busy with other
# builds can overrun (the run then measures nothing); ten minutes leaves room.
job_args=(--buildTimeout 600)
if [[ "$mode" == quick ]]; then
    job_args+=(--job short --iterationCount 20 --iterationTime 250)
fi

started=$(date +%s)
dotnet build "$project_dir/Clerk.Benchmarks.csproj" -c Release --nologo -v quiet

rm -rf "$artifacts_dir"
# BenchmarkDotNet builds a host project beside ours; it finds ours from the working directory.
(cd "$project_dir" && dotnet "bin/Release/net10.0/Clerk.Benchmarks.dll" \
    --filter '*' --exporters json github --artifacts "$artifacts_dir" "${job_args[@]}")

# Where a cold verification's time goes beyond the RSA check: the ColdVerify work in a plain loop under perf, sorted
# into stages by bench/perf_stages.py. Best effort: without perf (or perf events), the report says it was not run.
profile="$artifacts_dir/cold-verify-profile.md"
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
        | python3 "$bench_dir/perf_stages.py" --loop "$loop_line" > "$profile" || { rm -f "/tmp/perf-$loop_pid.map"; return 1; }
    rm -f "/tmp/perf-$loop_pid.map"
}
if ! command -v perf > /dev/null; then
    echo "Not run: \`perf\` is not installed (Debian package \`linux-perf\`)." > "$profile"
elif ! profile_cold_verify; then
    echo "Not run: \`perf record\` failed on this machine (see bench/run.sh's output)." > "$profile"
fi
finished=$(date +%s)

mkdir -p "$(dirname "$report")"
python3 "$bench_dir/report.py" \
    --results "$artifacts_dir/results" \
    --profile "$profile" \
    --repo "$repo_dir" \
    --mode "$mode" \
    --seconds "$((finished - started))" \
    > "$report.tmp"
mv "$report.tmp" "$report"
echo "Wrote ${report#"$repo_dir"/} in $((finished - started)) s."
