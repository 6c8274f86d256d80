// WriteGraphML: see graph_writer.h and ../shared/docs/formats.md section 1.
//
// Every key is declared with `for` and a standard attr.type, its id is the
// attribute name with a domain prefix (n_label, e_label: unique, and never
// the d3/d7 that Gephi takes as labels), and every element carries every key
// explicitly, because NetworkX does not apply <default> to elements.
#include <cmath>
#include <cstddef>
#include <cstdint>
#include <ostream>
#include <string>
#include <string_view>

#include "export/graph_writer.h"
#include "export/internal/xml_text.h"
#include "graph/date_range.h"
#include "graph/knowledge_graph.h"

namespace kg::exporter {
namespace {

using internal::FormatDouble;
using internal::XmlEscape;

struct Key {
  std::string_view id;
  std::string_view domain;  // "node" or "edge"
  std::string_view name;
  std::string_view type;  // a GraphML attr.type
};

constexpr Key kKeys[] = {
    {"n_label", "node", "label", "string"},
    {"n_id", "node", "id", "string"},
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

// `value` must already be XML text (escaped, or a number).
void Data(std::string_view key, std::string_view value, std::ostream& out) {
  out << "      <data key=\"" << key << "\">" << value << "</data>\n";
}

// "YYYY-MM-DD", or "" for an open bound.
std::string Day(int64_t day) {
  return day == graph::kOpenStart || day == graph::kOpenEnd
             ? std::string()
             : graph::DayString(day);
}

void WriteNode(const graph::KnowledgeGraph& g, size_t v, std::ostream& out) {
  const graph::ActorNode& a = g.actor(v);
  std::string names;
  for (const std::string& n : a.names) {
    if (!names.empty()) names += " | ";
    names += n;
  }
  out << "    <node id=\"n" << v << "\">\n";
  Data("n_label", XmlEscape(a.name), out);
  Data("n_id", XmlEscape(a.id), out);
  Data("n_type", XmlEscape(a.type), out);
  Data("n_code", XmlEscape(a.code), out);
  Data("n_names", XmlEscape(names), out);
  Data("n_mentions", std::to_string(a.mentions), out);
  Data("n_first_date", XmlEscape(a.first_date), out);
  Data("n_last_date", XmlEscape(a.last_date), out);
  out << "    </node>\n";
}

void WriteEdge(const graph::KnowledgeGraph& g, size_t id, std::ostream& out) {
  const graph::EventEdge& e = g.edge(id);
  const graph::EdgeRef ref = g.edge_ref(id);
  const std::string label =
      e.date.empty() ? e.relation : e.relation + " (" + e.date + ")";
  out << "    <edge id=\"e" << id << "\" source=\"n" << ref.source
      << "\" target=\"n" << ref.target << "\">\n";
  Data("e_label", XmlEscape(label), out);
  Data("e_relation", XmlEscape(e.relation), out);
  Data("e_category", XmlEscape(e.category), out);
  Data("e_quad_class", std::to_string(e.quad_class), out);
  Data("e_date", XmlEscape(e.date), out);
  Data("e_date_start", Day(e.when.start), out);
  Data("e_date_end", Day(e.when.end), out);
  Data("e_date_source", XmlEscape(e.date_source), out);
  // 1/0 rather than true/false: boost::read_graphml reads booleans with
  // lexical_cast<bool>, which rejects "true"; NetworkX, igraph and Gephi
  // take either.
  Data("e_symmetric", e.symmetric ? "1" : "0", out);
  Data("e_doc", XmlEscape(e.doc), out);
  Data("e_section", XmlEscape(e.section), out);
  Data("e_sentence", XmlEscape(e.sentence), out);
  Data("e_span_begin", std::to_string(e.span_begin), out);
  Data("e_span_end", std::to_string(e.span_end), out);
  Data("e_rule", XmlEscape(e.rule), out);
  Data("e_confidence", FormatDouble(e.confidence), out);
  Data("e_weight", FormatDouble(EdgeWeight(e)), out);
  out << "    </edge>\n";
}

}  // namespace

void WriteGraphML(const graph::KnowledgeGraph& g, std::ostream& out) {
  out << "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
         "<graphml xmlns=\"http://graphml.graphdrawing.org/xmlns\"\n"
         "    xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\"\n"
         "    xsi:schemaLocation=\"http://graphml.graphdrawing.org/xmlns "
         "http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd\">\n";
  for (const Key& k : kKeys) {
    out << "  <key id=\"" << k.id << "\" for=\"" << k.domain
        << "\" attr.name=\"" << k.name << "\" attr.type=\"" << k.type
        << "\"/>\n";
  }
  out << "  <graph id=\"G\" edgedefault=\"directed\">\n";
  for (size_t v = 0; v < g.actor_count(); ++v) WriteNode(g, v, out);
  for (size_t e = 0; e < g.edge_count(); ++e) WriteEdge(g, e, out);
  out << "  </graph>\n</graphml>\n";
}

double EdgeWeight(const graph::EventEdge& e) {
  return std::isfinite(e.confidence) && e.confidence > 0 ? e.confidence : 1e-6;
}

}  // namespace kg::exporter
