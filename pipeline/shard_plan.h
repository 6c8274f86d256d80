// PlanShards: cuts kg's inputs into shards of about `shard_bytes` that
// machines can extract on their own (kg-dask), such that the shards' triples,
// concatenated in shard order, are byte for byte what `kg extract` writes
// for the same inputs, and the shards' triples with the kg outputs the plan
// lists, loaded in the plan's order, build the graph `kg build` builds.
//
//   kg::pipeline::ShardPlanOptions opt;
//   opt.shard_bytes = 64 << 20;
//   kg::Result<kg::pipeline::ShardPlan> plan =
//       kg::pipeline::PlanShards({"news/", "feed.jsonl"}, opt);
//   for (const kg::pipeline::Shard& shard : plan->shards)
//     Send(shard.slices);   // DocumentReader(shard.slices, ...) reads them
//
// Inputs are expanded as DocumentReader expands them (extract/input_files.h:
// folders recursively in sorted path order, files told by content):
//   - a text file is one slice, read whole - or, when it is longer than
//     the room left in the shard (and than one part), cut between the parts
//     DocumentReader reads it in, each slice carrying the layout the parts
//     before leave (extract/text_slices.h: this lays the whole file out
//     once), so one huge text spreads over machines too;
//   - a JSON Lines file is cut at line boundaries into ranges, each with
//     the number of its first line, so that ids ("feed.jsonl:31") and
//     errors ("feed.jsonl:31:7: parse error: ...") are those of the whole
//     file; this reads the file once, to count its lines;
//   - small files are grouped: a shard closes once it holds shard_bytes;
//   - an empty file is a slice of 0 bytes (its reader warns, as kg does);
//   - kg's own outputs: for extract (for_build false) a named one is an
//     error ("out.txt: triples written by kg extract, not documents (kg
//     build reads it)") and one found in a folder is skipped with a warning
//     (reporter); for build, triples and kg graph files become merge steps
//     where `kg build` loads them - a named one between the shards before
//     and after it, those found in a folder after the folder's documents,
//     in path order - and other graph formats or JSON are the error kg
//     build gives ("g.graphml: a graph file kg exported, not documents,
//     triples or a kg graph file").
// Errors (each handed to `skip` instead when it is set, as --keep-going
// does, and the input passed over): a missing path, an unreadable file or
// folder, a folder with no text files, a binary file - the messages
// DocumentReader gives. Always errors: "-" and named pipes or devices
// (InvalidArgument "-: standard input cannot be cut into shards: save it
// to a file"), which cannot be read twice.
// Files below options.exclude are left out of folders, without a word.
// Slices name files as given (InputSlice::path) and by absolute path
// (InputSlice::file), for machines whose working folder differs.
#ifndef KG_PIPELINE_SHARD_PLAN_H_
#define KG_PIPELINE_SHARD_PLAN_H_

#include <cstddef>
#include <cstdint>
#include <functional>
#include <string>
#include <vector>

#include "base/status.h"
#include "extract/content_kind.h"
#include "extract/document_reader.h"
#include "extract/input_slice.h"

namespace kg::pipeline {

struct ShardPlanOptions {
  /// A shard closes once it holds at least this many bytes of input.
  uint64_t shard_bytes = uint64_t{64} << 20;
  /// kg build's plan (kg outputs are merged) rather than kg extract's.
  bool for_build = false;
  /// Warnings (kg outputs skipped in folders); nullptr: dropped.
  extract::Reporter reporter;
  /// Keep going: bad inputs handed here and passed over.
  std::function<void(const Status& skipped)> skip;
  /// Folders whose files a folder input does not list: kg-dask's work
  /// folder, whose shard files (triples) a rerun must not take for inputs
  /// when it lies inside an input folder. Compared by absolute path.
  std::vector<std::string> exclude;
};

struct Shard {
  std::vector<extract::InputSlice> slices;
  uint64_t bytes = 0;  ///< of input, as planned
};

/// One step of the merge: a shard's triples, or a kg output to load.
struct MergeStep {
  static constexpr size_t kNoShard = static_cast<size_t>(-1);
  size_t shard = kNoShard;  ///< index into ShardPlan::shards, or kNoShard
  std::string kg_output;    ///< the file to load (build only)
  extract::ContentKind kind = extract::ContentKind::kTriples;
};

struct ShardPlan {
  std::vector<Shard> shards;
  std::vector<MergeStep> steps;  ///< every shard once, in input order
};

Result<ShardPlan> PlanShards(const std::vector<std::string>& inputs,
                             const ShardPlanOptions& options);

}  // namespace kg::pipeline

#endif  // KG_PIPELINE_SHARD_PLAN_H_
