// kg's shard functions for kg-dask (python/kg/cluster.py): plan inputs into
// shards, extract one shard to a file, and join the shards' files - as
// plain Python data (lists, dicts, str, int, bool), which Dask ships to
// its workers as it is.
//
//   import kg._kg as core
//   plan = core.plan_shards(["news/", "feed.jsonl"], shard_bytes=64 << 20)
//   # {"shards": [{"bytes": 67108901, "slices": [{"path": "feed.jsonl",
//   #   "file": "/data/feed.jsonl", "listed": False, "range": True,
//   #   "begin": 0, "end": 67108901, "first_line": 1, "text_range": False,
//   #   "carry": {"title": "", "open": [], ...}}]}, ...],
//   #  "steps": [{"shard": 0}, {"kg_output": "news/t.jsonl",
//   #   "kind": "triples"}, ...], "warnings": [...], "skipped": [...]}
//   report = core.extract_shard(plan["shards"][0]["slices"], "w/0.jsonl")
//   # {"documents": 1200, "triples": 5310, "bytes": 67100000,
//   #  "warnings": [...], "skipped": [...]}
//   core.concatenate_files(["w/0.jsonl", "w/1.jsonl"], "out.jsonl")
//   core.rule_pack_files("my-pack.json")   # every file the pack reads
//   core.graph_outputs("x.csv")   # ["x.nodes.csv", "x.edges.csv"]
//
// plan_shards: pipeline::PlanShards (build=True: kg build's plan, with
// kg outputs as merge steps; keep_going=True: bad inputs listed in
// "skipped" rather than raised; exclude: folders left out of folder
// inputs, kg-dask's work folder). extract_shard: pipeline::ExtractShard
// with the pack `rules` names (a file or a built-in name; "": diplomacy),
// compiled once per process and kept for the next shards (pack_key: a
// hash of the pack's files; a new one compiles it again); the file is
// written whole or not at all. concatenate_files: the files' bytes in
// order into `output`, whole or not at all (AtomicFile; "-": stdout).
// Every call releases the GIL while it reads, extracts or writes. Errors
// raise kg.KgError with kg's one-line message.
#ifndef KG_PYTHON_SHARD_BINDINGS_H_
#define KG_PYTHON_SHARD_BINDINGS_H_

#include <pybind11/pybind11.h>

namespace kg::python {

void BindShards(pybind11::module_& m);

}  // namespace kg::python

#endif  // KG_PYTHON_SHARD_BINDINGS_H_
