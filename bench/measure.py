#!/usr/bin/env python3
"""measure.py: wall time and peak memory of one command, for
bench/run_benchmarks.sh (no dependency on GNU time).

    bench/measure.py -- CMD [ARGS...]

Runs CMD and prints one line on stdout: "SECONDS PEAK_RSS_KB" - the wall
time (a monotonic clock around the child alone, not Python's start-up) and
the peak resident set size of the child, from getrusage(RUSAGE_CHILDREN)
(Linux: kB). The child's standard output goes to this script's standard
error, so that stdout holds the figures only; its standard error passes
through. Exits with the child's exit code (figures are printed anyway).
"""
import resource
import subprocess
import sys
import time


def main(argv):
    if len(argv) < 3 or argv[1] != "--":
        print("usage: measure.py -- CMD [ARGS...]", file=sys.stderr)
        return 2
    t0 = time.perf_counter()
    try:
        proc = subprocess.run(argv[2:], stdout=sys.stderr.fileno())
    except OSError as e:
        print(f"measure.py: {argv[2]}: {e.strerror}", file=sys.stderr)
        return 127
    seconds = time.perf_counter() - t0
    peak_kb = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    print(f"{seconds:.3f} {peak_kb}")
    return proc.returncode if proc.returncode >= 0 else 128 - proc.returncode


if __name__ == "__main__":
    sys.exit(main(sys.argv))
