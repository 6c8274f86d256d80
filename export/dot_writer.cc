// WriteDot: see graph_writer.h and ../shared/docs/formats.md section 3.
//
// Graphviz reads quoted strings with only \" as an escape, then interprets
// escString sequences (\n \l \N \G ...) in labels and tooltips; doubling
// every backslash keeps names such as "C:\path\" and "\N" literal and stops
// a trailing backslash from swallowing the closing quote.
#include <algorithm>
#include <cstddef>
#include <ostream>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "export/graph_writer.h"
#include "graph/aggregated_view.h"
#include "graph/knowledge_graph.h"
#include "graph/path_finder.h"
#include "graph/subgraph.h"

namespace kg::exporter {
namespace {

// Beyond this many drawn edges dot takes minutes (formats.md section 3).
constexpr size_t kMaxDotEdges = 300;
constexpr size_t kMaxTooltipSentences = 5;
constexpr size_t kMaxPenwidth = 8;

struct QuadClass {
  std::string_view name;
  std::string_view colour;  // Okabe-Ito, colour-blind safe
};
constexpr QuadClass kQuadClasses[] = {
    {"verbal cooperation", "#56B4E9"},
    {"material cooperation", "#009E73"},
    {"verbal conflict", "#E69F00"},
    {"material conflict", "#D55E00"},
};
constexpr std::string_view kOtherColour = "#999999";

std::string_view Colour(int quad_class) {
  return quad_class >= 1 && quad_class <= 4
             ? kQuadClasses[quad_class - 1].colour
             : kOtherColour;
}

std::string_view Shape(std::string_view type) {
  if (type == "person") return "ellipse";
  if (type == "country") return "box";
  if (type == "organization" || type == "group") return "hexagon";
  return "note";
}

// Length of the valid UTF-8 sequence at s[i], or 0 (Unicode table 3-7).
size_t Utf8Length(std::string_view s, size_t i) {
  const auto byte = [&](size_t k) { return static_cast<unsigned char>(s[k]); };
  const unsigned char c = byte(i);
  if (c < 0x80) return 1;
  size_t n = 0;
  unsigned char lo = 0x80, hi = 0xBF;
  if (c >= 0xC2 && c <= 0xDF) {
    n = 2;
  } else if (c >= 0xE0 && c <= 0xEF) {
    n = 3;
    if (c == 0xE0) lo = 0xA0;
    if (c == 0xED) hi = 0x9F;
  } else if (c >= 0xF0 && c <= 0xF4) {
    n = 4;
    if (c == 0xF0) lo = 0x90;
    if (c == 0xF4) hi = 0x8F;
  } else {
    return 0;
  }
  if (i + n > s.size()) return 0;
  if (byte(i + 1) < lo || byte(i + 1) > hi) return 0;
  for (size_t k = 2; k < n; ++k)
    if (byte(i + k) < 0x80 || byte(i + k) > 0xBF) return 0;
  return n;
}

// `text` as the inside of a DOT quoted escString (see graph_writer.h).
std::string Escape(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  for (size_t i = 0; i < text.size();) {
    const char c = text[i];
    const size_t n = Utf8Length(text, i);
    if (n == 0) {
      out += "\xEF\xBF\xBD";
      ++i;
      continue;
    }
    if (n > 1) {
      out.append(text.substr(i, n));
    } else if (c == '\\') {
      out += "\\\\";
    } else if (c == '"') {
      out += "\\\"";
    } else if (c == '\n') {
      out += "\\n";
    } else if (c == '\t') {
      out += ' ';
    } else if (static_cast<unsigned char>(c) >= 0x20 && c != 0x7F) {
      out += c;
    }
    i += n;
  }
  return out;
}

std::string DotQuoted(std::string_view text) { return "\"" + Escape(text) + "\""; }

// One edge to draw, aggregated or not.
struct DrawnEdge {
  size_t source = 0;
  size_t target = 0;
  std::string label;
  int quad_class = 0;
  bool symmetric = false;
  size_t penwidth = 1;
  std::string tooltip;
};

std::string Tooltip(const graph::KnowledgeGraph& g,
                    const std::vector<size_t>& edges) {
  std::string tip;
  const size_t shown = std::min(edges.size(), kMaxTooltipSentences);
  for (size_t i = 0; i < shown; ++i) {
    if (i > 0) tip += '\n';
    tip += g.edge(edges[i]).sentence;
  }
  if (edges.size() > shown)
    tip += "\n(+" + std::to_string(edges.size() - shown) + " more)";
  return tip;
}

std::string AggregatedLabel(const graph::AggregatedEdge& a) {
  std::string label = a.relation;
  if (!a.first_date.empty()) {
    label += " (" + a.first_date;
    if (a.last_date != a.first_date)
      label += "\xE2\x80\x93" + a.last_date;  // en dash
    label += ")";
  }
  if (a.count > 1) label += " \xC3\x97" + std::to_string(a.count);  // ×
  return label;
}

std::vector<DrawnEdge> EdgesToDraw(const graph::KnowledgeGraph& g,
                                   const DotOptions& options,
                                   const std::vector<bool>& in) {
  std::vector<DrawnEdge> drawn;
  if (options.multi) {
    for (size_t id = 0; id < g.edge_count(); ++id) {
      const graph::EventEdge& e = g.edge(id);
      const graph::EdgeRef r = g.edge_ref(id);
      if (!in[r.source] || !in[r.target] || !options.filter.Accepts(e))
        continue;
      DrawnEdge d;
      d.source = r.source;
      d.target = r.target;
      d.label = e.date.empty() ? e.relation : e.relation + " (" + e.date + ")";
      d.quad_class = e.quad_class;
      d.symmetric = e.symmetric;
      d.tooltip = e.sentence;
      drawn.push_back(std::move(d));
    }
    return drawn;
  }
  for (const graph::AggregatedEdge& a : graph::Aggregate(g, options.filter)) {
    if (!in[a.source] || !in[a.target]) continue;
    DrawnEdge d;
    d.source = a.source;
    d.target = a.target;
    d.label = AggregatedLabel(a);
    d.quad_class = a.quad_class;
    d.symmetric = a.symmetric;
    d.penwidth = std::clamp<size_t>(a.count, 1, kMaxPenwidth);
    d.tooltip = Tooltip(g, a.edges);
    drawn.push_back(std::move(d));
  }
  return drawn;
}

}  // namespace

void WriteDot(const graph::KnowledgeGraph& g, const DotOptions& options,
              std::ostream& out) {
  std::vector<bool> in =
      options.around
          ? graph::Neighbourhood(g, *options.around, options.depth, options.filter)
          : std::vector<bool>(g.actor_count(), true);
  const std::vector<DrawnEdge> edges = EdgesToDraw(g, options, in);
  if (!options.around) {
    // The whole graph: only actors that something is drawn to.
    std::fill(in.begin(), in.end(), false);
    for (const DrawnEdge& d : edges) in[d.source] = in[d.target] = true;
  }

  out << "digraph \"kg\" {\n";
  // Straight edges above kMaxDotEdges: sfdp routing splines around nodes
  // (splines=true) takes minutes for 1,000 edges, straight lines a second.
  if (edges.size() > kMaxDotEdges) {
    out << "  graph [layout=sfdp, overlap=prism, splines=false, "
           "outputorder=edgesfirst, ";
  } else {
    out << "  graph [layout=dot, rankdir=LR, ";
  }
  out << "charset=\"UTF-8\", fontname=\"Helvetica\"];\n";
  // The legend is the graph's label, an HTML table below the drawing: every
  // engine places it there, where a cluster is ignored by sfdp and floats
  // among the nodes.
  out << "  graph [labelloc=b, labeljust=l, label=<<table border=\"0\" "
         "cellborder=\"1\" cellspacing=\"0\" cellpadding=\"4\"><tr><td>"
         "<b>CAMEO quad class</b></td>";
  for (int q = 1; q <= 4; ++q) {
    const QuadClass& c = kQuadClasses[q - 1];
    out << "<td bgcolor=\"" << c.colour << "\">" << q << " " << c.name << "</td>";
  }
  out << "</tr></table>>];\n"
         "  node [style=filled, fillcolor=\"#FFFFFF\", "
         "fontname=\"Helvetica\"];\n"
         "  edge [fontname=\"Helvetica\", fontsize=9];\n";
  for (size_t v = 0; v < g.actor_count(); ++v) {
    if (!in[v]) continue;
    const graph::ActorNode& a = g.actor(v);
    out << "  \"n" << v << "\" [label=" << DotQuoted(a.name)
        << ", shape=" << Shape(a.type);
    if (options.around && *options.around == v) out << ", penwidth=2";
    out << "];\n";
  }
  for (const DrawnEdge& d : edges) {
    out << "  \"n" << d.source << "\" -> \"n" << d.target
        << "\" [label=" << DotQuoted(d.label) << ", color=\""
        << Colour(d.quad_class) << "\", penwidth=" << d.penwidth;
    if (d.symmetric) out << ", dir=none";
    out << ", tooltip=" << DotQuoted(d.tooltip) << "];\n";
  }
  out << "}\n";
}

}  // namespace kg::exporter
