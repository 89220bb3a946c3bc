#!/usr/bin/env bash
# Loopback load test: four server processes, one per case, answering the same JSON, measured with wrk in interleaved
# rounds; writes loadtest.md and loadtest.goals.json into $BENCH_OUT (default bench/BenchmarkDotNet.Artifacts/parts).
#
#   bench/LoadTest/run.sh            15 rounds of 10 s per case after 15 s of warm-up each, about 12 minutes
#   bench/LoadTest/run.sh --quick    9 rounds of 4 s per case after 5 s of warm-up each, about 3 minutes
#
#   (a) generated endpoint, unprotected      (b) the same, [Protected], with a valid session token
#   (c) minimal API lambda, unprotected      (d) minimal API with JwtBearer + RequireAuthorization(), same token and key
#
# Needs the .NET SDK of global.json, curl and python3; installs wrk (Debian package) when missing. Raw wrk output and
# the token are kept in bench/LoadTest/out/ (not committed).
set -euo pipefail

load_dir=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
repo_dir=$(cd "$load_dir/../.." && pwd)
project_dir="$load_dir/Clerk.LoadTest.Server"
server_dll="$project_dir/bin/Release/net10.0/Clerk.LoadTest.Server.dll"
work_dir="$load_dir/out"
out_dir=${BENCH_OUT:-"$repo_dir/bench/BenchmarkDotNet.Artifacts/parts"}

mode=full
for arg in "$@"; do
    case "$arg" in
        --quick) mode=quick ;;
        -h | --help) sed -n '2,12p' "${BASH_SOURCE[0]}" | sed 's/^# \{0,1\}//'; exit 0 ;;
        *) echo "bench/LoadTest/run.sh: unknown argument '$arg' (expected --quick)" >&2; exit 2 ;;
    esac
done

# One wrk thread and 32 connections keep the server busy without turning latency into pure queueing. With two cores
# or more, wrk runs on the first and every server on the second: left to the scheduler, the two fight over both cores
# and a case's requests/s depends on how the scheduler split them in its window (the ratios then strayed to either
# side of their goals from run to run while CPU per request held steady). Pinned, requests/s is the server's own.
threads=1
connections=32
if (($(nproc) >= 2)) && command -v taskset > /dev/null; then
    wrk_cpu=(taskset -c 0) server_cpu=(taskset -c 1) pinning="wrk on core 0, servers on core 1"
else
    wrk_cpu=() server_cpu=() pinning="wrk and the servers share the cores"
fi
# Many short rounds rather than a few long ones: goals are judged on the median of the rounds' paired ratios, which
# needs rounds to take a median of, and a short round leaves the machine's speed less time to drift between cases.
if [[ "$mode" == quick ]]; then
    rounds=9 seconds=4 warmup=5
else
    rounds=15 seconds=10 warmup=15
fi
base_port=${LOADTEST_BASE_PORT:-18081}

# Case letter, server mode, URL path, whether the request carries the session token.
cases=(a b c d)
declare -A case_mode=([a]=generated [b]=protected [c]=minimal [d]=jwtbearer)
declare -A case_path=([a]=/api/plain [b]=/api/protected [c]=/api/plain [d]=/api/plain)
declare -A case_auth=([a]=no [b]=yes [c]=no [d]=yes)
declare -A case_port case_pid

fail() { echo "bench/LoadTest/run.sh: $*" >&2; exit 1; }

for tool in dotnet curl python3; do
    command -v "$tool" > /dev/null || fail "$tool is needed"
done
if ! command -v wrk > /dev/null; then
    echo "Installing wrk..."
    apt-get install -y wrk > /dev/null || { apt-get update > /dev/null && apt-get install -y wrk > /dev/null; } \
        || fail "could not install wrk (apt-get install -y wrk)"
fi

started=$(date +%s)
dotnet build "$project_dir/Clerk.LoadTest.Server.csproj" -c Release --nologo -v quiet

rm -rf "$work_dir"
mkdir -p "$work_dir/raw" "$out_dir"
dotnet "$server_dll" --make-token "$work_dir"
token=$(< "$work_dir/token.txt")

stop_servers() {
    local pid
    for pid in "${case_pid[@]}"; do
        kill "$pid" 2> /dev/null || true
    done
    wait 2> /dev/null || true
}
trap stop_servers EXIT

# Each case its own process, so no case shares a heap, a JIT or a thread pool with another. Production environment
# and no secret key: Clerk verifies networkless with the PEM key, as JwtBearer does.
port=$base_port
for case in "${cases[@]}"; do
    if curl -s -o /dev/null "http://127.0.0.1:$port/"; then
        fail "port $port is already in use (set LOADTEST_BASE_PORT to another first port of four)"
    fi
    env -u CLERK_SECRET_KEY -u CLERK_PUBLISHABLE_KEY -u CLERK_API_URL \
        ASPNETCORE_ENVIRONMENT=Production DOTNET_ENVIRONMENT=Production \
        CLERK_JWT_KEY="$(< "$work_dir/key.pem")" CLERK_AUTHORIZED_PARTIES="$(< "$work_dir/party.txt")" \
        "${server_cpu[@]}" dotnet "$server_dll" "${case_mode[$case]}" --urls "http://127.0.0.1:$port" \
        --LoadTest:Issuer="$(< "$work_dir/issuer.txt")" > "$work_dir/server-$case.log" 2>&1 &
    case_pid[$case]=$!
    case_port[$case]=$port
    port=$((port + 1))
