// ExtractShard: extracts one shard of a plan (pipeline/shard_plan.h) - a
// list of InputSlices - to a file of triples, written whole or not at all
// (base/atomic_file.h), for a cluster worker (kg-dask).
//
//   kg::pipeline::ShardReport report;
//   kg::Status s = kg::pipeline::ExtractShard(*extractor, shard.slices,
//                                             "work/3f2a....jsonl",
//                                             {.threads = 1}, &report);
//   // report.documents, report.triples, report.warnings ...
//
// The file holds exactly the lines `kg extract` writes for the shard's
// documents (ParallelExtractor, document order, any number of threads):
// the triples of both kg-dask extract and build (kg build's graph from a
// text is its graph from the text's triples).
// Warnings ("news/a.txt: empty file", invalid UTF-8) are collected in the
// report, one printable line each (EscapeForMessage), in reading order.
// Errors (the shard's first bad input or record: "feed.jsonl:3:7: parse
// error: ...", a failed write) leave no file; with keep_going each bad
// input or record is passed over instead and its error added to
// report.skipped.
#ifndef KG_PIPELINE_SHARD_EXTRACTOR_H_
#define KG_PIPELINE_SHARD_EXTRACTOR_H_

#include <cstddef>
#include <cstdint>
#include <string>
#include <vector>

#include "base/status.h"
#include "extract/extractor.h"
#include "extract/input_slice.h"

namespace kg::pipeline {

struct ShardOptions {
  unsigned threads = 1;  ///< 0: one per hardware thread
  bool keep_going = false;
};

struct ShardReport {
  size_t documents = 0;  ///< parts of a long text count once
  size_t triples = 0;
  uint64_t bytes = 0;  ///< of text extracted
  std::vector<std::string> warnings;
  std::vector<std::string> skipped;  ///< keep_going: what was passed over
};

Status ExtractShard(const extract::Extractor& extractor,
                    std::vector<extract::InputSlice> slices,
                    const std::string& output, const ShardOptions& options,
                    ShardReport* report);

}  // namespace kg::pipeline

#endif  // KG_PIPELINE_SHARD_EXTRACTOR_H_
