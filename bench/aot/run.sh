#!/usr/bin/env bash
# Native AOT vs JIT for samples/RouteHandlers: publish both ways (counting the native publish's warnings), check every
# route answers the same natively as on the JIT against the standalone emulator, then measure startup to first
# response and working set, interleaved. Writes aot.md and aot.goals.json into $BENCH_OUT.
#
# usage: bench/aot/run.sh [--quick]      --quick: 5 startup rounds instead of 15 (the publishes are the same)
set -euo pipefail

here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
rounds=15
if [[ ${1:-} == --quick ]]; then rounds=5; elif [[ $# -gt 0 ]]; then echo "usage: $0 [--quick]" >&2; exit 2; fi

out=$here/out                       # gitignored: publishes, build artifacts, logs, raw results
artifacts=$out/artifacts            # bin/obj of every project built here, away from the repo's (others build there)
export BENCH_OUT=${BENCH_OUT:-$root/bench/BenchmarkDotNet.Artifacts/parts}
rm -rf "$artifacts" "$out/native" "$out/jit" "$out"/*.log "$out"/*.json
mkdir -p "$out" "$BENCH_OUT"
cd "$root"

# Runs a build step with its output in a log; on failure shows the log's end.
step() {
    local log=$1; shift
    local start=$SECONDS
    if ! "$@" > "$log" 2>&1; then
        tail -40 "$log" >&2
        echo "failed: $* (log: $log)" >&2
        exit 1
    fi
    echo "  done in $((SECONDS - start)) s (log: ${log#$root/})"
}

# From clean artifacts, so every compile and ILC warning is printed (an incremental build would skip them).
# Warnings are counted, not escalated (TreatWarningsAsErrors=false only here): one warning reads as 1 in the report
# rather than a missing binary, and nothing is suppressed.
echo "Native AOT publish (linux-x64) ..."
step "$out/publish-native.log" dotnet publish samples/RouteHandlers -c Release -r linux-x64 -p:PublishAot=true \
    -p:TreatWarningsAsErrors=false -nodeReuse:false --artifacts-path "$artifacts" -o "$out/native"

# Plain JIT for comparison: framework-dependent, no ReadyToRun (no precompiled code), default tiered JIT.
echo "JIT publish (framework-dependent, ReadyToRun off) ..."
step "$out/publish-jit.log" dotnet publish samples/RouteHandlers -c Release -p:PublishAot=false \
    -p:PublishReadyToRun=false -p:SelfContained=false -p:TreatWarningsAsErrors=false -nodeReuse:false \
    --artifacts-path "$artifacts" -o "$out/jit"

echo "Emulator build ..."
step "$out/build-emulator.log" dotnet build src/Clerk.Emulator/Tool -c Release -nodeReuse:false --artifacts-path "$artifacts"

# The standalone emulator as the Clerk instance, seeded with the sample's users, tokens for the sample's origin. Rate
# limits off: the startup runs are not about the development instance's 100 calls per 10 s.
echo "Starting the emulator ..."
dotnet "$artifacts/bin/Clerk.Emulator.Tool/release/Clerk.Emulator.Tool.dll" --urls http://127.0.0.1:0 \
    --seed "$root/samples/RouteHandlers/clerk-seed.json" --authorized-party https://app.example.com --no-rate-limit \
    > "$out/emulator.log" 2>&1 &
emulator=$!
# SIGTERM first; then SIGKILL, since the standalone emulator waits for Ctrl+C and does not exit on SIGTERM (and a
# background job of a script ignores SIGINT). Its state is in memory only, so nothing is lost.
stop_emulator() {
    kill "$emulator" 2>/dev/null || return 0
    for _ in $(seq 30); do kill -0 "$emulator" 2>/dev/null || return 0; sleep 0.1; done
    kill -KILL "$emulator" 2>/dev/null || true
    wait "$emulator" 2>/dev/null || true
}
trap stop_emulator EXIT
for _ in $(seq 600); do
    grep -q '^ *CLERK_PUBLISHABLE_KEY=' "$out/emulator.log" && break
    kill -0 "$emulator" 2>/dev/null || { cat "$out/emulator.log" >&2; echo "the emulator exited" >&2; exit 1; }
    sleep 0.1
done
grep -q '^ *CLERK_PUBLISHABLE_KEY=' "$out/emulator.log" || { cat "$out/emulator.log" >&2; echo "the emulator did not start" >&2; exit 1; }
grep -E '^ *CLERK_API_URL=' "$out/emulator.log" | sed 's/^ */  /'

echo "Routes, native vs JIT ..."
python3 "$here/routes.py" "$out/emulator.log" "$out/native/RouteHandlers" "$out/jit/RouteHandlers" "$out/routes.json" "$out"

echo "Startup and working set, $rounds interleaved rounds ..."
python3 "$here/startup.py" "$out/emulator.log" "$out/native/RouteHandlers" "$out/jit/RouteHandlers" "$rounds" \
    "$out/startup.json" "$out"

python3 "$root/bench/report.py" aot --raw "$out" --out "$BENCH_OUT"
echo "Wrote $BENCH_OUT/aot.md and $BENCH_OUT/aot.goals.json"
