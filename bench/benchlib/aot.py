"""The Native AOT section: what bench/aot/run.sh left in its out folder (publish logs, both publishes, routes.json
from routes.py, startup.json from startup.py), and the build files' suppressions of trim/AOT warnings."""

import glob
import os
import re
import statistics

from . import goals, parts
from .files import read_json
from .markdown import table

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
CALLERS = [("signed-out", "signed out"), ("ada", "Ada (org admin)"), ("grace", "Grace (member)")]


def add_arguments(parser):
    parser.add_argument("--raw", required=True, help="bench/aot/run.sh's out folder")
    parser.add_argument("--out", required=True, help="where aot.md and aot.goals.json go")


def run(args):
    out = args.raw
    warnings = diagnostics(os.path.join(out, "publish-native.log"), "warning")
    errors = diagnostics(os.path.join(out, "publish-native.log"), "error")
    trim_aot = [w for w in warnings if re.search(r"\bIL[23]\d{3}\b", w)]
    suppressed = global_suppressions()
    native_binary = os.path.join(out, "native", "RouteHandlers")
    built = os.path.isfile(native_binary)
    rows, startup = read_json(os.path.join(out, "routes.json")), read_json(os.path.join(out, "startup.json"))
    works = sum(r["works"] for r in rows)
    native_ms = statistics.median(r["first_response_ms"] for r in startup["runs"]["native"])
    jit_ms = statistics.median(r["first_response_ms"] for r in startup["runs"]["jit"])

    measures = {"warnings": len(warnings), "errors": len(errors), "global suppressions": len(suppressed),
                "binary built": built, "answers not identical or not as expected": len(rows) - works,
                "JIT / native startup to first response": jit_ms / native_ms}
    publish, routes, first_response = goals.of_part("aot")
    records = [
        publish.row(measures, f"{len(warnings)} warnings ({len(trim_aot)} IL2xxx/IL3xxx), {len(errors)} errors, "
                              f"{len(suppressed)} global suppressions, binary {'built' if built else 'missing'}"),
        routes.row(measures, f"{works}/{len(rows)} route × caller answers identical and as expected"),
        first_response.row(measures, f"native {native_ms:.0f} ms, JIT {jit_ms:.0f} ms ({jit_ms / native_ms:.2f}×)"),
    ]
    libraries = sum(size_mb(p) for p in glob.glob(os.path.join(out, "native", "*.so")))
    md = ["## Native AOT", "",
          "samples/RouteHandlers published twice from the same sources: Native AOT (`-r linux-x64 -p:PublishAot=true`) "
          "and plain JIT (framework-dependent, ReadyToRun off, default tiered compilation), both run in Production "
          "against the standalone emulator (`src/Clerk.Emulator/Tool`, seeded with `clerk-seed.json`) as a real Clerk "
          f"instance (secret key, JWKS verification). Server GC: {str(server_gc(out)).lower()} on both (the Web SDK "
          "default). Both log as the sample's appsettings.json says (ASP.NET Core's own categories at Warning, so no "
          "line per request), to a file.", "",
          "### Publish", "",
          f"- Native publish: {'binary built' if built else '**no binary**'}; **{len(warnings)} warnings** "
          f"({len(trim_aot)} trim/AOT IL2xxx/IL3xxx), {len(errors)} errors, counted from a clean build "
          "(TreatWarningsAsErrors off for the count only).",
          f"- Global suppressions of trim/AOT warnings in the build files: {len(suppressed)}"
          + (": " + "; ".join(suppressed) if suppressed else "") + ". Local `[UnconditionalSuppressMessage]` in src/ "
          f"and samples/: {local_suppressions()}.",
          f"- JIT publish warnings: {len(diagnostics(os.path.join(out, 'publish-jit.log'), 'warning'))}.",
          f"- Native binary: {size_mb(native_binary):.1f} MB (`RouteHandlers`; debug symbols in a separate .dbg not "
          f"counted); with the native libraries beside it (*.so): {size_mb(native_binary) + libraries:.1f} MB; "
          f"JIT publish (needs the shared framework installed): {size_mb(os.path.join(out, 'jit')):.1f} MB."]
    md += [f"  - `{w[:300]}`" for w in (warnings + errors)[:20]]
    md += ["", "### Every route, native vs JIT", "",
           f"{works}/{len(rows)} answers identical on both (status, media type, Location, body; the app's own origin "
           "and a problem's traceId normalized) and with the expected status. A cell shows the status when so.", ""]
    md += route_table(rows)
    md += startup_table(startup, native_ms, jit_ms)
    parts.write(args.out, "aot", md, records)


def diagnostics(log_path, kind):
    """Distinct `warning CODE` / `error CODE` lines of a build log. MSBuild prints each twice (inline and in the
    summary); the trailing [project] differs by nothing, so lines are compared without it."""
    found = set()
    if not os.path.exists(log_path):
        return []
    with open(log_path, errors="replace") as log:
        for line in log:
            if re.search(rf"\b{kind}\s+[A-Z]+\d+\b", line) or re.search(rf"\b{kind}\s*:", line):
                found.add(re.sub(r"\s*\[[^\]]*\]\s*$", "", line.strip()))
    return sorted(found)


