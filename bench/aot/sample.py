"""Starting samples/RouteHandlers (native or JIT publish) in Production against the emulator, and talking to it.

Shared by routes.py and startup.py, so both run the app the same way: same environment, same first-response wait.
"""
import http.client
import os
import signal
import socket
import subprocess
import time

AUTHORIZED_PARTY = "https://app.example.com"


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def environment(port, clerk):
    """Production, the emulator's keys, nothing of the caller's Clerk or runtime knobs leaking in.

    DOTNET_* knobs (GC, tiering, ...) would change one side's behaviour; DOTNET_ROOT stays so the JIT apphost finds
    the runtime.
    """
    env = {k: v for k, v in os.environ.items()
           if not (k.upper().startswith(("CLERK_", "CLERK__", "ASPNETCORE_", "COMPLUS_"))
                   or (k.upper().startswith("DOTNET_") and not k.upper().startswith("DOTNET_ROOT")))}
    env.update({
        "ASPNETCORE_ENVIRONMENT": "Production",
        "ASPNETCORE_URLS": f"http://127.0.0.1:{port}",
        "CLERK_API_URL": clerk["api_url"],
        "CLERK_SECRET_KEY": clerk["secret_key"],
        "CLERK_PUBLISHABLE_KEY": clerk["publishable_key"],
        "CLERK_AUTHORIZED_PARTIES": AUTHORIZED_PARTY,
        # The sample has a webhook route, which needs its signing secret outside Development.
        "CLERK_WEBHOOK_SIGNING_SECRET": clerk["webhook_secret"],
    })
    return env


def request(port, method, path, headers=None, body=None, timeout=30):
    """One request, redirects not followed: (status, headers as a lower-cased dict, body bytes)."""
    conn = http.client.HTTPConnection("127.0.0.1", port, timeout=timeout)
    try:
        conn.request(method, path, body=body, headers=headers or {})
        response = conn.getresponse()
        data = response.read()
        return response.status, {k.lower(): v for k, v in response.getheaders()}, data
    finally:
        conn.close()


class RunningSample:
    """The published app as its own process, cwd = its publish directory (the content root, as deployed)."""

    def __init__(self, executable, clerk, log_path):
        self.port = free_port()
        self.log = open(log_path, "ab")
        # The clock starts just before the spawn: fork/exec and the loader count, on both sides alike.
        self.spawned = time.perf_counter()
        self.process = subprocess.Popen([executable], cwd=os.path.dirname(executable),
                                        env=environment(self.port, clerk),
                                        stdin=subprocess.DEVNULL, stdout=self.log, stderr=subprocess.STDOUT)

    @property
    def pid(self):
        return self.process.pid

    def wait_first_response(self, path="/api/is-authenticated", poll_seconds=0.005, timeout=60):
        """Polls path every ~5 ms until any HTTP response; returns ms from the spawn to that response."""
        deadline = self.spawned + timeout
        while time.perf_counter() < deadline:
            if self.process.poll() is not None:
                raise RuntimeError(f"the app exited with {self.process.returncode} before answering (log: {self.log.name})")
            try:
                request(self.port, "GET", path, timeout=10)
                return (time.perf_counter() - self.spawned) * 1000
            except (ConnectionError, socket.timeout, http.client.HTTPException, OSError):
                time.sleep(poll_seconds)
        raise RuntimeError(f"no response from {path} within {timeout} s (log: {self.log.name})")

    def memory_mb(self):
        """VmRSS and VmHWM of the process, in MB (the kernel reports kB)."""
        values = {}
        with open(f"/proc/{self.pid}/status") as status:
            for line in status:
                name, _, rest = line.partition(":")
                if name in ("VmRSS", "VmHWM"):
                    values[name] = int(rest.split()[0]) / 1024
        return values["VmRSS"], values["VmHWM"]

    def stop(self):
        if self.process.poll() is None:
            self.process.send_signal(signal.SIGTERM)
            try:
                self.process.wait(timeout=10)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait()
        self.log.close()

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.stop()
