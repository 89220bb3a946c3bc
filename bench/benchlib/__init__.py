"""Everything the benchmark reports share: units, Markdown, the machine, BenchmarkDotNet's output and the goals.

bench/report.py is the one command; each part of bench/run.sh has its own module here that turns that part's raw
measurements into its section of bench/results/latest.md.
"""
