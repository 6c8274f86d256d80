// Node-link and Cytoscape.js JSON. Each node and edge is built as an
// ordered_json (fixed key order) and dumped on its own, so a large graph is
// streamed instead of held twice in memory.
#include <cmath>
#include <cstdint>
#include <nlohmann/json.hpp>
#include <string>
#include <utility>

#include "export/graph_writer.h"
#include "graph/date_range.h"

namespace kg::exporter {
namespace {

using Json = nlohmann::ordered_json;
using graph::KnowledgeGraph;

// Invalid UTF-8 (possible only through the API) becomes U+FFFD rather than
// an exception inside a void writer.
void Dump(const Json& j, std::ostream& out) {
  out << j.dump(-1, ' ', false, Json::error_handler_t::replace);
}

Json StringOrNull(const std::string& s) { return s.empty() ? Json() : Json(s); }

// An open bound has no ISO day: null, as an undated edge's bounds.
Json DayOrNull(bool dated, int64_t day) {
  if (!dated || day == graph::kOpenStart || day == graph::kOpenEnd)
    return Json();
  return graph::DayString(day);
}

// The actor's fields after `j`'s identifying keys.
void AddActorFields(const graph::ActorNode& a, Json& j) {
  j["label"] = a.name;
  j["name"] = a.name;
  j["type"] = a.type;
  j["code"] = a.code;
  j["names"] = a.names;
  j["mentions"] = a.mentions;
  j["first_date"] = StringOrNull(a.first_date);
  j["last_date"] = StringOrNull(a.last_date);
}

// The edge's fields after `j`'s identifying keys. `with_kind`: the graph
// has an affiliation edge, and every edge says its kind (an event-only
// graph's bytes stay as before).
void AddEdgeFields(const graph::EventEdge& e, bool with_kind, Json& j) {
  j["relation"] = e.relation;
  if (with_kind) j["kind"] = std::string(graph::EdgeKindName(e.kind));
  j["category"] = e.category;
  j["quad_class"] = e.quad_class;
  j["date"] = e.dated ? Json(e.date) : Json();
  j["date_start"] = DayOrNull(e.dated, e.when.start);
  j["date_end"] = DayOrNull(e.dated, e.when.end);
  j["date_source"] = e.date_source;
  j["symmetric"] = e.symmetric;
  j["doc"] = e.doc;
  j["section"] = e.section;
  j["sentence"] = e.sentence;
  j["span"] = {e.span_begin, e.span_end};
  j["rule"] = e.rule;
  // nlohmann writes the shortest digits that parse back to the same double
  // (and null for NaN or infinity).
  j["confidence"] = e.confidence;
  j["weight"] = EdgeWeight(e);
}

void WriteNodeLinkEdges(const KnowledgeGraph& g, std::ostream& out) {
  out << '[';
  for (size_t id = 0; id < g.edge_count(); ++id) {
    const graph::EdgeRef ref = g.edge_ref(id);
    Json j;
    j["source"] = g.actor(ref.source).id;
    j["target"] = g.actor(ref.target).id;
    j["key"] = id;
    AddEdgeFields(g.edge(id), g.affiliation_count() > 0, j);
    if (id > 0) out << ',';
    Dump(j, out);
  }
  out << ']';
}

}  // namespace

void WriteNodeLinkJson(const KnowledgeGraph& g, std::ostream& out) {
  out << R"({"directed":true,"multigraph":true,"graph":{},"nodes":[)";
  for (size_t v = 0; v < g.actor_count(); ++v) {
    const graph::ActorNode& a = g.actor(v);
    Json j;
    j["id"] = a.id;
    AddActorFields(a, j);
    if (v > 0) out << ',';
    Dump(j, out);
  }
  // Both keys, same array: NetworkX < 3.4 reads "links", 3.6+ "edges".
  out << R"(],"links":)";
  WriteNodeLinkEdges(g, out);
  out << R"(,"edges":)";
  WriteNodeLinkEdges(g, out);
  out << "}\n";
}

void WriteCytoscapeJson(const KnowledgeGraph& g, std::ostream& out) {
  out << R"({"elements":{"nodes":[)";
  for (size_t v = 0; v < g.actor_count(); ++v) {
    const graph::ActorNode& a = g.actor(v);
    Json data;
    data["id"] = "n" + std::to_string(v);
    data["kg_id"] = a.id;
    AddActorFields(a, data);
    Json j;
    j["data"] = std::move(data);
    if (v > 0) out << ',';
    Dump(j, out);
  }
  out << R"(],"edges":[)";
  for (size_t id = 0; id < g.edge_count(); ++id) {
    const graph::EdgeRef ref = g.edge_ref(id);
    const graph::EventEdge& e = g.edge(id);
    Json data;
    data["id"] = "e" + std::to_string(id);
    data["source"] = "n" + std::to_string(ref.source);
    data["target"] = "n" + std::to_string(ref.target);
    data["label"] = e.relation;
    data["interaction"] = e.relation;  // Cytoscape desktop's relation column
    AddEdgeFields(e, g.affiliation_count() > 0, data);
    Json j;
    j["data"] = std::move(data);
    if (id > 0) out << ',';
    Dump(j, out);
  }
  out << "]}}\n";
}

}  // namespace kg::exporter
