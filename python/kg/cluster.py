"""kg-dask: `kg extract` and `kg build` on a Dask cluster.

The inputs are cut into shards of about --shard-size (kg._kg.plan_shards:
files, folders and JSON Lines read exactly as kg reads them); each shard is
extracted on a Dask worker into WORK_DIR/<content hash>.jsonl, and the
client merges the shards in input order, so the output is byte for byte
what `kg extract` / `kg build` write for the same inputs, whichever worker
ran what and when.

    kg-dask extract news/ feed.jsonl -o triples.jsonl          # LocalCluster
    kg-dask build news/ -o graph.json --scheduler tcp://head:8786

    from kg import cluster
    code = cluster.main(["extract", "news/", "-o", "t.jsonl", "-q"])

- A shard's file is named by a hash of kg's version, the rule pack (name
  and content), the options that change triples, the slices and their
  bytes, and is written whole or not at all: a rerun skips the shards whose
  file exists (a fixed input changes only its own shards' hashes).
- A worker that dies mid-shard: Dask runs the shard again elsewhere; the
  output does not change.
- A shard that fails on bad input: the other shards still run and keep
  their files; kg's message naming the document is printed ("kg-dask:
  feed.jsonl:3:7: parse error: ...") and the exit code is 1.
- Exit codes as kg's: 0 ok, 1 bad input or failed output, 2 internal error
  (a cluster that cannot be reached, a shard that killed its workers),
  3 done but records skipped (--keep-going), 130 interrupted.
"""

import argparse
import contextlib
import hashlib
import json
import logging
import os
import sys
import time
import uuid

from . import _kg

_KgError = _kg.KgError
_EXIT_SKIPPED = 3
_SIZE_UNITS = {"": 1, "B": 1, "K": 1 << 10, "KB": 1 << 10, "KIB": 1 << 10,
               "M": 1 << 20, "MB": 1 << 20, "MIB": 1 << 20,
               "G": 1 << 30, "GB": 1 << 30, "GIB": 1 << 30}
# The slice fields that decide a shard's documents (not "file": the same
# input mounted elsewhere is the same shard).
_SLICE_KEYS = ("path", "listed", "range", "begin", "end", "first_line",
               "text_range", "carry")


def parse_size(text):
    """'64MB', '64M', '512K', '1G', '4096' -> bytes (units of 1024)."""
    t = text.strip().upper()
    digits = t.rstrip("KMGIB")
    unit = t[len(digits):]
    try:
        value = float(digits)
    except ValueError:
        value = -1
    if unit not in _SIZE_UNITS or value <= 0:
        raise argparse.ArgumentTypeError(
            f'bad size "{text}" (want a number with K, M or G, e.g. 64MB)')
    return max(1, int(value * _SIZE_UNITS[unit]))


def _hash_file_part(h, slice_):
    path = slice_.get("file") or slice_["path"]
    with open(path, "rb") as f:
        if slice_["range"] or slice_.get("text_range"):
            f.seek(slice_["begin"])
            left = slice_["end"] - slice_["begin"]
        else:
            left = None
        while left is None or left > 0:
            block = f.read(1 << 20 if left is None else min(left, 1 << 20))
            if not block:
                break
            h.update(block)
            if left is not None:
                left -= len(block)


def shard_key(slices, config):
    """The content hash naming a shard's file, or None if an input cannot be
    read (then kg's extraction says why)."""
    h = hashlib.sha256()
    described = {
        "kg": _kg.__version__,
        "pack": config["pack"],
        "include_flagged": config["include_flagged"],
        "keep_going": config["keep_going"],
        "slices": [{k: s[k] for k in _SLICE_KEYS} for s in slices],
    }
    h.update(json.dumps(described, sort_keys=True).encode())
    try:
        for s in slices:
            h.update(b"\0slice\0")
            _hash_file_part(h, s)
    except OSError:
        return None
    return h.hexdigest()


def _write_json_atomically(path, value):
    tmp = f"{path}.tmp.{os.getpid()}.{uuid.uuid4().hex[:8]}"
    with open(tmp, "w", encoding="utf-8") as f:
        json.dump(value, f)
    os.replace(tmp, path)


