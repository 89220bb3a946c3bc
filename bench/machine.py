"""What every benchmark report says about the machine and the code it measured (imported by the report scripts)."""

import platform
import subprocess


def cpu_model():
    try:
        with open("/proc/cpuinfo", encoding="utf-8") as f:
            for line in f:
                if line.startswith("model name"):
                    return line.split(":", 1)[1].strip()
    except OSError:
        pass
    return platform.processor() or "unknown CPU"


def os_name():
    try:
        with open("/etc/os-release", encoding="utf-8") as f:
            for line in f:
                if line.startswith("PRETTY_NAME="):
                    return line.split("=", 1)[1].strip().strip('"')
    except OSError:
        pass
    return platform.system()


def head_commit(repo, short=False):
    """The checked-out commit, or None outside a git checkout."""
    args = ["git", "-C", repo, "rev-parse", *(["--short"] if short else []), "HEAD"]
    try:
        return subprocess.run(args, capture_output=True, text=True, check=True).stdout.strip() or None
    except (OSError, subprocess.CalledProcessError):
        return None