def global_suppressions():
    """Project-wide switches that would hide trim/AOT warnings, in the files that build the sample."""
    files = [os.path.join(ROOT, "Directory.Build.props"),
             os.path.join(ROOT, "samples", "RouteHandlers", "RouteHandlers.csproj")]
    files += glob.glob(os.path.join(ROOT, "src", "**", "*.csproj"), recursive=True)
    files += glob.glob(os.path.join(ROOT, "src", "**", "Directory.Build.*"), recursive=True)
    pattern = re.compile(r"<NoWarn>[^<]*\bIL[23]\d{3}|Suppress(Trim|Aot)AnalysisWarnings>\s*true|"
                         r"EnableTrimAnalyzer>\s*false|EnableAotAnalyzer>\s*false|IsAotCompatible>\s*false|"
                         r"<WarningsNotAsErrors>[^<]*\bIL[23]\d{3}|IlcTreatWarningsAsErrors|TrimmerSingleWarn", re.I)
    hits = []
    for path in files:
        with open(path, errors="replace") as f:
            for number, line in enumerate(f, 1):
                if pattern.search(line):
                    hits.append(f"{os.path.relpath(path, ROOT)}:{number}: {line.strip()}")
    return hits


def local_suppressions():
    """[UnconditionalSuppressMessage] in the code the sample compiles: allowed (each states its justification),
    counted."""
    count = 0
    for folder in ("src", "samples"):
        for path in glob.glob(os.path.join(ROOT, folder, "**", "*.cs"), recursive=True):
            if f"{os.sep}obj{os.sep}" in path or f"{os.sep}bin{os.sep}" in path:
                continue
            with open(path, errors="replace") as f:
                count += f.read().count("UnconditionalSuppressMessage(")
    return count


def server_gc(out):
    """Whether the JIT publish runs with server GC (the native one has the same setting compiled in)."""
    config_path = os.path.join(out, "jit", "RouteHandlers.runtimeconfig.json")
    if not os.path.exists(config_path):
        return "?"
    return read_json(config_path).get("runtimeOptions", {}).get("configProperties", {}).get("System.GC.Server", False)


def size_mb(path):
    if os.path.isfile(path):
        return os.path.getsize(path) / 1e6
    return sum(os.path.getsize(os.path.join(d, f)) for d, _, fs in os.walk(path) for f in fs) / 1e6


def route_cell(row):
    n, j = row["native"]["status"], row["jit"]["status"]
    if row["works"]:
        return f"{n} ✓"
    if not row["identical"] and n == j:
        return f"{n} ✗ (bodies differ)"
    return f"✗ native {n} / JIT {j} (expected {row['expected']})"


def route_table(rows):
    routes = {}
    for row in rows:
        routes.setdefault(row["route"], {})[row["caller"]] = row
    cells = []
    for label, by_caller in routes.items():
        # "METHOD PATH[ `Header: value`][ (note)]": the request line in code, what tells it apart after it.
        method, path, extra = (label.split(" ", 2) + [""])[:3]
        cells.append((f"`{method} {path}` {extra}", *(route_cell(by_caller[c]) for c, _ in CALLERS)))
    return table(("route", *(name for _, name in CALLERS)), "l" * (len(CALLERS) + 1), cells)


def startup_table(startup, native_ms, jit_ms):
    runs = startup["runs"]

    def stat(side, key, fn=statistics.median):
        return fn([r[key] for r in runs[side]])

    rows = [("startup to first response, median", f"{native_ms:.0f} ms", f"{jit_ms:.0f} ms",
             f"{jit_ms / native_ms:.2f}×"),
            ("startup to first response, min", f"{stat('native', 'first_response_ms', min):.0f} ms",
             f"{stat('jit', 'first_response_ms', min):.0f} ms", "")]
    for key, label in (("rss_first_mb", "working set after the first response"),
                       ("rss_loaded_mb", f"working set after {startup['requests']} requests"),
                       ("hwm_mb", "peak working set (VmHWM)")):
        n, j = stat("native", key), stat("jit", key)
        rows.append((label, f"{n:.1f} MB", f"{j:.1f} MB", f"{j / n:.2f}×"))
    return ["", f"### Startup and working set ({startup['rounds']} interleaved rounds, medians)", "",
            "Startup: from spawning the process to the first HTTP response of `GET /api/is-authenticated` (polled "
            f"every ~5 ms). Working set: VmRSS right after that response, and after {startup['requests']} `GET /api` "
            f"as Ada ({runs['native'][0]['load_tool']}, {startup['concurrency']} connections; a [Protected] route, so "
            "JWKS fetch, token verification and JSON have run), plus the peak (VmHWM).", "",
            *table(("", "native AOT", "JIT", "JIT / native"), "lrrr", rows), ""]
