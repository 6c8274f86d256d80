// WriteGraphML: see graph_writer.h and ../shared/docs/formats.md section 1.
//
// Every key is declared with `for` and a standard attr.type, its id is the
// attribute name with a domain prefix (n_label, e_label: unique, and never
// the d3/d7 that Gephi takes as labels), and every element carries every key
// explicitly, because NetworkX does not apply <default> to elements.
//
// Node ids are the actor ids, so that a reader's node key is the id kg's
// commands take (nx.shortest_path(G, "william-ruto", "CHN")). The actor id
// is also the attribute kg_id, not "id": igraph stores node ids in a vertex
// attribute "id" and NetworkX edge ids in an edge attribute "id".
#include <cmath>
#include <cstddef>
#include <cstdint>
#include <ostream>
#include <string>
#include <string_view>
#include <unordered_map>

#include "base/utf8.h"
#include "export/graph_writer.h"
#include "export/internal/chunk_writer.h"
#include "export/internal/text_builder.h"
#include "graph/date_range.h"
#include "graph/knowledge_graph.h"

namespace kg::exporter {
namespace {

using internal::TextBuilder;
using internal::WriteChunks;

struct Key {
  std::string_view id;
  std::string_view domain;  // "node" or "edge"
  std::string_view name;
  std::string_view type;  // a GraphML attr.type
};

constexpr Key kKeys[] = {
    {"n_label", "node", "label", "string"},
    {"n_kg_id", "node", "kg_id", "string"},
    {"n_type", "node", "type", "string"},
    {"n_code", "node", "code", "string"},
    {"n_names", "node", "names", "string"},
    {"n_mentions", "node", "mentions", "int"},
    {"n_first_date", "node", "first_date", "string"},
    {"n_last_date", "node", "last_date", "string"},
    {"e_label", "edge", "label", "string"},
    {"e_relation", "edge", "relation", "string"},
    {"e_category", "edge", "category", "string"},
    {"e_quad_class", "edge", "quad_class", "int"},
    {"e_date", "edge", "date", "string"},
    {"e_date_start", "edge", "date_start", "string"},
    {"e_date_end", "edge", "date_end", "string"},
    {"e_date_source", "edge", "date_source", "string"},
    {"e_symmetric", "edge", "symmetric", "boolean"},
    {"e_doc", "edge", "doc", "string"},
    {"e_section", "edge", "section", "string"},
    {"e_sentence", "edge", "sentence", "string"},
    {"e_span_begin", "edge", "span_begin", "long"},
    {"e_span_end", "edge", "span_end", "long"},
    {"e_rule", "edge", "rule", "string"},
    {"e_confidence", "edge", "confidence", "double"},
    {"e_weight", "edge", "weight", "double"},
};

// "      <data key=\"KEY\">" - the value and DataEnd() follow.
void DataStart(std::string_view key, TextBuilder& out) {
  out.Append("      <data key=\"");
  out.Append(key);
  out.Append("\">");
}
void DataEnd(TextBuilder& out) { out.Append("</data>\n"); }

void XmlData(std::string_view key, std::string_view value, TextBuilder& out) {
  DataStart(key, out);
  out.AppendXml(value);
  DataEnd(out);
}

void NumberData(std::string_view key, uint64_t value, TextBuilder& out) {
  DataStart(key, out);
  out.AppendUnsigned(value);
  DataEnd(out);
}

void DoubleData(std::string_view key, double value, TextBuilder& out) {
  DataStart(key, out);
  out.AppendDouble(value);
  DataEnd(out);
}

// "YYYY-MM-DD", or nothing for an open bound.
void DayData(std::string_view key, int64_t day, TextBuilder& out) {
  DataStart(key, out);
  if (day != graph::kOpenStart && day != graph::kOpenEnd)
    out.Append(graph::DayString(day));
  DataEnd(out);
}

// True when XML carries `id` unchanged as an attribute value: non-empty
// valid UTF-8 without the characters XmlEscape drops or a parser
// normalizes (tab and LF become spaces in attribute values). Escaping is
// one-to-one on such ids, so distinct actor ids stay distinct node ids.
bool IsLosslessGraphMLId(std::string_view id) {
  if (id.empty()) return false;
  for (size_t i = 0; i < id.size();) {
    const Utf8Char c = DecodeUtf8(id, i);
    if (!c.valid || c.cp < 0x20 || c.cp == 0xFFFE || c.cp == 0xFFFF) return false;
    i += c.length;
  }
  return true;
}

// Node ids of the actors whose ids are not lossless (rare: a pack may
// give any string): "kg-vertex-<v>", with "_" appended while an actor has
// that id. Every other actor's node id is its id, escaped.
class GraphMLNodeIds {
 public:
  explicit GraphMLNodeIds(const graph::KnowledgeGraph& g) : g_(g) {
    for (size_t v = 0; v < g.actor_count(); ++v) {
      if (IsLosslessGraphMLId(g.actor(v).id)) continue;
      std::string id = "kg-vertex-" + std::to_string(v);
      while (g.FindActor(id)) id += '_';
      replaced_.emplace(v, std::move(id));
    }
  }
  void Append(size_t v, TextBuilder& out) const {
    if (auto it = replaced_.find(v); it != replaced_.end())
      out.Append(it->second);
    else
      out.AppendXml(g_.actor(v).id);
  }

