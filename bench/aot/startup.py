"""Startup to first response and working set, native vs JIT, interleaved.

Each run: spawn the app, poll GET /api/is-authenticated every ~5 ms until the first HTTP response (ms since the
spawn), read VmRSS; then 2,000 GET /api as Ada (a [Protected] route: token verification, JSON) and read VmRSS and
VmHWM (the peak). One discarded warm-up start per side first (page cache, emulator), then ROUNDS rounds that
alternate which side starts first, so drift on a shared machine falls on both alike.

usage: startup.py KEYS_FILE NATIVE_EXE JIT_EXE ROUNDS OUT_JSON LOG_DIR
"""
import http.client
import json
import os
import re
import shutil
import subprocess
import sys

from emulator import Backend, read_keys
from sample import RunningSample

REQUESTS = 2000
CONCURRENCY = 4


def load(port, token):
    """REQUESTS requests of GET /api with the bearer token; every one must be a 200."""
    url = f"http://127.0.0.1:{port}/api"
    if shutil.which("hey"):
        result = subprocess.run(["hey", "-n", str(REQUESTS), "-c", str(CONCURRENCY),
                                 "-H", "Authorization: Bearer " + token, url],
                                capture_output=True, text=True, check=True)
        codes = dict((int(code), int(count)) for code, count in re.findall(r"\[(\d+)\]\s+(\d+) responses", result.stdout))
        if codes != {200: REQUESTS}:
            raise RuntimeError(f"hey: status codes {codes}\n{result.stdout}")
        return "hey"
    # A plain keep-alive loop when hey is not installed (one connection, so lighter than hey's four).
    conn = http.client.HTTPConnection("127.0.0.1", port, timeout=30)
    for _ in range(REQUESTS):
        conn.request("GET", "/api", headers={"Authorization": "Bearer " + token})
        response = conn.getresponse()
        response.read()
        if response.status != 200:
            raise RuntimeError(f"GET /api: {response.status}")
    conn.close()
    return "python loop"


def measure(executable, clerk, token, log_path):
    with RunningSample(executable, clerk, log_path) as app:
        first_ms = app.wait_first_response()
        rss_first, _ = app.memory_mb()
        tool = load(app.port, token)
        rss_loaded, hwm = app.memory_mb()
    return {"first_response_ms": first_ms, "rss_first_mb": rss_first, "rss_loaded_mb": rss_loaded,
            "hwm_mb": hwm, "load_tool": tool}


def main(keys_file, native_exe, jit_exe, rounds, out_json, log_dir):
    clerk = read_keys(keys_file)
    backend = Backend(clerk)
    token = backend.sign_in(backend.user_id("ada@example.com"), backend.organization_id("acme"))
    sides = {"native": native_exe, "jit": jit_exe}
    logs = {side: os.path.join(log_dir, f"startup-{side}.log") for side in sides}
    for side, exe in sides.items():
        measure(exe, clerk, token, logs[side])  # warm-up, discarded
    runs = {side: [] for side in sides}
    for i in range(int(rounds)):
        order = ["native", "jit"] if i % 2 == 0 else ["jit", "native"]
        for side in order:
            run = measure(sides[side], clerk, token, logs[side])
            runs[side].append(run)
            print(f"  round {i + 1} {side:6}: first response {run['first_response_ms']:7.1f} ms, "
                  f"RSS {run['rss_first_mb']:6.1f} MB -> {run['rss_loaded_mb']:6.1f} MB after {REQUESTS} requests "
                  f"(peak {run['hwm_mb']:.1f} MB)", flush=True)
    with open(out_json, "w") as out:
        json.dump({"requests": REQUESTS, "concurrency": CONCURRENCY, "rounds": int(rounds), "runs": runs}, out, indent=1)


if __name__ == "__main__":
    main(*sys.argv[1:])
