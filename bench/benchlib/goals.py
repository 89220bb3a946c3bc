"""Every speed and size goal of the benchmarks, in one table; each verdict in bench/results/latest.md comes from here.

A goal names the part that measures it, the measure it judges (the part computes it; `of` says for what: route files,
load-test cases), and one or more checks, all of which must hold. `{limit}` in its text is its first check as it
reads ("≤ 0.5×"); the part fills in the text's other fields ({files}, {endpoints}, {judged_on}) from its run.
"""

from .goal import Check, Goal

GENERATOR_COLD = ("Route generator cold run {limit} RequestDelegateGenerator's for the same endpoints, "
                  "{files} route files ({endpoints} endpoints), {judged_on}")
GENERATOR_INCREMENTAL = "Route generator incremental run {limit} of its cold run, {files} route files, {judged_on}"
ROUTE_FILES = (10, 100, 1000)

GOALS = [
    # A part that wrote no results fails this one in its own place, so a broken part cannot pass by saying nothing.
    Goal("part-ran", "every part", "`{part}` part ran", (Check("results written", "==", True),)),
    # Judged on the paired ratio, the one measurement whose two sides saw the same machine.
    Goal("tokens.cold", "tokens", "Cold verification {limit} bare `RSA.VerifyData`",
         (Check("cold verification / bare RSA, paired", "≤", 1.2, "1.2×"),)),
    Goal("tokens.cache-hit", "tokens", "Cache hit {limit} with 0 B allocated",
         (Check("cache hit ns", "<", 1000.0, "1 µs"), Check("cache hit bytes", "==", 0))),
    *(Goal(f"generator.cold.{files}", "generator", GENERATOR_COLD,
           (Check("ours / RDG cold run", "≤", 0.5, "0.5×"),), (files,)) for files in ROUTE_FILES),
    *(Goal(f"generator.incremental.{files}", "generator", GENERATOR_INCREMENTAL,
           (Check("incremental / cold run", "≤", 0.10, "10%"),), (files,)) for files in ROUTE_FILES),
    # Requests/s of one case over another's, the median of the rounds' paired ratios.
    Goal("loadtest.protected-vs-jwtbearer", "loadtest", "(b) requests/s {limit} (d)",
         (Check("requests/s ratio", "≥", 2.0, "2×"),), ("b", "d")),
    Goal("loadtest.protected-vs-unprotected", "loadtest", "(b) requests/s {limit} (a)",
         (Check("requests/s ratio", "≥", 0.9, "0.9×"),), ("b", "a")),
    Goal("loadtest.generated-vs-minimal", "loadtest", "(a) requests/s {limit} (c)",
         (Check("requests/s ratio", "≥", 1.0, "1×"),), ("a", "c")),
    Goal("aot.publish", "aot",
         "samples/RouteHandlers publishes with PublishAot=true with zero warnings (trim/AOT included), "
         "nothing suppressed globally",
         (Check("warnings", "==", 0), Check("errors", "==", 0), Check("global suppressions", "==", 0),
          Check("binary built", "==", True))),
    Goal("aot.routes", "aot",
         "every seed route works in the native binary against the emulator (same answer as JIT, expected status)",
         (Check("answers not identical or not as expected", "==", 0),)),
    # No ratio is promised, only the direction Native AOT exists for: the same app, environment and first request on
    # both sides, interleaved, medians.
    Goal("aot.startup", "aot", "native startup to first response is faster than JIT's (median)",
         (Check("JIT / native startup to first response", ">", 1.0),)),
]


def by_id(goal_id):
    return next(goal for goal in GOALS if goal.id == goal_id)


def of_part(part):
    return [goal for goal in GOALS if goal.part == part]


def not_run(part):
    """The row that stands for a part's goals when the part wrote no results."""
    return by_id("part-ran").row(False, "no results", part=part)
