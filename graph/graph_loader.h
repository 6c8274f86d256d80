// GraphLoader: builds one KnowledgeGraph from the command line's inputs,
// whatever they are - text documents (extracted on the fly), triples JSON
// Lines (what `kg extract` writes) or saved kg graph files - merging actors
// by id across all of them.
//
//   kg::graph::KnowledgeGraph g;
//   kg::graph::LoadOptions opt;            // pack: the built-in diplomacy pack
//   kg::Status s = kg::graph::LoadGraph({"out/xi.jsonl", "news/"}, opt, &g);
//
// How an input is read, in the order given: a file whose content starts as
// a kg graph file ({"format": "kg-graph" ...}) is loaded (ReadGraphFile
// merges it); a file whose first non-blank line is a JSON object with
// "subject" and "relation" is triples (`kg extract` output, whatever the
// file's name); anything else (text, folders, JSONL documents, "-") goes
// through DocumentReader and the Extractor, one document at a time. The
// pack is compiled once, on the first text input. Negated and hypothetical
// triples are left out, from text and from triples files alike, unless
// options.extractor.include_flagged (an edge cannot carry the flag).
// Errors name the file and line ("news/a.jsonl:3:7: parse error: ...",
// "out/xi.jsonl:12: missing \"subject\"", "g.json: edge 4: unknown actor
// \"x\"", "a.txt: no such file or directory"); the graph is then
// incomplete and must not be used.
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

/// Adds the triples of JSON Lines `text` to *g, as `kg extract` writes them
/// (FromJsonLine). Blank lines are skipped but counted; negated and
/// hypothetical triples are left out. Errors (stopping at the first):
/// "path:line: not a JSON object", "path:line: missing \"subject\"",
/// "path:line: bad EDTF date \"2015-13\"".
Status LoadTriples(std::string_view text, const std::string& path, KnowledgeGraph* g);

}  // namespace kg::graph

#endif  // KG_GRAPH_GRAPH_LOADER_H_
