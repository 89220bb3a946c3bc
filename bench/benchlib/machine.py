"""What every report says about the machine and the code it measured."""

import platform
import subprocess


def cpu_model():
    return first_value("/proc/cpuinfo", "model name", ":") or platform.processor() or "unknown CPU"


def os_name():
    name = first_value("/etc/os-release", "PRETTY_NAME=", "=")
    return name.strip('"') if name else platform.system()


def first_value(path, key, separator):
    """The value of a system file's first `key<separator>value` line, or None."""
    try:
        with open(path, encoding="utf-8") as f:
            return next((line.split(separator, 1)[1].strip() for line in f if line.startswith(key)), None)
    except OSError:
        return None


def head_commit(repo, short=False):
    """The checked-out commit, or None outside a git checkout."""
    return output(["git", "-C", repo, "rev-parse", *(["--short"] if short else []), "HEAD"])


def commit_and_state(repo):
    """The commit in backquotes, and whether the measured code had uncommitted changes."""
    # The report itself is rewritten by every run, so it never counts as a change to the measured code.
    dirty = output(["git", "-C", repo, "status", "--porcelain", "--untracked-files=no", "--", ".",
                    ":!bench/results/latest.md"])
    return f"`{head_commit(repo) or 'unknown (not a git checkout)'}`" + (" with uncommitted changes" if dirty else "")


def dotnet_sdk():
    return f".NET SDK {output(['dotnet', '--version']) or 'unknown'}"


def output(command):
    """A command's trimmed standard output, or None when it fails or prints nothing."""
    try:
        return subprocess.run(command, capture_output=True, text=True, check=True).stdout.strip() or None
    except (OSError, subprocess.CalledProcessError):
        return None