done

url() { echo "http://127.0.0.1:${case_port[$1]}${2:-${case_path[$1]}}"; }
auth_args() { if [[ "${case_auth[$1]}" == yes ]]; then printf '%s\n' -H "Authorization: Bearer $token"; fi; }

# Up to 60 s for every server to answer (start-up on a busy machine is slow).
for case in "${cases[@]}"; do
    deadline=$(($(date +%s) + 60))
    until curl -sf -o /dev/null "$(url "$case" /__alloc)"; do
        if ! kill -0 "${case_pid[$case]}" 2> /dev/null; then
            cat "$work_dir/server-$case.log" >&2
            fail "server ($case) ${case_mode[$case]} exited during start-up (log above)"
        fi
        (($(date +%s) < deadline)) || fail "server ($case) ${case_mode[$case]} did not answer within 60 s on $(url "$case" /__alloc)"
        sleep 0.2
    done
done

# Same answer everywhere: 200 and the same bytes and content type; (b) and (d) refuse a request without the token.
for case in "${cases[@]}"; do
    mapfile -t auth < <(auth_args "$case")
    answer=$(curl -s -o "$work_dir/body-$case.json" -w '%{http_code} %{content_type}' "${auth[@]}" "$(url "$case")")
    [[ "$answer" == "200 application/json; charset=utf-8" ]] || fail "($case) $(url "$case") answered '$answer', expected 200 JSON"
    cmp -s "$work_dir/body-a.json" "$work_dir/body-$case.json" \
        || fail "($case) answers a different body than (a): $(< "$work_dir/body-$case.json")"
    if [[ "${case_auth[$case]}" == yes ]]; then
        status=$(curl -s -o /dev/null -w '%{http_code}' "$(url "$case")")
        [[ "$status" == 401 || "$status" == 404 ]] || fail "($case) $(url "$case") answered $status without the token, expected 401 or 404"
    fi
done
echo "Every case answers $(< "$work_dir/body-a.json"); (b) and (d) refuse requests without the token."

run_wrk() { # case, seconds, output file
    mapfile -t auth < <(auth_args "$1")
    "${wrk_cpu[@]}" wrk -t"$threads" -c"$connections" -d"$2s" --latency "${auth[@]}" "$(url "$1")" > "$3"
}

# The server's CPU time (user + system, in clock ticks) from /proc: per request, it is steadier than requests/s when
# other work on the machine takes cores away, since time spent waiting for a core is not counted.
cpu_ticks() { awk '{ print $14 + $15 }' "/proc/${case_pid[$1]}/stat"; }

# Warm-up: tiered JIT, connection pools and caches (Clerk's verified-token cache included) settle before measuring.
for case in "${cases[@]}"; do
    echo "Warming up ($case) ${case_mode[$case]} for $warmup s..."
    run_wrk "$case" "$warmup" "$work_dir/raw/warmup-$case.txt"
done

# Interleaved rounds, so slow drifts of the shared machine's load fall on every case alike; the starting case turns
# each round so that no case always runs right after the same neighbour.
for round in $(seq 1 "$rounds"); do
    for i in "${!cases[@]}"; do
        case=${cases[$(((i + round - 1) % ${#cases[@]}))]}
        before=$(curl -sf "$(url "$case" /__alloc)")
        cpu_before=$(cpu_ticks "$case")
        run_wrk "$case" "$seconds" "$work_dir/raw/round$round-$case.wrk"
        cpu_after=$(cpu_ticks "$case")
        after=$(curl -sf "$(url "$case" /__alloc)")
        echo "$before $after" > "$work_dir/raw/round$round-$case.alloc"
        echo "$cpu_before $cpu_after $(getconf CLK_TCK)" > "$work_dir/raw/round$round-$case.cpu"
        echo "Round $round/$rounds ($case) ${case_mode[$case]}: $(grep 'Requests/sec' "$work_dir/raw/round$round-$case.wrk" | tr -s ' ')"
    done
done
finished=$(date +%s)

wrk -v > "$work_dir/raw/wrk-version.txt" 2>&1 || true
python3 "$repo_dir/bench/report.py" loadtest \
    --raw "$work_dir/raw" --out "$out_dir" --repo "$repo_dir" --mode "$mode" \
    --rounds "$rounds" --seconds "$seconds" --warmup "$warmup" \
    --threads "$threads" --connections "$connections" --pinning "$pinning" --elapsed "$((finished - started))"
echo "Wrote ${out_dir#"$repo_dir"/}/loadtest.md and loadtest.goals.json in $((finished - started)) s."
