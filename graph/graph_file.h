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
// One actor or edge a line, each a compact JSON object. Numbers are written
// exactly (confidence round-trips bit for bit); strings are UTF-8 (invalid
// bytes, which only the API can put in a graph, are written as U+FFFD).
// Edges have no "dated"/"when": they follow from "date".
//
// Loading replays the graph's construction: the actors bare (no mentions,
// no dates) in file order, so vertex numbers stay; then the edges through
// AddEdge in file order, which counts mentions and widens first/last dates
// exactly as when the graph was built. The saved "mentions", "first_date"
// and "last_date" are then checked, not trusted: mentions the edges do not
// explain (given through AddActor, e.g. an actor with no edges) and dates
// wider than the edges' are restored through AddActor; fewer mentions than
// the edges give, or a first date later (last date earlier) than the
// edges', is an error, as WriteGraphFile never writes that.
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

/// Reads kg's graph JSON from `text` into *g. Into an empty graph it gives
/// the graph that was written: the same actors (same vertex numbers, same
/// fields) and the same edges in the same order, so writing it again gives
/// the same bytes. Into a non-empty graph the file's actors merge by id (as
/// AddActor does: names united, mentions added, dates widened) and its
/// edges are appended, in file order.
///
/// Every field but the actors' "id" and the edges' "source", "target" and
/// "relation" may be missing: it then takes its default, and an actor's
/// "mentions", "first_date" and "last_date" what its edges give. A present
/// field must have its type and its domain (base/triple.h FieldDomainError:
/// category, quad class, confidence 0-1, span; date_source "" or a
/// DateSourceName): the file, not the API, is where values are not trusted,
/// so a graph whose fields are out of their domain is written but not read
/// back. Unknown keys are ignored. Errors (kParseError; *g is left
/// untouched; "path:line" is the line where the actor or edge begins):
///   "path:line:col: JSON syntax error: ..." (col: 1-based byte in the line)
///   "path: not a kg graph file"    (no "format": "kg-graph")
///   "path: unsupported version 2 (this kg reads 1)"
///   "path: \"edges\" must be an array"
///   "path:5: actor 3: duplicate id \"CHN\"", "path:5: actor 3: missing \"id\"",
///   "path:20: edge 12: unknown actor \"xyz\"",
///   "path:20: edge 12: \"span\" must be [begin, end]",
///   "path:20: edge 12: bad EDTF date \"2015-13\"",
///   "path:20: edge 12: \"confidence\" 1e+308 is not between 0 and 1",
///   "path:5: actor 3 \"CHN\": mentions 1 but its edges give 2",
///   "path:5: actor 3 \"CHN\": first_date \"2016\" does not match its
///    edges (\"2015\")".
/// Actors and edges are numbered from 0, as vertices and edges are.
Status ReadGraphFile(std::string_view text, const std::string& path, KnowledgeGraph* g);

/// True iff `text` starts like a kg graph file: '{' then "format":
/// "kg-graph" as its first key (any whitespace, an optional UTF-8 BOM).
/// Only the start is read, so a file's first bytes are enough.
bool LooksLikeGraphFile(std::string_view text);

}  // namespace kg::graph

#endif  // KG_GRAPH_GRAPH_FILE_H_
