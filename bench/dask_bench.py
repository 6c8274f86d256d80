#!/usr/bin/python3
"""kg-dask's throughput against kg extract, side by side on one input.

    PYTHONPATH=build/python bench/dask_bench.py [--size 48M] [--shard-size 4MB]
        [--kg build/kg] [--dir DIR]

Generates a corpus from the bundled article (tests/dask/corpus.py: JSON
Lines, a folder of text files), then times on the same input:
  - kg extract -j1 and -j2;
  - kg-dask extract on its LocalCluster with 1 and 2 workers (the time
    includes starting the cluster, as a user sees it);
  - kg-dask extract --scheduler against a `dask scheduler` with 1, then 2,
    `dask worker` processes started beforehand (one thread each), twice:
    the first run warms the new worker up (imports kg, compiles the pack);
each kg-dask run with a fresh work folder (no shard reused), each output
checked byte for byte against kg extract's. Prints a Markdown table: MB/s
and the time against kg extract with as many threads as kg-dask had
workers.
"""

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
import time

HERE = os.path.dirname(os.path.abspath(__file__))
REPO = os.path.dirname(HERE)
sys.path.insert(0, os.path.join(REPO, "tests", "dask"))
os.environ.setdefault("KG", os.path.join(REPO, "build", "kg"))
os.environ.setdefault("KG_DASK", os.path.join(REPO, "python", "kg-dask"))
os.environ.setdefault("KG_EXAMPLE",
                      os.path.join(REPO, "examples", "xi-foreign-policy.txt"))
from corpus import make_corpus  # noqa: E402
import dask_harness  # noqa: E402


def parse_size(text):
    units = {"K": 1 << 10, "M": 1 << 20, "G": 1 << 30}
    t = text.upper().rstrip("B")
    return int(float(t[:-1]) * units[t[-1]]) if t[-1] in units else int(t)


def timed(cmd, cwd):
    started = time.monotonic()
    p = subprocess.run(cmd, cwd=cwd, stderr=subprocess.PIPE)
    if p.returncode != 0:
        sys.exit(f"{' '.join(cmd)}: exit {p.returncode}\n{p.stderr.decode()}")
    return time.monotonic() - started


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--size", default="48M")
    ap.add_argument("--shard-size", default="4MB")
    ap.add_argument("--kg", default=os.environ["KG"])
    ap.add_argument("--dir", help="work here (default: a temporary folder)")
    args = ap.parse_args()
    kg, kg_dask = args.kg, os.environ["KG_DASK"]
    if "PYTHONPATH" not in os.environ:
        os.environ["PYTHONPATH"] = os.path.join(REPO, "build", "python")
    work = args.dir or tempfile.mkdtemp(prefix="kg_dask_bench_")
    os.makedirs(work, exist_ok=True)
    try:
        inputs = [os.path.relpath(p, work) for p in make_corpus(
            os.environ["KG_EXAMPLE"], os.path.join(work, "c"),
            parse_size(args.size))]
        mb = sum(os.path.getsize(os.path.join(root, f))
                 for root, _, files in os.walk(os.path.join(work, "c"))
                 for f in files) / 1e6
        print(f"input: {mb:.1f} MB ({', '.join(inputs)}), shards of "
              f"{args.shard_size}, {os.cpu_count()} cores", file=sys.stderr)
        rows = []
        base = {}
        for j in (1, 2):
            s = timed([kg, "extract", *inputs, "-j", str(j), "-q", "-o",
                       f"kg-j{j}.jsonl"], work)
            base[j] = s
            rows.append((f"`kg extract -j{j}`", s, None))
            print(f"kg extract -j{j}: {s:.1f} s", file=sys.stderr)

        def dask_run(label, n, extra, tag):
            out = f"{tag}.jsonl"
            s = timed([kg_dask, "extract", *inputs, "-o", out, "-q",
                       "--shard-size", args.shard_size, "--work-dir",
                       f"{tag}.shards", *extra], work)
            dask_harness.same_bytes(os.path.join(work, "kg-j1.jsonl"),
                                    os.path.join(work, out), label)
            rows.append((label, s, base[n]))
            print(f"{label}: {s:.1f} s (output identical)", file=sys.stderr)

        for n in (1, 2):
            dask_run(f"`kg-dask extract`, LocalCluster, {n} worker"
                     f"{'s' if n > 1 else ''}", n, ["--workers", str(n)],
                     f"local{n}")
        with dask_harness.LocalDask(work) as cluster:
            cluster.start_scheduler()
            for n in (1, 2):
                cluster.start_worker(f"w{n}")
                cluster.wait_for_workers(n)
                # The first run on a new worker imports kg and compiles the
                # pack there; the second finds them ready (new shards).
                for run in ("first run", "second run"):
                    dask_run(f"`kg-dask extract --scheduler`, {n} `dask "
                             f"worker`{'s' if n > 1 else ''}, {run}", n,
                             ["--scheduler", cluster.address],
                             f"sched{n}-{run[0]}")
        print(f"\n{mb:.1f} MB, shards of {args.shard_size}:\n")
        print("| run | seconds | MB/s | time / `kg extract -jN` (N = workers) |")
        print("| --- | ---: | ---: | ---: |")
        for label, s, ref in rows:
            ratio = "" if ref is None else f"{s / ref:.2f}x"
            print(f"| {label} | {s:.1f} | {mb / s:.2f} | {ratio} |")
    finally:
        if not args.dir:
            shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