 private:
  const graph::KnowledgeGraph& g_;
  std::unordered_map<size_t, std::string> replaced_;
};

void WriteNode(const graph::KnowledgeGraph& g, const GraphMLNodeIds& ids, size_t v,
               TextBuilder& out) {
  const graph::ActorNode& a = g.actor(v);
  out.Append("    <node id=\"");
  ids.Append(v, out);
  out.Append("\">\n");
  XmlData("n_label", a.name, out);
  XmlData("n_kg_id", a.id, out);
  XmlData("n_type", a.type, out);
  XmlData("n_code", a.code, out);
  // The names joined by " | ", each escaped on its own: escaping works a
  // character at a time and " | " is ASCII, so the bytes are those of
  // escaping the joined string.
  DataStart("n_names", out);
  for (size_t i = 0; i < a.names.size(); ++i) {
    if (i > 0) out.Append(" | ");
    out.AppendXml(a.names[i]);
  }
  DataEnd(out);
  NumberData("n_mentions", a.mentions, out);
  XmlData("n_first_date", a.first_date, out);
  XmlData("n_last_date", a.last_date, out);
  out.Append("    </node>\n");
}

void WriteEdge(const graph::KnowledgeGraph& g, const GraphMLNodeIds& ids, size_t id,
               TextBuilder& out) {
  const graph::EventEdge& e = g.edge(id);
  const graph::EdgeRef ref = g.edge_ref(id);
  out.Append("    <edge id=\"e");
  out.AppendUnsigned(id);
  out.Append("\" source=\"");
  ids.Append(ref.source, out);
  out.Append("\" target=\"");
  ids.Append(ref.target, out);
  out.Append("\">\n");
  // "relation (date)", pieces escaped on their own as the names above.
  DataStart("e_label", out);
  out.AppendXml(e.relation);
  if (!e.date.empty()) {
    out.Append(" (");
    out.AppendXml(e.date);
    out.Append(")");
  }
  DataEnd(out);
  XmlData("e_relation", e.relation, out);
  XmlData("e_category", e.category, out);
  DataStart("e_quad_class", out);
  out.AppendSigned(e.quad_class);
  DataEnd(out);
  XmlData("e_date", e.date, out);
  DayData("e_date_start", e.when.start, out);
  DayData("e_date_end", e.when.end, out);
  XmlData("e_date_source", e.date_source, out);
  // 1/0 rather than true/false: boost::read_graphml reads booleans with
  // lexical_cast<bool>, which rejects "true"; NetworkX, igraph and Gephi
  // take either.
  DataStart("e_symmetric", out);
  out.Append(e.symmetric ? '1' : '0');
  DataEnd(out);
  XmlData("e_doc", e.doc, out);
  XmlData("e_section", e.section, out);
  XmlData("e_sentence", e.sentence, out);
  NumberData("e_span_begin", e.span_begin, out);
  NumberData("e_span_end", e.span_end, out);
  XmlData("e_rule", e.rule, out);
  DoubleData("e_confidence", e.confidence, out);
  DoubleData("e_weight", EdgeWeight(e), out);
  out.Append("    </edge>\n");
}

}  // namespace

// Nodes and edges are formatted in chunks on all cores (WriteChunks): the
// same bytes whatever the number of threads.
void WriteGraphML(const graph::KnowledgeGraph& g, std::ostream& out) {
  TextBuilder head;
  head.Append(
      "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
      "<graphml xmlns=\"http://graphml.graphdrawing.org/xmlns\"\n"
      "    xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\"\n"
      "    xsi:schemaLocation=\"http://graphml.graphdrawing.org/xmlns "
      "http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd\">\n");
  for (const Key& k : kKeys) {
    head.Append("  <key id=\"");
    head.Append(k.id);
    head.Append("\" for=\"");
    head.Append(k.domain);
    head.Append("\" attr.name=\"");
    head.Append(k.name);
    head.Append("\" attr.type=\"");
    head.Append(k.type);
    head.Append("\"/>\n");
  }
  head.Append("  <graph id=\"G\" edgedefault=\"directed\">\n");
  out << head.text();
  const GraphMLNodeIds ids(g);
  WriteChunks(g.actor_count(), 4096,
              [&g, &ids](size_t begin, size_t end, TextBuilder& b) {
                for (size_t v = begin; v < end; ++v) WriteNode(g, ids, v, b);
              },
              out);
  WriteChunks(g.edge_count(), 2048,
              [&g, &ids](size_t begin, size_t end, TextBuilder& b) {
                for (size_t e = begin; e < end; ++e) WriteEdge(g, ids, e, b);
              },
              out);
  out << "  </graph>\n</graphml>\n";
}

double EdgeWeight(const graph::EventEdge& e) {
  return std::isfinite(e.confidence) && e.confidence > 0 ? e.confidence : 1e-6;
}

}  // namespace kg::exporter
