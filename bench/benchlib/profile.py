"""The profile of a cold verification: `perf script -F tid,ip,sym,dso` samples of `Clerk.Benchmarks --cold-loop`
(on standard input) sorted into the stages of a cold verification, as a Markdown section."""

import collections
import re
import sys

from .markdown import table

# First match wins, so a stage nested in another (the header's JSON inside CompactJws.TryParse) counts once.
STAGES = [
    ("RSA check (`RsaPkcs1Signature` → OpenSSL)",
     lambda frames, dsos: any("libcrypto" in d or "Cryptography.Native" in d for d in dsos)
     or any("RsaPkcs1Signature::" in f or "System.Security.Cryptography" in f for f in frames)),
    ("Split, base64url-decode, the header when it is new (`CompactJws.TryParse`)",
     lambda frames, dsos: any("CompactJws::TryParse" in f for f in frames)),
    ("Claims (`SessionClaimsReader.TryRead`)",
     lambda frames, dsos: any("SessionClaimsReader::" in f for f in frames)),
    ("Payload JSON, the strict one-pass check (`StrictJson.TryIndexObject`)",
     lambda frames, dsos: any("StrictJson::" in f for f in frames)),
    ("Rest of the verifier (header rules, key lookup, time and azp rules, cache miss, async)",
     lambda frames, dsos: any("Clerk.Verification." in f for f in frames)),
]
UNATTRIBUTED = "Native code with no managed caller on the stack (libc/runtime, mostly OpenSSL's malloc, free and locks)"
OTHER = "Anything else (the loop, GC threads, tiered JIT)"
COLUMNS = ("Stage", "Share", "≈ µs per verification")


def add_arguments(parser):
    parser.add_argument("--loop", required=True, help="the --cold-loop output line")


def run(args):
    match = re.search(r"([\d.]+) µs per cold verification", args.loop)
    if not match:
        sys.exit(f"profile: no timing in {args.loop!r}")
    microseconds = float(match.group(1))
    stage_samples, leaf_samples = collections.Counter(), collections.Counter()
    for frames, dsos in samples(sys.stdin.read()):
        stage = stage_of(frames, dsos)
        stage_samples[stage] += 1
        if not stage.startswith("RSA") and frames and "::" in frames[0]:
            leaf_samples[short(frames[0])] += 1
    total = sum(stage_samples.values())
    if total == 0:
        sys.exit("profile: no samples")

    def share(name, count):
        return (name, f"{count / total:.1%}", f"{count / total * microseconds:.2f}")

    rsa = stage_samples[STAGES[0][0]]
    verification = total - stage_samples[OTHER]
    lines = [
        f"Where a cold verification's time goes: `perf record -g` (999 Hz) of `Clerk.Benchmarks --cold-loop`, "
        f"{total:,} samples, {microseconds:.2f} µs per verification in that loop. Samples are sorted into stages "
        "by the frames on their stack; OpenSSL has no frame pointers, so its own allocations and locks can lose "
        "their managed caller (last row but one).",
        "",
        *table(COLUMNS, "lrr", [share(name, stage_samples[name])
                                for name in [name for name, _ in STAGES] + [UNATTRIBUTED, OTHER]], right="--:"),
        "",
        f"By these shares a cold verification costs {verification / (rsa + stage_samples[UNATTRIBUTED]):.2f}× to "
        f"{verification / rsa:.2f}× its RSA check (the range: whether the unattributed native time is OpenSSL's or "
        "not). A sampling profile counts only this process's own time, so unlike the timings above it is not moved by "
        "other load on the machine.",
        "",
        "Hottest managed functions outside the RSA check (self time):",
        "",
        *table(("Function",) + COLUMNS[1:], "lrr",
               [share(f"`{name}`", count) for name, count in leaf_samples.most_common(10)], right="--:"),
    ]
    print("\n".join(lines))


def stage_of(frames, dsos):
    stage = next((name for name, test in STAGES if test(frames, dsos)), None)
    if stage is not None:
        return stage
    managed = any("[" in f and "::" in f for f in frames)
    native_runtime = dsos and re.search(r"libc\.so|ld-linux|libcoreclr", dsos[0])
    return OTHER if managed or not native_runtime else UNATTRIBUTED


# A sample is a tid line, then one line per frame, leaf first ("\t    7f3a… symbol (dso)"), then a blank line.
SAMPLE_BREAK = re.compile(r"\n\s*\n")
FRAME = re.compile(r"^[\t ][^\S\n]*[0-9a-f]+ (.*) \((.*)\)$", re.MULTILINE)


def samples(text):
    """Yields (frames, dsos) per sample, leaf first."""
    for block in SAMPLE_BREAK.split(text):
        frames = FRAME.findall(block)
        if frames:
            yield [frame for frame, _ in frames], [dso for _, dso in frames]


def short(symbol):
    """`instance bool [System.Text.Json] System.Text.Json.JsonDocument::TryGetNamedPropertyValue(...)[OptimizedTier1]`
    → `JsonDocument.TryGetNamedPropertyValue`."""
    match = re.search(r"([\w.`+<>|$]+)::([\w.`<>|$]+)\(", symbol)
    if not match:
        return symbol[:80]
    return f"{match.group(1).split('.')[-1]}.{match.group(2)}"
