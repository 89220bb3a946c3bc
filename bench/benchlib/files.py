"""Reading what the benchmarks wrote."""

import json


def read_json(path):
    with open(path, encoding="utf-8") as f:
        return json.load(f)


def read_text(path):
    """A file's text without its surrounding blank lines, or None when there is no such file."""
    try:
        with open(path, encoding="utf-8") as f:
            return f.read().strip()
    except FileNotFoundError:
        return None
