"""How a part hands its results to the final report: <name>.md (its section) and <name>.goals.json (its goal
records) in the parts directory, which bench/run.sh passes to every part as $BENCH_OUT."""

import json
import os

from . import goals
from .files import read_json, read_text


def write(out_dir, name, lines, records):
    os.makedirs(out_dir, exist_ok=True)
    with open(os.path.join(out_dir, f"{name}.md"), "w", encoding="utf-8") as f:
        f.write("\n".join(lines) + "\n")
    with open(os.path.join(out_dir, f"{name}.goals.json"), "w", encoding="utf-8") as f:
        json.dump(records, f, indent=2, ensure_ascii=False)
        f.write("\n")


def load(parts_dir, name):
    """A part's section lines and goal records, or (None, a goal saying it did not run) when it wrote nothing."""
    section = read_text(os.path.join(parts_dir, f"{name}.md"))
    goals_path = os.path.join(parts_dir, f"{name}.goals.json")
    if section is None or not os.path.exists(goals_path):
        return None, [goals.not_run(name)]
    return section.splitlines() + [""], read_json(goals_path)
