"""The fleet section: what `Clerk.Benchmarks --fleet` wrote (bench/run.sh's fleet part), the Backend API calls of one
and three app instances without and with Redis, and what a cached user costs against the call it saves."""

from . import goals, parts
from .files import read_json
from .markdown import table

USERS, TOKENS, JWKS = ("GET /v1/users/{user_id}", "POST /v1/sessions/{session_id}/tokens/{template_name}",
                       "GET /v1/jwks")
# The calls the shared caches are for; the JWKS is each instance's own (its verification keys stay in its memory).
CACHED = (USERS, TOKENS)
READS = (("memory (L1 hit)", "MemoryHit"), ("Redis (L2 hit: memory missed)", "RedisHit"),
         ("`GET /v1/users/{user_id}` (the call a hit saves)", "ApiCall"))


def add_arguments(parser):
    parser.add_argument("--raw", required=True, help="the JSON `Clerk.Benchmarks --fleet` wrote")
    parser.add_argument("--out", required=True, help="where fleet.md and fleet.goals.json go")
    parser.add_argument("--mode", choices=("quick", "full"), required=True)
    parser.add_argument("--latency-seconds", type=int, required=True)
    parser.add_argument("--seconds", type=int, required=True, help="how long build and run took")


def run(args):
    result = read_json(args.raw)
    fleets = {(f["Instances"], f["Redis"]): f for f in result["Calls"]}
    latency = result["Latency"]
    # goals.py's fleet goals in order, each with its measure and what the goal table shows for it.
    judged = [
        (calls(fleets[3, True]) / calls(fleets[3, False]), comparison(fleets[3, True], fleets[3, False])),
        (calls(fleets[3, True]) / calls(fleets[1, True]), comparison(fleets[3, True], fleets[1, True])),
        (latency["MemoryHitOverApiCall"]["Median"], latency_share(latency, "MemoryHit")),
        (latency["RedisHitOverApiCall"]["Median"], latency_share(latency, "RedisHit")),
    ]
    records = [goal.row(value, measured) for goal, (value, measured) in zip(goals.of_part("fleet"), judged)]
    lines = (introduction(args, result) + calls_section(result, fleets) + latency_section(latency)
             + [f"Run: {args.mode} mode, {args.latency_seconds} s of latency rounds after "
                f"{latency['WarmUpSeconds']:.0f} s of warm-up; {args.seconds} s including the build.", ""])
    parts.write(args.out, "fleet", lines, records)


def calls(fleet, endpoints=None):
    """A fleet's Backend API calls (those to `endpoints` only, when given), per 1,000 requests."""
    counted = sum(n for endpoint, n in fleet["CallsByEndpoint"].items() if endpoints is None or endpoint in endpoints)
    return counted * 1000 / fleet["Requests"]


def name(fleet):
    count = fleet["Instances"]
    return f"{count} instance{'s' if count > 1 else ''}, {'Redis' if fleet['Redis'] else 'no Redis'}"


def comparison(numerator, denominator):
    """"23 / 63 calls = 0.37× (users and template tokens: 20 / 60 = 0.33×)"."""
    every_n, every_d = calls(numerator), calls(denominator)
    cached_n, cached_d = calls(numerator, CACHED), calls(denominator, CACHED)
    return (f"{every_n:.0f} / {every_d:.0f} calls = {every_n / every_d:.2f}× "
            f"(users and template tokens: {cached_n:.0f} / {cached_d:.0f} = {cached_n / cached_d:.2f}×)")


def latency_share(latency, kind):
    return (f"{ratio_cell(latency, kind, 'quartiles ')}; "
            f"p50 {microseconds(latency[kind]['P50'])} against {microseconds(latency['ApiCall']['P50'])}")


def ratio_cell(latency, kind, quartiles=""):
    """"1/188 (1/274–1/140)": the median of the rounds' ratios to the API call and its quartiles."""
    ratio = latency[f"{kind}OverApiCall"]
    return (f"{share(ratio['Median'])} ({quartiles}{share(ratio['LowerQuartile'])}–"
            f"{share(ratio['UpperQuartile'])})")


def share(value):
    """0.0035 → "1/286"; 0.42 → "0.42×"."""
    return f"1/{1 / value:,.0f}" if value < 0.05 else f"{value:.2f}×"


def microseconds(value):
    """0.42 → "0.42 µs", 88.4 → "88 µs", 2328 → "2.33 ms"."""
    return f"{value:.2f} µs" if value < 10 else f"{value:.0f} µs" if value < 1000 else f"{value / 1000:.2f} ms"