def run_shard(index, slices, config):
    """Extracts one shard on a worker (or finds it already written).

    Returns a dict: index, file (the shard's triples), reused, documents,
    triples, bytes, warnings, skipped - or index and error (kg's message)."""
    key = shard_key(slices, config)
    name = (key or f"unhashed-{uuid.uuid4().hex}") + ".jsonl"
    path = os.path.join(config["work_dir"], name)
    report_path = path[:-len(".jsonl")] + ".report.json"
    if key is not None and os.path.exists(path):
        report = {}
        try:
            with open(report_path, encoding="utf-8") as f:
                report = json.load(f)
        except (OSError, ValueError):
            pass  # the triples are what counts; the report is a courtesy
        report.update(index=index, file=path, reused=True)
        return report
    try:
        report = _kg.extract_shard(
            slices, path, rules=config["rules"],
            include_flagged=config["include_flagged"],
            threads=config["threads"], keep_going=config["keep_going"],
            pack_key=config["pack"])
    except _KgError as e:
        return {"index": index, "error": str(e)}
    if key is not None:
        try:
            _write_json_atomically(report_path, report)
        except OSError:
            pass
    report.update(index=index, file=path, reused=False)
    return report


def _pack_fingerprint(rules):
    """What the shard hash knows of the rule pack: a built-in pack is part
    of kg's version; a pack file is every file it reads, by content. A pack
    that does not load is kg's error here, before any shard runs."""
    files = _kg.rule_pack_files(rules)
    if not rules or not os.path.exists(rules):
        return "builtin:" + (rules or "diplomacy")
    h = hashlib.sha256()
    for f in files:
        h.update(f.encode() + b"\0")
        with open(f, "rb") as fh:
            h.update(fh.read())
    return h.hexdigest()


def _parser():
    p = argparse.ArgumentParser(
        prog="kg-dask",
        description="kg extract / kg build on a Dask cluster: the inputs are "
                    "cut into shards, extracted on the workers and merged "
                    "in input order (same bytes as kg on one machine).")
    sub = p.add_subparsers(dest="command", required=True)

    def common(cmd):
        cmd.add_argument("inputs", nargs="+", metavar="INPUT",
                         help="files, folders, *.jsonl (not - or pipes)")
        cmd.add_argument("--rules", default="",
                         help="rule pack file or built-in name "
                              "(default: diplomacy)")
        cmd.add_argument("-j", "--threads", type=int, default=1,
                         help="threads per shard on a worker (default 1: "
                              "Dask runs a shard per worker thread; 0: one "
                              "per core)")
        cmd.add_argument("--include-flagged", action="store_true",
                         help="keep negated and hypothetical triples")
        cmd.add_argument("--keep-going", action="store_true",
                         help="skip an input or record that cannot be read "
                              "(a warning each); exit 3 if any was")
        cmd.add_argument("--shard-size", type=parse_size, default="64MB",
                         help="input bytes a shard holds (default 64MB; "
                              "K, M, G)")
        cmd.add_argument("--scheduler", metavar="ADDRESS",
                         help="an existing cluster's scheduler, "
                              "tcp://HOST:8786 (default: a LocalCluster "
                              "on this machine)")
        cmd.add_argument("--workers", type=int, default=0,
                         help="LocalCluster workers (default: one per core)")
        cmd.add_argument("--work-dir", metavar="DIR",
                         help="where shard files go (default OUTPUT.shards/; "
                              "shared storage on a real cluster)")
        cmd.add_argument("-q", "--quiet", action="store_true",
                         help="no progress bar and no summary")
        cmd.add_argument("--progress", action="store_true",
                         help="the progress bar even when stderr is not a "
                              "terminal")

    ex = sub.add_parser("extract", help="extract triples (JSON Lines)")
    common(ex)
    ex.add_argument("-o", "--output", default="-",
                    help="output file (default: stdout)")
    bd = sub.add_parser("build", help="build the graph and write it")
    common(bd)
    bd.add_argument("-o", "--output", required=True,
                    help="output file (format from its extension)")
    bd.add_argument("--format", help="output format, as kg build's")
    bd.add_argument("--gexf-version", default="1.3", choices=["1.3", "1.2"])
    bd.add_argument("--multi", action="store_true",
                    help="DOT: draw every mention")
    bd.add_argument("--no-affiliations", action="store_true",
                    help="no person-to-country affiliation edges")
    return p


def _warn(message):
    print(f"kg-dask: warning: {message}", file=sys.stderr)


