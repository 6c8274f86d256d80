// kg's own graph file: JSON that saves a KnowledgeGraph without loss, so a
// loaded graph answers every query exactly as the one built from text.
//
//   std::ostringstream out;
//   kg::graph::WriteGraphFile(graph, out);
//   kg::graph::KnowledgeGraph copy;
//   kg::Status s = kg::graph::ReadGraphFile(out.str(), "g.json", &copy);
//
// Format (keys in this order, actors and edges in vertex/edge-number order):
//   {"format": "kg-graph", "version": 1,
//    "actors": [{"id", "name", "type", "code", "names", "mentions",
//                "first_date", "last_date"}, ...],
//    "edges": [{"source": "<actor id>", "target": "<actor id>", "relation",
//               "category", "quad_class", "date", "date_source", "symmetric",
//               "doc", "section", "sentence", "span": [b, e], "rule",
//               "confidence"}, ...]}
// Numbers are written exactly (confidence round-trips bit for bit).
#ifndef KG_GRAPH_GRAPH_FILE_H_
#define KG_GRAPH_GRAPH_FILE_H_

#include <ostream>
#include <string>
#include <string_view>

#include "base/status.h"
#include "graph/knowledge_graph.h"

namespace kg::graph {

/// Writes `g` as kg's graph JSON. Deterministic: same graph, same bytes.
void WriteGraphFile(const KnowledgeGraph& g, std::ostream& out);

/// Reads kg's graph JSON from `text` into *g (which must be empty), naming
/// `path` in errors: "path:line:col: JSON syntax error: ...", or
/// "path: edge 12: unknown actor \"xyz\"", "path: not a kg graph file".
Status ReadGraphFile(std::string_view text, const std::string& path, KnowledgeGraph* g);

/// True iff `text` starts like a kg graph file (for telling inputs apart).
bool LooksLikeGraphFile(std::string_view text);

}  // namespace kg::graph

#endif  // KG_GRAPH_GRAPH_FILE_H_
