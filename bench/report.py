#!/usr/bin/env python3
"""Writes the benchmark reports; bench/run.sh and each part's run.sh call it, and bench/benchlib holds the rest.

  report.py latest ...      bench/results/latest.md on standard output, from the token benchmarks and the parts
  report.py profile ...     the profile of a cold verification, from `perf script` on standard input
  report.py generator ...   generator.md and generator.goals.json (and so loadtest, aot, fleet) into the parts folder
"""

import argparse
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from benchlib import aot, fleet, generator, latest, loadtest, profile  # noqa: E402

COMMANDS = {"latest": latest, "profile": profile, "generator": generator, "loadtest": loadtest, "aot": aot,
            "fleet": fleet}


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    commands = parser.add_subparsers(dest="command", required=True)
    for name, module in COMMANDS.items():
        module.add_arguments(commands.add_parser(name, help=module.__doc__.split("\n\n")[0].replace("\n", " ")))
    args = parser.parse_args()
    COMMANDS[args.command].run(args)


if __name__ == "__main__":
    main()