def introduction(args, result):
    return [
        "## Fleet: shared caches over Redis",
        "",
        f"`bench/run.sh{' --quick' if args.mode == 'quick' else ''} --only fleet` (`Clerk.Benchmarks --fleet`): app "
        "instances in one process, each its own Kestrel on 127.0.0.1 and its own `AddClerk()` (memory level, HTTP "
        "clients, JWKS), in Production with the secret key, against the Clerk emulator on loopback (rate limits off: "
        f"the calls are counted, not refused), `UserCacheDuration` {result['UserCacheSeconds'] / 60:.0f} min. With "
        "Redis, each also registers `AddStackExchangeRedisCache` on one real redis-server, so Clerk's caches have two "
        "levels (memory, Redis) and FusionCache's Redis backplane. Each request does what the sample's "
        "`/api/current-user` and `/api/supabase` do: `auth.CurrentUserAsync()` and `auth.GetTokenAsync(\"supabase\")`.",
        "",
    ]


def calls_section(result, fleets):
    requests = next(iter(fleets.values()))["Requests"]
    endpoints = [USERS, TOKENS, JWKS]
    endpoints += sorted({e for f in fleets.values() for e in f["CallsByEndpoint"]} - set(endpoints))
    rows = [(name(f), *(f"{f['CallsByEndpoint'].get(e, 0) * 1000 / requests:.0f}" for e in endpoints),
             f"**{calls(f):.0f}**", f"{f['Seconds']:.2f} s") for f in result["Calls"]]
    failed = sum(f["FailedCalls"] for f in result["Calls"])
    pairs = [("3 instances with Redis / 3 without", (3, True), (3, False)),
             ("3 instances with Redis / 1 instance with Redis", (3, True), (1, True)),
             ("3 instances without Redis / 1 instance without", (3, False), (1, False)),
             ("1 instance with Redis / 1 without", (1, True), (1, False))]
    return [
        "### Backend API calls per 1,000 requests",
        "",
        f"{requests:,} requests of {result['Users']} signed-in users (a session each), request *i* to instance *i* "
        f"mod *n* as user *i* mod {result['Users']}, {result['Concurrency']} at a time, from freshly started instances "
        "(each has answered one signed-out request) and an empty Redis. Every call that reached the emulator is "
        "counted, by endpoint (its `GET /__emulator/requests`); all answered 2xx"
        + ("" if failed == 0 else f" but {failed}") + ".",
        "",
        *table(("fleet", *(f"`{e}`" for e in endpoints), "total", "1,000 requests took"),
               "l" + "r" * (len(endpoints) + 2), rows),
        "",
        *table(("ratio", "all calls", "users and template tokens"), "lrr",
               [(label, f"{calls(fleets[n]) / calls(fleets[d]):.2f}×",
                 f"{calls(fleets[n], CACHED) / calls(fleets[d], CACHED):.2f}×") for label, n, d in pairs]),
        "",
        "The requests take well under both lifetimes (users 1 min; template tokens until 10 s before their 60 s "
        "expiry), so these are the calls that fill the caches: each user and each session's template token once per "
        "instance without Redis, once for the fleet with it. Over a longer window the fills recur as entries expire, "
        "on both sides alike. The JWKS is each instance's own, fetched once at its first signed-in request.",
        "",
    ]


def latency_section(latency):
    rows = [(label, *(microseconds(latency[kind][p]) for p in ("P50", "P90", "P99")),
             "1×" if kind == "ApiCall" else ratio_cell(latency, kind)) for label, kind in READS]
    block, per_reader = latency["OperationsPerBlock"], latency["RoundsPerReader"]
    return [
        "### What a cached user costs against the call it saves",
        "",
        "`ClerkCache.GetUserAsync` (what `CurrentUserAsync` calls) from memory and from Redis, against the Backend "
        "API call it saves, made through an app instance's `ClerkClient` (the fetch the cache is handed). "
        f"{latency['Rounds']:,} rounds, each three back-to-back blocks of {block} operations, one of each kind, the "
        "order turning each round; each operation timed alone. A Redis hit must miss memory, so each reads an entry "
        f"its cache has never read: a pool of {block * per_reader:,} users written to Redis beforehand by another "
        "cache, read once each by a cache built as every instance's is (Redis and its backplane), a new one with "
        f"empty memory every {per_reader} rounds (its connection opened before anything is timed). Any measured read "
        "that would have called the API fails the run, so the hit figures are hits only. The ratio column is the "
        "median over the rounds of each round's median over its API calls' median (quartiles in parentheses): a "
        "drift of the machine's speed moves a round's blocks alike and cancels.",
        "",
        *table(("read", "p50", "p90", "p99", "of the API call, per round"), "lrrrr", rows),
        "",
        "The emulator answers in-process over loopback, the cheapest Backend API call there can be: Clerk's own is a "
        "network round trip, tens of milliseconds, against which both hits are smaller still. Redis is a process of "
        "its own on the same two cores, so a busy machine slows a Redis hit more than the in-process API call, most "
        "in its p99 (a read that waited for redis-server to get a core).",
        "",
    ]
