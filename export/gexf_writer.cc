// WriteGexf: see graph_writer.h and ../shared/docs/formats.md section 2.
//
// Dynamic GEXF for Gephi's timeline: one edge per (source, target,
// relation) with a <spell> per distinct period it was mentioned in, ISO
// days (timeformat="date"), and `kind` = relation so Gephi keeps parallel
// relations apart (1.3 only; 1.2draft has no `kind`).
#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <ostream>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "export/graph_writer.h"
#include "export/internal/xml_text.h"
#include "graph/aggregated_view.h"
#include "graph/date_range.h"
#include "graph/edge_filter.h"
#include "graph/knowledge_graph.h"

namespace kg::exporter {
namespace {

using internal::FormatDouble;
using internal::XmlEscape;

struct Rgb {
  int r, g, b;
};

// Okabe-Ito palette (and its grey for "unknown").
constexpr Rgb kBlack{0, 0, 0};
constexpr Rgb kOrange{230, 159, 0};
constexpr Rgb kSkyBlue{86, 180, 233};
constexpr Rgb kBluishGreen{0, 158, 115};
constexpr Rgb kYellow{240, 228, 66};
constexpr Rgb kBlue{0, 114, 178};
constexpr Rgb kVermillion{213, 94, 0};
constexpr Rgb kReddishPurple{204, 121, 167};
constexpr Rgb kGrey{153, 153, 153};

Rgb ActorColor(std::string_view type) {
  if (type == "person") return kReddishPurple;
  if (type == "country") return kSkyBlue;
  if (type == "organization") return kYellow;
  if (type == "group") return kBlack;
  return kGrey;
}

// CAMEO quad classes: 1 verbal cooperation, 2 material cooperation,
// 3 verbal conflict, 4 material conflict.
Rgb QuadClassColor(int quad_class) {
  switch (quad_class) {
    case 1: return kBluishGreen;
    case 2: return kBlue;
    case 3: return kOrange;
    case 4: return kVermillion;
    default: return kGrey;
  }
}

void Color(Rgb c, std::ostream& out) {
  out << "        <viz:color r=\"" << c.r << "\" g=\"" << c.g << "\" b=\"" << c.b
      << "\"/>\n";
}

// How precise an EDTF date of the forms kg writes is.
std::string_view Precision(std::string_view edtf) {
  if (edtf.find('/') != std::string_view::npos) return "interval";
  if (edtf.size() == 4) {
    if (edtf.ends_with("XX")) return "century";
    if (edtf.ends_with('X')) return "decade";
    return "year";
  }
  if (edtf.size() == 7) return "month";
  return "day";
}

// The start/end attributes of a spell; an open bound has none.
std::string SpellAttributes(const graph::DateRange& r) {
  std::string s;
  if (r.start != graph::kOpenStart) s += " start=\"" + graph::DayString(r.start) + "\"";
  if (r.end != graph::kOpenEnd) s += " end=\"" + graph::DayString(r.end) + "\"";
  return s;
}

// The ranges sorted and overlapping ones united: Gephi rejects overlapping
// intervals on one element.
std::vector<graph::DateRange> Union(std::vector<graph::DateRange> ranges) {
  std::sort(ranges.begin(), ranges.end(), [](const auto& a, const auto& b) {
    return a.start != b.start ? a.start < b.start : a.end < b.end;
  });
  std::vector<graph::DateRange> merged;
  for (const graph::DateRange& r : ranges) {
    if (!merged.empty() && r.start <= merged.back().end) {
      merged.back().end = std::max(merged.back().end, r.end);
    } else {
      merged.push_back(r);
    }
  }
  return merged;
}

// Nothing for no spell or one open at both ends (present all the time).
void Spells(const std::vector<graph::DateRange>& spells, std::ostream& out) {
  if (spells.empty() || spells.front() == graph::DateRange{}) return;
  out << "        <spells>\n";
  for (const graph::DateRange& r : spells) {
    out << "          <spell" << SpellAttributes(r) << "/>\n";
  }
  out << "        </spells>\n";
}

void AttValue(std::string_view id, std::string_view value, std::ostream& out) {
  out << "          <attvalue for=\"" << id << "\" value=\"" << value << "\"/>\n";
}

struct Attribute {
  std::string_view id;
  std::string_view type;
};

constexpr Attribute kNodeAttributes[] = {
    {"kg_id", "string"}, {"type", "string"}, {"code", "string"},
    {"mentions", "integer"}, {"first_date", "string"}, {"last_date", "string"},
};

constexpr Attribute kEdgeAttributes[] = {
    {"relation", "string"},  {"category", "string"}, {"quad_class", "integer"},
    {"symmetric", "boolean"}, {"mentions", "integer"}, {"dates", "string"},
    {"precision", "string"}, {"confidence", "double"},
};

void Declare(std::string_view cls, std::span<const Attribute> attrs,
             std::ostream& out) {
  out << "    <attributes class=\"" << cls << "\" mode=\"static\">\n";
  for (const Attribute& a : attrs) {
    out << "      <attribute id=\"" << a.id << "\" title=\"" << a.id
        << "\" type=\"" << a.type << "\"/>\n";
  }
  out << "    </attributes>\n";
}

// One aggregated edge with what the writer needs.
struct GexfEdge {
  const graph::AggregatedEdge* agg = nullptr;
  bool always = false;                   // an undated mention: no spells
  std::vector<graph::DateRange> spells;  // united, when !always
  std::string dates;                     // EDTF of the dated mentions, "; "
  std::string precision;                 // their distinct precisions, "; "
};

void Append(std::string& list, std::string_view item) {
  if (!list.empty()) list += "; ";
  list += item;
}

GexfEdge Describe(const graph::KnowledgeGraph& g, const graph::AggregatedEdge& a) {
  GexfEdge x;
  x.agg = &a;
  std::vector<graph::DateRange> ranges;
  std::vector<std::string_view> precisions;
  for (size_t id : a.edges) {
    const graph::EventEdge& e = g.edge(id);
    if (!e.dated) {
      x.always = true;
      continue;
    }
    ranges.push_back(e.when);
    Append(x.dates, e.date);
    std::string_view p = Precision(e.date);
    if (std::find(precisions.begin(), precisions.end(), p) == precisions.end()) {
      precisions.push_back(p);
      Append(x.precision, p);
    }
  }
  if (!x.always) x.spells = Union(std::move(ranges));
  return x;
}

}  // namespace

void WriteGexf(const graph::KnowledgeGraph& g, const GexfOptions& options,
               std::ostream& out) {
  const bool v13 = options.version != "1.2" && options.version != "1.2draft";
  const std::vector<graph::AggregatedEdge> aggregated =
      graph::Aggregate(g, graph::EdgeFilter{});
  std::vector<GexfEdge> edges;
  edges.reserve(aggregated.size());
  for (const graph::AggregatedEdge& a : aggregated) edges.push_back(Describe(g, a));

  // A node lives from its first to its last dated edge, unless an edge that
  // is always present touches it (or it has no edge): then always.
  const size_t n = g.actor_count();
  std::vector<graph::DateRange> life(n, graph::DateRange{graph::kOpenEnd, graph::kOpenStart});
  std::vector<bool> always(n, false);
  std::vector<bool> touched(n, false);
  for (const GexfEdge& e : edges) {
    for (size_t v : {e.agg->source, e.agg->target}) {
      touched[v] = true;
      if (e.always) {
        always[v] = true;
        continue;
      }
      for (const graph::DateRange& r : e.spells) {
        life[v].start = std::min(life[v].start, r.start);
        life[v].end = std::max(life[v].end, r.end);
      }
    }
  }

  const std::string_view ns = v13 ? "http://gexf.net/1.3" : "http://www.gexf.net/1.2draft";
  out << "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
         "<gexf xmlns=\""
      << ns << "\" xmlns:viz=\"" << ns << "/viz\" version=\""
      << (v13 ? "1.3" : "1.2") << "\">\n"
      << "  <meta>\n    <creator>kg</creator>\n  </meta>\n"
      << "  <graph defaultedgetype=\"directed\" mode=\"dynamic\" "
         "timeformat=\"date\""
      << (v13 ? " timerepresentation=\"interval\"" : "") << ">\n";
  Declare("node", kNodeAttributes, out);
  Declare("edge", kEdgeAttributes, out);

  out << "    <nodes count=\"" << n << "\">\n";
  for (size_t v = 0; v < n; ++v) {
    const graph::ActorNode& a = g.actor(v);
    out << "      <node id=\"n" << v << "\" label=\"" << XmlEscape(a.name) << "\">\n";
    out << "        <attvalues>\n";
    AttValue("kg_id", XmlEscape(a.id), out);
    AttValue("type", XmlEscape(a.type), out);
    AttValue("code", XmlEscape(a.code), out);
    AttValue("mentions", std::to_string(a.mentions), out);
    AttValue("first_date", XmlEscape(a.first_date), out);
    AttValue("last_date", XmlEscape(a.last_date), out);
    out << "        </attvalues>\n";
    if (touched[v] && !always[v]) Spells({life[v]}, out);
    Color(ActorColor(a.type), out);
    out << "      </node>\n";
  }
  out << "    </nodes>\n";

  out << "    <edges count=\"" << edges.size() << "\">\n";
  for (size_t i = 0; i < edges.size(); ++i) {
    const graph::AggregatedEdge& a = *edges[i].agg;
    out << "      <edge id=\"e" << i << "\" source=\"n" << a.source << "\" target=\"n"
        << a.target << "\"";
    // 1.2 is for NetworkX 2.x, which rejects an undirected edge in a
    // directed graph; "mutual" (both ways) is what a symmetric relation
    // means there, and Gephi and NetworkX read it as both directions.
    if (a.symmetric) out << (v13 ? " type=\"undirected\"" : " type=\"mutual\"");
    out << " label=\"" << XmlEscape(a.relation) << "\"";
    if (v13) out << " kind=\"" << XmlEscape(a.relation) << "\"";
    out << " weight=\"" << a.count << "\">\n";
    out << "        <attvalues>\n";
    AttValue("relation", XmlEscape(a.relation), out);
    AttValue("category", XmlEscape(a.category), out);
    AttValue("quad_class", std::to_string(a.quad_class), out);
    AttValue("symmetric", a.symmetric ? "true" : "false", out);
    AttValue("mentions", std::to_string(a.count), out);
    AttValue("dates", XmlEscape(edges[i].dates), out);
    AttValue("precision", edges[i].precision, out);
    AttValue("confidence", FormatDouble(a.confidence), out);
    out << "        </attvalues>\n";
    Spells(edges[i].spells, out);
    Color(QuadClassColor(a.quad_class), out);
    out << "      </edge>\n";
  }
  out << "    </edges>\n  </graph>\n</gexf>\n";
}

}  // namespace kg::exporter