def _check_outputs(args):
    """kg's rules for -o, before any work: a known graph format (build),
    an existing folder, and no output that is one of the inputs named.
    Returns the files the command writes."""
    if args.command == "build":
        outputs = _kg.graph_outputs(args.output, args.format or "")
    else:
        outputs = [args.output]
    for out in outputs:
        if out == "-":
            continue
        folder = os.path.dirname(out) or "."
        if not os.path.isdir(folder):
            raise _Failure(f"{out}: No such file or directory")
        if os.path.isdir(out):
            raise _Failure(f"{out}: is a folder, not a file")
        for inp in args.inputs:
            with contextlib.suppress(OSError):
                if os.path.exists(out) and os.path.samefile(out, inp):
                    raise _Failure(f"{out}: would replace the input {inp}")
    return outputs


class _Failure(Exception):
    def __init__(self, message, code=1):
        super().__init__(message)
        self.code = code


@contextlib.contextmanager
def _client(args):
    from distributed import Client, LocalCluster
    if args.scheduler:
        try:
            client = Client(args.scheduler, timeout="20s")
        except (OSError, TimeoutError) as e:
            raise _Failure(f"{args.scheduler}: cannot reach the Dask "
                           f"scheduler ({e})", 2) from e
        try:
            yield client
        finally:
            client.close()
        return
    # Spawned workers import kg as this process does.
    kg_root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
    paths = os.environ.get("PYTHONPATH", "").split(os.pathsep)
    if kg_root not in paths:
        os.environ["PYTHONPATH"] = os.pathsep.join([kg_root] + [p for p in paths if p])
    workers = args.workers or os.cpu_count() or 1
    cluster = LocalCluster(n_workers=workers, threads_per_worker=1,
                           processes=True, dashboard_address=None,
                           silence_logs=logging.ERROR)
    try:
        client = Client(cluster)
        try:
            yield client
        finally:
            client.close()
    finally:
        cluster.close()


def _show_progress(args):
    if args.quiet:
        return False
    return args.progress or sys.stderr.isatty()


def _run_shards(args, plan, config):
    from distributed import progress, wait
    token = uuid.uuid4().hex[:12]
    with _client(args) as client:
        futures = [
            client.submit(run_shard, i, shard["slices"], config,
                          key=f"kg-shard-{i:06d}-{token}", pure=False)
            for i, shard in enumerate(plan["shards"])]
        if futures:
            if _show_progress(args):
                # Dask's bar writes to stdout, which may hold the triples.
                with contextlib.redirect_stdout(sys.stderr):
                    progress(futures)
            wait(futures)
        results = []
        for f in futures:
            try:
                results.append(f.result())
            except Exception as e:  # KilledWorker, lost scheduler ...
                raise _Failure(f"shard {len(results)}: {type(e).__name__}: "
                               f"{e}", 2) from e
        nworkers = len(client.scheduler_info().get("workers", {}))
    return results, nworkers


def _merge_inputs(plan, results):
    """The files to load for build, in kg build's order: each shard's triples
    (an empty one has nothing to add), and the kg outputs where kg loads
    them."""
    files = []
    for step in plan["steps"]:
        if "shard" in step:
            r = results[step["shard"]]
            if os.path.getsize(r["file"]) > 0:
                files.append(r["file"])
        else:
            files.append(step["kg_output"])
    return files


def _build_graph(args, rules, files):
    """kg build's graph of the shards' triples and the kg outputs, saved;
    the module's warnings printed as kg prints them."""
    import warnings
    import kg
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always", kg.KgWarning)
        # Every core for the merge: the graph is the same for any number.
        graph = kg.Graph.build(files, rules=rules or "diplomacy", threads=0,
                               affiliations=not args.no_affiliations,
                               include_flagged=args.include_flagged)
        for w in caught:
            _warn(w.message)
        del caught[:]
        graph.save(args.output, format=args.format,
                   gexf_version=args.gexf_version, multi=args.multi)
        for w in caught:
            _warn(f"{args.output}: {w.message}")
    return graph


