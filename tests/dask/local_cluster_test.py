"""kg-dask on its embedded LocalCluster (no --scheduler), on a 2 MB corpus
generated from the bundled article: the same bytes as kg extract (to a
file and to stdout) and kg build (GraphML, its shards apart from
extract's, a kg graph file named among the inputs; run twice into its
input folder, whose work folder it does not read), kg's errors for inputs it cannot take, --keep-going's
warnings and exit code 3, and the module found through KG_PYTHONPATH
alone (the workers too).
"""

import os
import re
import sys
import tempfile

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from corpus import make_corpus  # noqa: E402
from dask_harness import (KG, KG_DASK, EXAMPLE, check, main, run,  # noqa: E402
                          same_bytes, shard_files)

LOCAL = ["--workers", "2", "--shard-size", "256K"]


def body():
    with tempfile.TemporaryDirectory(prefix="kg_dask_local_") as tmp:
        with open(os.path.join(tmp, "kenya.txt"), "w") as f:
            f.write("Kenyan President William Ruto met Chinese leader Xi "
                    "Jinping in Beijing in April 2024.\n")
        triples, _, _ = run([KG, "extract", "kenya.txt", "-q"], tmp)
        inputs = [os.path.relpath(p, tmp) for p in
                  make_corpus(EXAMPLE, os.path.join(tmp, "c"), 2 << 20,
                              seed=7, triples=triples)]
        run([KG, "extract", *inputs, "-o", "ref.jsonl", "-q"], tmp)
        # build: a kg graph file named between the inputs loads there.
        run([KG, "build", "kenya.txt", "-o", "kenya.json", "-q"], tmp)
        build_inputs = [inputs[0], "kenya.json", inputs[1]]
        run([KG, "build", *build_inputs, "-o", "ref.graphml", "-q"], tmp)

        # The module found by KG_PYTHONPATH, in the workers too.
        env_path = os.environ.pop("PYTHONPATH")
        os.environ["KG_PYTHONPATH"] = env_path
        try:
            run([KG_DASK, "extract", *inputs, "-o", "d.jsonl", "-q", *LOCAL],
                tmp)
        finally:
            os.environ["PYTHONPATH"] = env_path
            del os.environ["KG_PYTHONPATH"]
        n = same_bytes(os.path.join(tmp, "ref.jsonl"),
                       os.path.join(tmp, "d.jsonl"), "extract")
        shards = len(shard_files(os.path.join(tmp, "d.jsonl.shards")))
        check(shards >= 8, f"{shards} shards")
        print(f"extract: {n:,} bytes identical, {shards} shards")

        _, err, _ = run([KG_DASK, "build", *build_inputs, "-o", "d.graphml",
                         "--work-dir", "d.jsonl.shards", "--progress",
                         *LOCAL], tmp)
        n = same_bytes(os.path.join(tmp, "ref.graphml"),
                       os.path.join(tmp, "d.graphml"), "build")
        # Shards are the same for build as for extract (kg build's graph
        # from a text is its graph from the text's triples): those the
        # named graph file does not cut differently are reused.
        m = re.search(r"kg-dask: (\d+) shards \((\d+) reused\) on 2 workers",
                      err)
        check(m is not None, err)
        built, reused = int(m.group(1)), int(m.group(2))
        check(0 < reused < built, err)
        check(len(shard_files(os.path.join(tmp, "d.jsonl.shards"))) ==
              shards + built - reused, "build reuses extract's shards")
        print(f"build: {n:,} bytes of GraphML identical")

        # The output and its work folder inside the input folder: a rerun
        # does not take the shard files for inputs.
        run([KG, "build", inputs[1], "-o", "ref-news.json", "-q"], tmp)
        for _ in range(2):
            run([KG_DASK, "build", inputs[1], "-o", "c/news/g.json", "-q",
                 *LOCAL], tmp)
            same_bytes(os.path.join(tmp, "ref-news.json"),
                       os.path.join(tmp, "c/news/g.json"), "build in place")
        check(shard_files(os.path.join(tmp, "c/news/g.json.shards")),
              "the work folder in the input folder")
        print("build into its input folder, twice: kg build's bytes")

        # Standard output: the triples only, the bar on stderr.
        want, _, _ = run([KG, "extract", inputs[0], "-q"], tmp)
        out, err, _ = run([KG_DASK, "extract", inputs[0], "--progress",
                           "--work-dir", "d.jsonl.shards", *LOCAL], tmp)
        check(out == want, f"stdout: {len(out)} bytes, want {len(want)}")
        check("% Completed" in err, f"Dask's bar on stderr: {err}")
        print(f"stdout: {len(out):,} bytes identical, the bar on stderr")

        # Inputs kg-dask cannot take: kg's messages, nothing written.
        _, err, _ = run([KG_DASK, "extract", "-", "-o", "x.jsonl", *LOCAL],
                        tmp, expect=1)
        check(err == "kg-dask: -: standard input cannot be cut into shards: "
                     "save it to a file and name the file\n", err)
        _, kg_err, _ = run([KG, "extract", "c/nope.txt", "-q"], tmp, expect=1)
        _, err, _ = run([KG_DASK, "extract", inputs[0], "c/nope.txt", "-o",
                         "x.jsonl", *LOCAL], tmp, expect=1)
        check(kg_err == "kg: c/nope.txt: no such file or directory\n", kg_err)
        check(err == "kg-dask" + kg_err[2:], err)
        _, err, _ = run([KG_DASK, "extract", inputs[0], "--rules", "nope",
                         "-o", "x.jsonl", *LOCAL], tmp, expect=1)
        check(err == "kg-dask: nope: no such rule pack file or built-in "
                     "pack\n", err)
        _, err, _ = run([KG_DASK, "extract", inputs[0], "-o", "no/x.jsonl",
                         *LOCAL], tmp, expect=1)
        check(err == "kg-dask: no/x.jsonl: No such file or directory\n", err)
        check(not os.path.exists(os.path.join(tmp, "x.jsonl")), "no output")

        # --keep-going: a missing input and a bad record skipped, exit 3,
        # the bytes kg writes.
        with open(os.path.join(tmp, "bad.jsonl"), "w") as f:
            f.write('{"text": "Xi Jinping met Vladimir Putin in 2019."}\n'
                    '{"text": 7}\n'
                    '{"text": "Emmanuel Macron met Olaf Scholz in 2023."}\n')
        args = ["bad.jsonl", "c/nope.txt", inputs[0], "--keep-going"]
        _, kg_err, _ = run([KG, "extract", *args, "-o", "ref-k.jsonl"], tmp,
                           expect=3)
        _, err, _ = run([KG_DASK, "extract", *args, "-o", "d-k.jsonl",
                         *LOCAL], tmp, expect=3)
        same_bytes(os.path.join(tmp, "ref-k.jsonl"),
                   os.path.join(tmp, "d-k.jsonl"), "extract --keep-going")
        want = sorted("kg-dask:" + line[len("kg:"):]
                      for line in kg_err.splitlines())
        check(want == [
            "kg-dask: 2 inputs or records skipped (--keep-going)",
            "kg-dask: warning: bad.jsonl:2: missing string field \"text\" "
            "(skipped)",
            "kg-dask: warning: c/nope.txt: no such file or directory "
            "(skipped)"], f"kg's warnings: {kg_err}")
        check(sorted(err.splitlines()) == want, f"kg-dask's warnings: {err}")
        print("errors and --keep-going: kg's messages and exit codes")


if __name__ == "__main__":
    main(body)
