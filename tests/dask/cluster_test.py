"""kg-dask against a real Dask cluster on localhost: a `dask scheduler` and
two `dask worker` processes (one thread each), a 20 MB corpus generated
from the bundled article (tests/dask/corpus.py), and exact comparisons with
kg on one machine:

1. kg-dask extract == kg extract, byte for byte;
2. kg-dask build == kg build (kg's graph file), byte for byte, its shards
   extracted afresh in a work folder of its own;
3. a worker SIGKILLed once the first shard file is written: the run
   completes on the other worker, with the same bytes;
4. a bad record in one shard: kg's own message (naming file, line and
   column), exit 1, every other shard's file written, no output;
5. the record fixed, a rerun: exactly that shard extracted again, every
   other file untouched (same names, same mtimes), kg extract's bytes.
Figures (times, shard counts) are printed for the README.
"""

import os
import re
import shutil
import sys
import tempfile
import time

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from corpus import make_corpus  # noqa: E402
from dask_harness import (KG, KG_DASK, EXAMPLE, LocalDask, Failed, check,  # noqa: E402
                          main, read, run, same_bytes, shard_files)
import subprocess  # noqa: E402

SIZE = 20 << 20
SHARD = "1MB"


def body():
    with tempfile.TemporaryDirectory(prefix="kg_dask_cluster_") as tmp, \
            LocalDask(tmp) as dask:
        dask.start_scheduler()
        dask.start_worker("w1")
        dask.start_worker("w2")
        # The corpus, with a kg triples file in a folder.
        with open(os.path.join(tmp, "kenya.txt"), "w") as f:
            f.write("Kenyan President William Ruto met Chinese leader Xi "
                    "Jinping in Beijing in April 2024.\n")
        triples, _, _ = run([KG, "extract", "kenya.txt", "-q"], tmp)
        check(triples.count(b"\n") == 1, "one triple from kenya.txt")
        inputs = [os.path.relpath(p, tmp) for p in
                  make_corpus(EXAMPLE, os.path.join(tmp, "c"), SIZE,
                              triples=triples)]
        size = sum(os.path.getsize(os.path.join(root, f))
                   for i in inputs
                   for root, _, files in (os.walk(os.path.join(tmp, i))
                                          if os.path.isdir(os.path.join(tmp, i))
                                          else [(tmp, [], [i])])
                   for f in files)
        print(f"corpus: {size:,} bytes in {inputs}")
        _, err, t_kg = run([KG, "extract", *inputs, "-o", "ref.jsonl", "-q"],
                           tmp)
        check("c/news/old/triples.jsonl: triples written by kg extract, "
              "skipped" in err, f"kg extract's warning: {err}")
        _, _, t_build = run([KG, "build", *inputs, "-o", "ref.json", "-q"],
                            tmp)
        workers = dask.wait_for_workers(2)
        check(workers == ["w1", "w2"], f"workers {workers}")
        sched = ["--scheduler", dask.address, "--shard-size", SHARD]

        # 1. extract.
        _, err, t1 = run([KG_DASK, "extract", *inputs, "-o", "d1.jsonl",
                          "--work-dir", "w1", "--progress", *sched], tmp)
        n = same_bytes(os.path.join(tmp, "ref.jsonl"),
                       os.path.join(tmp, "d1.jsonl"), "extract")
        shards = len(shard_files(os.path.join(tmp, "w1")))
        check(shards >= 16, f"{shards} shards of {SHARD}")
        check(f"kg-dask: {shards} shards (0 reused) on 2 workers" in err, err)
        check("kg-dask: warning: c/news/old/triples.jsonl: triples written "
              "by kg extract, skipped" in err, err)
        check("kg-dask: warning: c/news/empty.txt: empty file" in err, err)
        print(f"1. extract: {n:,} bytes of triples identical; {shards} shards; "
              f"kg extract {t_kg:.1f} s, kg-dask extract {t1:.1f} s")

        # 2. build.
        _, err, t2 = run([KG_DASK, "build", *inputs, "-o", "d2.json",
                          "--work-dir", "w2", "--progress", *sched], tmp)
        n = same_bytes(os.path.join(tmp, "ref.json"),
                       os.path.join(tmp, "d2.json"), "build")
        check(f"kg-dask: {shards} shards (0 reused)" in err, err)
        # The same shards as extract's: a build after an extract reuses them.
        check(sorted(shard_files(os.path.join(tmp, "w2"))) ==
              sorted(shard_files(os.path.join(tmp, "w1"))),
              "build's shards are extract's")
        check(re.search(r"^kg-dask build: \d+ actors, \d+ edges -> d2.json$",
                        err, re.M), err)
        print(f"2. build: {n:,} bytes of graph identical ({shards} shards); "
              f"kg build {t_build:.1f} s, kg-dask build {t2:.1f} s")

        # 3. a worker killed mid-run.
        started = time.monotonic()
        proc = subprocess.Popen(
            [KG_DASK, "extract", *inputs, "-o", "d3.jsonl", "--work-dir",
             "w3", "-q", *sched], cwd=tmp, stdout=subprocess.PIPE,
            stderr=subprocess.PIPE)
        try:
            while not shard_files(os.path.join(tmp, "w3")):
                check(proc.poll() is None, "kg-dask ended before a shard")
                check(time.monotonic() - started < 120, "no shard in 120 s")
                time.sleep(0.02)
            done_at_kill = len(shard_files(os.path.join(tmp, "w3")))
            dask.kill_worker("w2")
            killed_at = time.monotonic() - started
            running = proc.poll() is None
            out, err = proc.communicate(timeout=300)
        finally:
            if proc.poll() is None:
                proc.kill()
                proc.wait()
        check(running, "kg-dask still running when the worker was killed")
        check(proc.returncode == 0,
              f"exit {proc.returncode} after the kill: {err.decode()}")
        t3 = time.monotonic() - started
        n = same_bytes(os.path.join(tmp, "ref.jsonl"),
                       os.path.join(tmp, "d3.jsonl"), "extract, worker killed")
        check(len(shard_files(os.path.join(tmp, "w3"))) == shards,
              "every shard written once")
        # The scheduler saw it go with shards on it, which ran elsewhere.
        removed = re.findall(r"Remove worker <WorkerState '[^']*', name: w2, "
                             r"status: \w+, memory: \d+, processing: (\d+)>",
                             dask.scheduler_log())
        check(len(removed) == 1 and int(removed[0]) >= 1,
              f"the scheduler's removal of w2: {removed}")
        print(f"3. worker w2 SIGKILLed at {killed_at:.1f} s with "
              f"{done_at_kill} of {shards} shards written and {removed[0]} "
              f"on it: the run completed in {t3:.1f} s, {n:,} bytes "
              f"identical")
        dask.start_worker("w4")
        check(dask.wait_for_workers(2) == ["w1", "w4"], "a new worker")

        # 4. a bad record in one shard.
        os.makedirs(os.path.join(tmp, "bad"))
        feed = read(os.path.join(tmp, inputs[0])).split(b"\n")
        bad_line = len(feed) // 2
        good = feed[bad_line - 1]
        # The same length, so the plan cuts the file where it did: only
        # the shard holding it changes (see the README's limits).
        feed[bad_line - 1] = b'{x' + good[2:]
        with open(os.path.join(tmp, "bad", "feed.jsonl"), "wb") as f:
            f.write(b"\n".join(feed))
        bad_inputs = ["bad/feed.jsonl", inputs[1]]
        _, kg_err, _ = run([KG, "extract", *bad_inputs, "-o", "x.jsonl", "-q"],
                           tmp, expect=1)
        kg_error = [line for line in kg_err.splitlines()
                    if not line.startswith("kg: warning:")]
        check(len(kg_error) == 1 and kg_error[0].startswith(
            f"kg: bad/feed.jsonl:{bad_line}:2: parse error: syntax error "),
            f"kg's error: {kg_err}")
        _, err, t4 = run([KG_DASK, "extract", *bad_inputs, "-o", "d4.jsonl",
                          "--work-dir", "w4", "-q", *sched], tmp, expect=1)
        errors = [line for line in err.splitlines()
                  if not line.startswith("kg-dask: warning:")]
        written = shard_files(os.path.join(tmp, "w4"))
        check(errors == [
            "kg-dask" + kg_error[0][2:],
            f"kg-dask: 1 of {shards} shards failed; the {shards - 1} others "
            f"are kept in {os.path.join(tmp, 'w4')} (a rerun skips them)"],
            f"kg-dask's error: {err}")
        check(len(written) == shards - 1, f"{len(written)} shards written")
        check(not os.path.exists(os.path.join(tmp, "d4.jsonl")), "no output")
        print(f"4. bad record at bad/feed.jsonl:{bad_line}: '{errors[0]}', "
              f"exit 1, {len(written)} of {shards} shard files kept "
              f"({t4:.1f} s)")

        # 5. fixed: only the failed shard runs again.
        feed[bad_line - 1] = good
        with open(os.path.join(tmp, "bad", "feed.jsonl"), "wb") as f:
            f.write(b"\n".join(feed))
        _, err, t5 = run([KG_DASK, "extract", *bad_inputs, "-o", "d5.jsonl",
                          "--work-dir", "w4", "--progress", *sched], tmp)
        after = shard_files(os.path.join(tmp, "w4"))
        check(len(after) == shards, f"{len(after)} shard files after the rerun")
        check(all(after[name] == mtime for name, mtime in written.items()),
              "the shards written before untouched")
        check(f"kg-dask: {shards} shards ({shards - 1} reused)" in err, err)
        n = same_bytes(os.path.join(tmp, "ref.jsonl"),
                       os.path.join(tmp, "d5.jsonl"), "extract, rerun")
        print(f"5. rerun after the fix: 1 shard extracted, {shards - 1} "
              f"reused (files untouched), {n:,} bytes identical ({t5:.1f} s)")
        shutil.rmtree(os.path.join(tmp, "c"))


if __name__ == "__main__":
    main(body)