def _summary(args, results, nworkers, seconds, what):
    if not (args.progress or (not args.quiet and sys.stderr.isatty())):
        return
    docs = sum(r.get("documents", 0) for r in results)
    triples = sum(r.get("triples", 0) for r in results)
    mb = sum(r.get("bytes", 0) for r in results) / 1e6
    reused = sum(1 for r in results if r.get("reused"))
    print(f"kg-dask: {_count(len(results), 'shard')} ({reused} reused) on "
          f"{_count(nworkers, 'worker')}, {_count(docs, 'document')}, "
          f"{mb:.1f} MB, {_count(triples, 'triple')} in "
          f"{seconds:.1f} s ({mb / max(seconds, 1e-9):.1f} MB/s){what}",
          file=sys.stderr)


def _count(n, noun):
    """'1 shard', '2 shards', '14,821 triples': as kg's own summary."""
    return f"{n:,} {noun}" + ("" if n == 1 else "s")


def _run(args):
    started = time.monotonic()
    outputs = _check_outputs(args)
    rules = args.rules
    if rules and os.path.exists(rules):
        rules = os.path.abspath(rules)  # workers run elsewhere
    build = args.command == "build"
    pack = _pack_fingerprint(rules)
    if args.work_dir:
        work_dir = args.work_dir
    elif args.output != "-":
        work_dir = args.output + ".shards"
    else:
        work_dir = "kg-dask.shards"
    work_dir = os.path.abspath(work_dir)
    # The work folder may lie in an input folder (-o news/t.jsonl): its
    # shard files are triples, never inputs.
    plan = _kg.plan_shards(args.inputs, shard_bytes=args.shard_size,
                           build=build, keep_going=args.keep_going,
                           exclude=[work_dir])
    for w in plan["warnings"]:
        _warn(w)
    skipped = list(plan["skipped"])
    for s in skipped:
        _warn(f"{s} (skipped)")
    try:
        os.makedirs(work_dir, exist_ok=True)
    except OSError as e:
        raise _Failure(f"{work_dir}: {e.strerror}") from e
    config = {
        "rules": rules,
        "pack": pack,
        "include_flagged": args.include_flagged,
        "keep_going": args.keep_going,
        "threads": args.threads,
        "work_dir": work_dir,
    }
    results, nworkers = _run_shards(args, plan, config)
    errors = [r for r in results if "error" in r]
    for r in results:
        for w in r.get("warnings", []):
            _warn(w)
        for s in r.get("skipped", []):
            _warn(f"{s} (skipped)")
            skipped.append(s)
    if errors:
        # The first in input order, as kg would have stopped there.
        kept = len(results) - len(errors)
        for r in errors:
            print(f"kg-dask: {r['error']}", file=sys.stderr)
        print(f"kg-dask: {len(errors)} of {len(results)} shards failed; the "
              f"{kept} others are kept in {work_dir} (a rerun skips them)",
              file=sys.stderr)
        return 1
    if build:
        graph = _build_graph(args, rules, _merge_inputs(plan, results))
        what = f" -> {', '.join(outputs)}"
    else:
        files = [results[step["shard"]]["file"] for step in plan["steps"]]
        _kg.concatenate_files(files, args.output)
        what = "" if args.output == "-" else f" -> {args.output}"
    _summary(args, results, nworkers, time.monotonic() - started, what)
    if build:
        # As kg build, whatever -q says.
        print(f"kg-dask build: {graph.actor_count} actors, "
              f"{graph.edge_count} edges{what}", file=sys.stderr)
    if skipped:
        n = len(skipped)
        print(f"kg-dask: {n} input{'' if n == 1 else 's'} or "
              f"record{'' if n == 1 else 's'} skipped (--keep-going)",
              file=sys.stderr)
        return _EXIT_SKIPPED
    return 0


def main(argv=None):
    """Runs kg-dask with `argv` (default sys.argv[1:]); returns the exit
    code."""
    args = _parser().parse_args(argv)
    if args.threads < 0 or args.workers < 0:
        print("kg-dask: --threads and --workers must be 0 or more",
              file=sys.stderr)
        return 2
    if not args.quiet:
        logging.getLogger("distributed").setLevel(logging.ERROR)
    else:
        logging.getLogger("distributed").setLevel(logging.CRITICAL)
    try:
        return _run(args)
    except _KgError as e:
        print(f"kg-dask: {e}", file=sys.stderr)
        return 1
    except _Failure as e:
        print(f"kg-dask: {e}", file=sys.stderr)
        return e.code
    except KeyboardInterrupt:
        print("kg-dask: interrupted", file=sys.stderr)
        return 130
