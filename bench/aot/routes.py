"""Every route of samples/RouteHandlers, signed out, as Ada (admin of Acme) and as Grace (member of Acme), on the
native and the JIT publish against the same emulator: status, media type, Location and body must be identical, and
the status the one the route file (and tests/Clerk.EndToEnd.Tests' SeedRouteChecks) expects.

usage: routes.py KEYS_FILE NATIVE_EXE JIT_EXE OUT_JSON LOG_DIR
"""
import base64
import json
import os
import re
import sys

from emulator import Backend, read_keys
from sample import RunningSample, request

OUT, ADA, GRACE = "signed-out", "ada", "grace"
CALLERS = [OUT, ADA, GRACE]
JSON = {"Content-Type": "application/json"}


def case(method, path, expect, headers=None, body=None, note=""):
    """expect: one status for every caller, or a dict per caller; note tells apart two cases of one route."""
    label = f"{method} {path}" + "".join(f" `{k}: {v}`" for k, v in (headers or {}).items()
                                         if k not in ("Content-Type", "Content-Length")) + (f" ({note})" if note else "")
    return {"method": method, "path": path, "headers": headers or {}, "body": body, "label": label,
            "expect": expect if isinstance(expect, dict) else {c: expect for c in CALLERS}}


CASES = [
    case("GET", "/api", {OUT: 404, ADA: 200, GRACE: 200}),
    # A signed-out page load is sent to the instance's sign-in page instead of the API 404.
    case("GET", "/api?tab=1", {OUT: 307, ADA: 200, GRACE: 200}, {"Sec-Fetch-Dest": "document"}),
    case("GET", "/api/is-authenticated", {OUT: 401, ADA: 200, GRACE: 200}),
    case("GET", "/api/current-user", {OUT: 401, ADA: 200, GRACE: 200}),
    case("GET", "/api/supabase", {OUT: 401, ADA: 200, GRACE: 200}),
    case("GET", "/api/org", {OUT: 404, ADA: 200, GRACE: 404}),
    case("GET", "/api/reports", {OUT: 404, ADA: 200, GRACE: 200}),
    case("GET", "/api/users/42?name=Grace", 200),
    case("GET", "/api/users/abc", 400),
    case("PUT", "/api/users/7", 200, JSON, b'{"name":"Linus"}', "JSON body"),
    case("PUT", "/api/users/7", 400, JSON, b'{"name":', "malformed JSON"),
    case("DELETE", "/api/users/7", 200),
    case("HEAD", "/api/users/42", 200),
    case("OPTIONS", "/api/users/42", 204),
    case("POST", "/api/users/42", 405),
    case("GET", "/api/users/me", 200),
    case("GET", "/api/files/a/b/c.txt", 200),
    case("GET", "/api/files", 404),
    case("GET", "/api/docs", 200),
    case("GET", "/api/docs/intro/setup", 200),
    case("GET", "/api/stats", 200, {"X-Trace": "t-1"}),
    case("GET", "/api/_lib", 404),
    # The OpenAPI document: built from the endpoints' metadata, the same in the native binary as under JIT.
    case("GET", "/openapi/v1.json", 200),
    # Last: it renames the caller John Wick in the emulator (main gives the seed's names back before each app).
    case("POST", "/api/update-user", {OUT: 307, ADA: 200, GRACE: 200}, {"Content-Length": "0"}, b""),
]


def jwt_claims(token):
    """A minted token as the claims it carries, less those that name the moment it was minted."""
    payload = token.split(".")[1]
    claims = json.loads(base64.urlsafe_b64decode(payload + "=" * (-len(payload) % 4)))
    for moment in ("iat", "nbf", "exp", "jti"):
        claims.pop(moment, None)
    return claims


def normalized(port, headers, body):
    """What must match across the two apps: the app's own origin (its port differs), a problem's traceId removed, and
    a minted token (/api/supabase shows the one it got) as its claims less the moment it was minted."""
    text = body.decode("utf-8", "replace").replace(f"127.0.0.1:{port}", "{app}")
    location = headers.get("location", "").replace(f"127.0.0.1:{port}", "{app}")
    location = re.sub(r"127\.0\.0\.1%3A" + str(port), "{app}", location)
    media = headers.get("content-type", "").split(";")[0].strip()
    if media == "application/problem+json":
        problem = json.loads(text)
        problem.pop("traceId", None)
        text = json.dumps(problem, sort_keys=True)
    elif media == "application/json" and '"token":"ey' in text:
        answer = json.loads(text)
        answer["token"] = jwt_claims(answer["token"])
        text = json.dumps(answer, sort_keys=True)
    return {"media": media, "location": location, "body": text}


def run(executable, clerk, tokens, log_path):
    answers = {}
    with RunningSample(executable, clerk, log_path) as app:
        app.wait_first_response()
        for c in CASES:
            for caller in CALLERS:
                headers = dict(c["headers"])
                if tokens[caller]:
                    headers["Authorization"] = "Bearer " + tokens[caller]
                status, response_headers, body = request(app.port, c["method"], c["path"], headers, c["body"])
                answers[c["label"], caller] = {"status": status, **normalized(app.port, response_headers, body)}
    return answers


def main(keys_file, native_exe, jit_exe, out_json, log_dir):
    clerk = read_keys(keys_file)
    backend = Backend(clerk)
    acme = backend.organization_id("acme")
    # One session per seed user, the same tokens for both apps: each app verifies them itself (its own JWKS fetch).
    tokens = {OUT: None,
              ADA: backend.sign_in(backend.user_id("ada@example.com"), acme),
              GRACE: backend.sign_in(backend.user_id("grace@example.com"), acme)}
    # update-user renames its caller: each app starts from the seed's names, so current-user answers the same.
    callers = [backend.user_id(email) for email in ("ada@example.com", "grace@example.com")]
    seeded = {user: backend.names(user) for user in callers}

    def run_from_seed(executable, log):
        for user, names in seeded.items():
            backend.rename(user, names)
        return run(executable, clerk, tokens, os.path.join(log_dir, log))

    native = run_from_seed(native_exe, "routes-native.log")
    jit = run_from_seed(jit_exe, "routes-jit.log")

    rows = []
    for c in CASES:
        for caller in CALLERS:
            n, j = native[c["label"], caller], jit[c["label"], caller]
            expected = c["expect"][caller]
            rows.append({"route": c["label"], "caller": caller,
                         "expected": expected, "native": n, "jit": j,
                         "identical": n == j, "works": n == j and n["status"] == expected})
    with open(out_json, "w") as out:
        json.dump(rows, out, indent=1)
    failed = [r for r in rows if not r["works"]]
    print(f"routes: {len(rows) - len(failed)}/{len(rows)} identical and as expected")
    for r in failed:
        print(f"  {r['route']} ({r['caller']}): expected {r['expected']}, native {r['native']['status']} "
              f"{r['native']['body'][:120]!r}, JIT {r['jit']['status']} {r['jit']['body'][:120]!r}")


if __name__ == "__main__":
    main(*sys.argv[1:])
