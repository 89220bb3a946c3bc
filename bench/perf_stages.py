#!/usr/bin/env python3
"""Sorts `perf script -F tid,ip,sym,dso` samples of `Clerk.Benchmarks --cold-loop` into the stages of a cold
verification and prints a Markdown section (called by bench/run.sh)."""

import argparse
import collections
import re
import sys

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


def main():
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--loop", required=True, help="the --cold-loop output line")
    args = parser.parse_args()
    match = re.search(r"([\d.]+) µs per cold verification", args.loop)
    if not match:
        sys.exit(f"perf_stages.py: no timing in {args.loop!r}")
    microseconds = float(match.group(1))

    stage_samples = collections.Counter()
    leaf_samples = collections.Counter()
    total = 0
    for frames, dsos in samples(sys.stdin):
        total += 1
        stage = next((name for name, test in STAGES if test(frames, dsos)), None)
        if stage is None:
            managed = any("[" in f and "::" in f for f in frames)
            stage = OTHER if managed or not dsos or not re.search(r"libc\.so|ld-linux|libcoreclr", dsos[0]) else UNATTRIBUTED
        stage_samples[stage] += 1
        if not stage.startswith("RSA") and frames and "::" in frames[0]:
            leaf_samples[short(frames[0])] += 1
    if total == 0:
        sys.exit("perf_stages.py: no samples")

    print(f"Where a cold verification's time goes: `perf record -g` (999 Hz) of `Clerk.Benchmarks --cold-loop`, "
          f"{total:,} samples, {microseconds:.2f} µs per verification in that loop. Samples are sorted into stages "
          "by the frames on their stack; OpenSSL has no frame pointers, so its own allocations and locks can lose "
          "their managed caller (last row but one).")
    print()
    print("| Stage | Share | ≈ µs per verification |")
    print("|---|--:|--:|")
    for name, _ in STAGES:
        print(row(name, stage_samples[name], total, microseconds))
    print(row(UNATTRIBUTED, stage_samples[UNATTRIBUTED], total, microseconds))
    print(row(OTHER, stage_samples[OTHER], total, microseconds))
    print()
    rsa = stage_samples[STAGES[0][0]]
    verification = total - stage_samples[OTHER]
    print(f"By these shares a cold verification costs {verification / (rsa + stage_samples[UNATTRIBUTED]):.2f}× to "
          f"{verification / rsa:.2f}× its RSA check (the range: whether the unattributed native time is OpenSSL's or not). "
          "A sampling profile counts only this process's own time, so unlike the timings above it is not moved by "
          "other load on the machine.")
    print()
    print("Hottest managed functions outside the RSA check (self time):")
    print()
    print("| Function | Share | ≈ µs per verification |")
    print("|---|--:|--:|")
    for name, count in leaf_samples.most_common(10):
        print(row(f"`{name}`", count, total, microseconds))


def samples(lines):
    """Yields (frames, dsos) per sample, leaf first."""
    frames, dsos = [], []
    for line in lines:
        line = line.rstrip("\n")
        if not line.strip():
            if frames:
                yield frames, dsos
            frames, dsos = [], []
            continue
        if not line.startswith(("\t", " ")):
            continue  # the tid line that opens a sample
        match = re.match(r"\s*[0-9a-f]+ (.*) \((.*)\)$", line)
        if match:
            frames.append(match.group(1))
            dsos.append(match.group(2))
    if frames:
        yield frames, dsos


def short(symbol):
    """`instance bool [System.Text.Json] System.Text.Json.JsonDocument::TryGetNamedPropertyValue(...)[OptimizedTier1]`
    → `JsonDocument.TryGetNamedPropertyValue`."""
    match = re.search(r"([\w.`+<>|$]+)::([\w.`<>|$]+)\(", symbol)
    if not match:
        return symbol[:80]
    return f"{match.group(1).split('.')[-1]}.{match.group(2)}"


def row(name, count, total, microseconds):
    share = count / total
    return f"| {name} | {share:.1%} | {share * microseconds:.2f} |"


if __name__ == "__main__":
    main()
