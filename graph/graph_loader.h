// GraphLoader: builds one KnowledgeGraph from the command line's inputs,
// whatever they are - text documents (extracted on the fly), triples JSON
// Lines (what `kg extract` writes) or saved kg graph files - merging actors
// by id across all of them.
//
//   kg::graph::KnowledgeGraph g;
//   kg::graph::LoadOptions opt;            // pack: the built-in diplomacy pack
//   kg::Status s = kg::graph::LoadGraph({"out/xi.jsonl", "news/"}, opt, &g);
//
// How an input is read: a file whose content starts as a kg graph file
// ({"format": "kg-graph" ...}) is loaded; a *.jsonl file whose first line
// has "subject" and "relation" is triples; anything else (text, folders,
// JSONL documents, "-") goes through DocumentReader and the Extractor.
// Errors name the file and line; the graph is then incomplete and must not
// be used.
#ifndef KG_GRAPH_GRAPH_LOADER_H_
#define KG_GRAPH_GRAPH_LOADER_H_

#include <functional>
#include <string>
#include <vector>

#include "base/status.h"
#include "extract/extractor.h"
#include "extract/rule_pack.h"
#include "graph/knowledge_graph.h"

namespace kg::graph {

struct LoadOptions {
  /// The pack for text inputs; nullptr: the built-in diplomacy pack.
  const extract::RulePack* pack = nullptr;
  extract::ExtractorOptions extractor;
  /// Warnings from reading (invalid UTF-8 ...); nullptr: dropped.
  std::function<void(const std::string&)> reporter;
};

Status LoadGraph(const std::vector<std::string>& inputs, const LoadOptions& options,
                 KnowledgeGraph* g);

/// Reads triples JSON Lines from `text` (errors: "path:line: ...").
Status LoadTriples(std::string_view text, const std::string& path, KnowledgeGraph* g);

}  // namespace kg::graph

#endif  // KG_GRAPH_GRAPH_LOADER_H_
