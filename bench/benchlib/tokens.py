"""The token-verification and in-process pipeline sections, from BenchmarkDotNet's export of bench/Clerk.Benchmarks
and the paired cold/bare measurement (`Clerk.Benchmarks --paired`)."""

import os

from . import benchmarkdotnet as bdn
from . import goals
from .files import read_json
from .markdown import table
from .units import bytes_exact, ns_fixed

# A standard deviation above this share of the mean marks a run the machine's other load disturbed.
NOISY_RELATIVE_SPREAD = 0.05
BASELINE, COLD, HIT, AUTH = "BareRsaVerify", "ColdVerify", "CacheHit", "AuthConstruction"
COLD_WITH_LISTS = "ColdVerifyThenOrgPermissions"
TOKEN_CLASS, PIPELINE_CLASS = "TokenVerificationBenchmarks", "PipelineBenchmarks"
PROTECTED, UNPROTECTED = "ProtectedRequest", "UnprotectedRequest"
NOT_RUN = ["Not run in this report.", ""]


def sections(benchmarks, paired_path):
    """(goal records, the token section's lines, the pipeline section's lines, whether the token part ran)."""
    tokens = [b for b in benchmarks if b["Type"] == TOKEN_CLASS]
    by_name = {b["Method"]: b for b in tokens}
    ran = all(name in by_name for name in (BASELINE, COLD, COLD_WITH_LISTS, HIT, AUTH)) and os.path.exists(paired_path)
    pipeline = pipeline_section([b for b in benchmarks if b["Type"] == PIPELINE_CLASS])
    if not ran:
        return ([goals.not_run("tokens")],
                ["## Token verification", ""] + NOT_RUN, pipeline, False)
    paired = read_json(paired_path)
    records, notes = goals_and_notes(by_name, paired)
    return records, benchmark_table(tokens) + paired_section(paired) + notes, pipeline, True


def benchmark_table(benchmarks):
    bare = bdn.stat(next(b for b in benchmarks if b["Method"] == BASELINE), "Median")
    lines = ["## Token verification (networkless PEM key, 2048-bit RS256 session token)", "",
             "BenchmarkDotNet, one method after the other:", ""]
    lines += table(("Benchmark", "Mean", "Median", "Min", "Allocated", "Median vs bare RSA"), "lrrrrr",
                   [(f"`{b['Method']}`", ns_fixed(bdn.stat(b, "Mean")), ns_fixed(bdn.stat(b, "Median")),
                     ns_fixed(bdn.stat(b, "Min")), bytes_exact(bdn.allocated(b)),
                     f"{bdn.stat(b, 'Median') / bare:.3f}×") for b in benchmarks], right="--:")
    lines.append("")
    noisy = [b["Method"] for b in benchmarks if bdn.noisy(b, NOISY_RELATIVE_SPREAD)]
    if noisy:
        lines += [f"Noisy run: {', '.join(f'`{name}`' for name in noisy)} varied by more than "
                  f"{NOISY_RELATIVE_SPREAD:.0%} (standard deviation over mean) between iterations, so other load "
                  "on the machine moved these figures; the minimums are the least disturbed.", ""]
    return lines


def paired_section(paired):
    block = paired["OperationsPerBlock"]
    bare, cold = paired["MedianBareMicroseconds"], paired["MedianColdMicroseconds"]
    return [
        f"Paired (`Clerk.Benchmarks --paired`): blocks of {block} bare RSA checks and {block} cold verifications "
        f"alternated in one process, {paired['Pairs']:,} pairs. BenchmarkDotNet measures one method seconds after the "
        "other, so a virtual machine whose speed drifts with its neighbours' load moves its ratio of medians as much "
        "as the code does; each pair here is taken within milliseconds, so drift cancels within it, and a burst "
        "spoils one pair of hundreds, which the median discards.",
        "",
        *table(("Measure", "Bare RSA", "Cold verification", "Ratio"), "lrrr", [
            ("Median per operation", f"{bare:.2f} µs", f"{cold:.2f} µs", f"{cold / bare:.3f}×"),
            ("Median of the pairs' ratios (quartiles)", "", "",
             f"{paired['MedianRatio']:.3f}× "
             f"({paired['LowerQuartileRatio']:.3f}–{paired['UpperQuartileRatio']:.3f})"),
        ], right="--:"),
        "",
    ]


def goals_and_notes(by_name, paired):
    """The part's goal records, and the lines that explain them."""
    hit = by_name[HIT]
    paired_ratio = paired["MedianRatio"]
    measures = {"cold verification / bare RSA, paired": paired_ratio,
                "cache hit ns": bdn.stat(hit, "Median"), "cache hit bytes": bdn.allocated(hit)}
    cold_goal, hit_goal = goals.of_part("tokens")
    separate_ratio = bdn.median_ratio(by_name[COLD], by_name[BASELINE])
    records = [
        cold_goal.row(measures, f"{paired_ratio:.3f}× (median of {paired['Pairs']:,} paired ratios; BenchmarkDotNet's "
                                f"separate medians: {separate_ratio:.3f}×)"),
        hit_goal.row(measures, f"{ns_fixed(bdn.stat(hit, 'Median'))}, {bytes_exact(bdn.allocated(hit))}"),
    ]
    notes = []
    if not cold_goal.met(measures):
        notes += [f"Cold verification is the goal not met: {paired_ratio:.3f}× its RSA check, against "
                  f"{cold_goal.checks[0].shown}. The profile below shows where the time beyond the RSA check goes.", ""]
    auth = by_name[AUTH]
    notes += [f"Cold verification on a route that then checks a permission, feature or plan (`{COLD_WITH_LISTS}`: the "
              "v2 lists are type-checked during verification but taken apart on first read, then kept with the cached "
              f"verdict), paired the same way after them: {paired['MedianColdThenListsMicroseconds']:.2f} µs, "
              f"{paired['MedianColdThenListsRatio']:.3f}× bare RSA (median of the pairs' ratios), "
              f"{bytes_exact(bdn.allocated(by_name[COLD_WITH_LISTS]))} allocated.", "",
              f"`{AUTH}` (building `Clerk.Auth` from a verdict, once per request): "
              f"{ns_fixed(bdn.stat(auth, 'Median'))}, {bytes_exact(bdn.allocated(auth))}.", ""]
    return records, notes


def pipeline_section(pipeline):
    title = ["## A request through the whole pipeline (in-process)", ""]
    by_name = {b["Method"]: b for b in pipeline}
    if PROTECTED not in by_name or UNPROTECTED not in by_name:
        return title + NOT_RUN
    peer = bdn.stat(by_name[UNPROTECTED], "Median")
    return title + [
        "An ASP.NET Core app on `TestServer` (no sockets): `AddClerk()` with the PEM key, `MapRouteHandlers()`, the "
        "same handler generated twice, once `[Protected]` (a valid bearer token, verified once and then a cache hit) "
        "and once not; the client's request and the response body read are part of each operation.",
        "",
        *table(("Benchmark", "Median", "Min", "Allocated", "Median vs unprotected"), "lrrrr",
               [(f"`{name}`", ns_fixed(bdn.stat(b, "Median")), ns_fixed(bdn.stat(b, "Min")),
                 bytes_exact(bdn.allocated(b)), f"{bdn.stat(b, 'Median') / peer:.3f}×")
                for name, b in ((name, by_name[name]) for name in (UNPROTECTED, PROTECTED))], right="--:"),
        "",
    ]
