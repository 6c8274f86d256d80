// LoadGraph: builds one KnowledgeGraph from the command line's inputs,
// whatever they are - text documents (extracted on the fly, in parallel),
// triples JSON Lines (what `kg extract` writes) or saved kg graph files -
// merging actors by id across all of them.
//
//   kg::graph::KnowledgeGraph g;
//   kg::pipeline::LoadOptions opt;  // rules "": the built-in diplomacy pack
//   kg::Status s = kg::pipeline::LoadGraph({"out/xi.jsonl", "news/"}, opt, &g);
//
// How an input is read, in the order given: every input (file, named
// pipe, device, folder, "-") goes through DocumentReader, which tells kg's
// own outputs by content, whatever their names (extract::ContentKind): a
// kg graph file ({"format": "kg-graph" ...}) is loaded (ReadGraphFile
// merges it); triples (a first line with "subject" and "relation") are
// loaded as triples (LoadTripleStream); those found in a folder are loaded
// after the folder's documents, in path order; other graph formats and
// JSON are an error ("g.graphml: a graph file kg exported, not documents,
// triples or a kg graph file"). Documents are extracted by a
// ParallelExtractor on `threads` threads, the triples added in document
// order (the graph is the same for any number of
// threads). The pack is compiled once, on the first text input. Negated
// and hypothetical triples are left out, from text and from triples files
// alike, unless options.extractor.include_flagged (an edge cannot carry
// the flag).
// Errors name the file and line ("news/a.jsonl:3:7: parse error: ...",
// "out/xi.jsonl:12: missing \"subject\"", "g.json: edge 4: unknown actor
// \"x\"", "a.txt: no such file or directory"); the graph is then
// incomplete and must not be used.
#ifndef KG_PIPELINE_GRAPH_LOADER_H_
#define KG_PIPELINE_GRAPH_LOADER_H_

#include <functional>
#include <string>
#include <vector>

#include "base/status.h"
#include "extract/extractor.h"
#include "extract/rule_pack.h"
#include "graph/knowledge_graph.h"

namespace kg::pipeline {

struct LoadOptions {
  /// The pack for text inputs; nullptr: the one `rules` names.
  const extract::RulePack* pack = nullptr;
  /// A pack file or built-in name (LoadPack; "": the diplomacy pack),
  /// loaded on the first text input: graph and triples files need none.
  std::string rules;
  extract::ExtractorOptions extractor;
  /// An extractor compiled already (from `pack`, with `extractor`'s
  /// options), used instead of compiling one: a caller that loads many
  /// times (the Python module) compiles once. nullptr: compiled here.
  const extract::Extractor* compiled_extractor = nullptr;
  /// Threads for extraction and for parsing triples (0: one per hardware
  /// thread).
  unsigned threads = 0;
  /// Warnings from reading (invalid UTF-8 ...); nullptr: dropped.
  std::function<void(const std::string&)> reporter;
  /// Keep going (`--keep-going`): what cannot be read - an input, a
  /// document record, a triples line, a whole graph file - is handed here
  /// with its error and passed over, and loading goes on. nullptr: the
  /// first such error stops the load. Rule pack errors always stop it.
  std::function<void(const Status& skipped)> skip;
  /// Told after each extracted document (ParallelExtractor::Progress).
  std::function<void(size_t bytes, size_t triples, bool new_document)>
      progress;
};

Status LoadGraph(const std::vector<std::string>& inputs,
                 const LoadOptions& options, graph::KnowledgeGraph* g);

}  // namespace kg::pipeline

#endif  // KG_PIPELINE_GRAPH_LOADER_H_
