#include <doctest/doctest.h>

#include <cstddef>
#include <sstream>
#include <string>
#include <string_view>
#include <utility>

#include "export/graph_writer.h"
#include "graph/knowledge_graph.h"

namespace kg::exporter {
namespace {

using graph::ActorNode;
using graph::EventEdge;
using graph::KnowledgeGraph;

EventEdge Edge(std::string relation, int quad_class, std::string date,
               bool symmetric, std::string sentence) {
  EventEdge e;
  e.relation = std::move(relation);
  e.category = quad_class <= 2 ? "04" : "11";
  e.quad_class = quad_class;
  e.date = std::move(date);
  e.symmetric = symmetric;
  e.sentence = std::move(sentence);
  e.confidence = 0.9;
  return e;
}

// Hostile names: keywords as names and ids, a trailing backslash, quotes,
// markup, a newline, "\N"; two mentions of one symmetric relation in both
// directions (one aggregated edge) and an undated edge:
//
//   n0 "node" <--e0 met (2023-03-20), e1 met (2023-04)--> n1 "a\"b <&>"
//      ^
//      +--e2 criticize (undated)-- n2 "C:\path\<LF>graph"
KnowledgeGraph DotHostile() {
  KnowledgeGraph g;
  g.AddActor({"graph", "node", "person", "", {}, 0, "", ""});
  g.AddActor({"node", "a\"b <&>", "group", "", {}, 0, "", ""});
  g.AddActor({"c", "C:\\path\\\ngraph", "country", "", {}, 0, "", ""});
  REQUIRE(g.AddEdge(0, 1,
                    Edge("met", 1, "2023-03-20", true, "node met a\"b in \\N."))
              .ok());
  REQUIRE(g.AddEdge(1, 0, Edge("met", 1, "2023-04", true, "They met\r\nagain."))
              .ok());
  REQUIRE(
      g.AddEdge(2, 0,
                Edge("criticize", 3, "", false, "C:\\path\\ criticized <node>"))
          .ok());
  return g;
}

std::string Dot(const KnowledgeGraph& g, const DotOptions& options = {}) {
  std::ostringstream out;
  WriteDot(g, options, out);
  return out.str();
}

// The legend, a table in the graph's label: below the drawing in every
// layout engine.
constexpr std::string_view kLegend = R"dot(  graph [labelloc=b, labeljust=l, label=<<table border="0" cellborder="1" cellspacing="0" cellpadding="4"><tr><td><b>CAMEO quad class</b></td><td bgcolor="#56B4E9">1 verbal cooperation</td><td bgcolor="#009E73">2 material cooperation</td><td bgcolor="#E69F00">3 verbal conflict</td><td bgcolor="#D55E00">4 material conflict</td></tr></table>>];
)dot";

constexpr std::string_view kHead = R"dot(digraph "kg" {
  graph [layout=dot, rankdir=LR, charset="UTF-8", fontname="Helvetica"];
  graph [labelloc=b, labeljust=l, label=<<table border="0" cellborder="1" cellspacing="0" cellpadding="4"><tr><td><b>CAMEO quad class</b></td><td bgcolor="#56B4E9">1 verbal cooperation</td><td bgcolor="#009E73">2 material cooperation</td><td bgcolor="#E69F00">3 verbal conflict</td><td bgcolor="#D55E00">4 material conflict</td></tr></table>>];
  node [style=filled, fillcolor="#FFFFFF", fontname="Helvetica"];
  edge [fontname="Helvetica", fontsize=9];
)dot";

bool Contains(std::string_view text, std::string_view part) {
  return text.find(part) != std::string_view::npos;
}

TEST_CASE(
    "WriteDot: aggregates repeated mentions, quotes and escapes hostile "
    "names") {
  const std::string expected =
      std::string(kHead) + R"dot(  "n0" [label="node", shape=ellipse];
  "n1" [label="a\"b <&>", shape=hexagon];
  "n2" [label="C:\\path\\\ngraph", shape=box];
  "n0" -> "n1" [label="met (2023-03-20–2023-04) ×2", color="#56B4E9", penwidth=2, dir=none, tooltip="node met a\"b in \\N.\nThey met\nagain."];
  "n2" -> "n0" [label="criticize", color="#E69F00", penwidth=1, tooltip="C:\\path\\ criticized <node>"];
}
)dot";
  const KnowledgeGraph g = DotHostile();
  CHECK(Dot(g) == expected);
  CHECK(Dot(g) == Dot(g));  // deterministic
}

TEST_CASE("WriteDot: multi draws every mention") {
  DotOptions options;
  options.multi = true;
  const std::string expected =
      std::string(kHead) + R"dot(  "n0" [label="node", shape=ellipse];
  "n1" [label="a\"b <&>", shape=hexagon];
  "n2" [label="C:\\path\\\ngraph", shape=box];
  "n0" -> "n1" [label="met (2023-03-20)", color="#56B4E9", penwidth=1, dir=none, tooltip="node met a\"b in \\N."];
  "n1" -> "n0" [label="met (2023-04)", color="#56B4E9", penwidth=1, dir=none, tooltip="They met\nagain."];
  "n2" -> "n0" [label="criticize", color="#E69F00", penwidth=1, tooltip="C:\\path\\ criticized <node>"];
}
)dot";
  CHECK(Dot(DotHostile(), options) == expected);
}

TEST_CASE("WriteDot: the filter decides which edges and actors are drawn") {
  DotOptions options;
  options.filter.quad_classes = {3};
  const std::string dot = Dot(DotHostile(), options);
  CHECK(Contains(dot, "\"n2\" -> \"n0\""));
  CHECK_FALSE(Contains(dot, "\"n0\" -> \"n1\""));
  CHECK_FALSE(Contains(dot, "\"n1\" ["));  // no drawn edge: not drawn
  CHECK(Contains(dot, kLegend));  // the legend stays
}

// A chain a - b - c - d (edges a->b, c->b, c->d, and d->d), plus e alone.
KnowledgeGraph Chain() {
  KnowledgeGraph g;
  for (const char* id : {"a", "b", "c", "d", "e"})
    g.AddActor({id, id, "other", "", {}, 0, "", ""});
  REQUIRE(g.AddEdge(0, 1, Edge("meet", 1, "2020", false, "a met b")).ok());
  REQUIRE(g.AddEdge(2, 1, Edge("fight", 4, "2021", false, "c fought b")).ok());
  REQUIRE(g.AddEdge(2, 3, Edge("aid", 2, "2022", false, "c aided d")).ok());
  REQUIRE(g.AddEdge(3, 3, Edge("reform", 2, "", false, "d reformed")).ok());
  return g;
}

TEST_CASE("WriteDot: around and depth draw an undirected neighbourhood") {
  const KnowledgeGraph g = Chain();
  DotOptions options;
  options.around = 1;  // b

  SUBCASE("depth 1: b, its neighbours and the edges between them") {
    const std::string dot = Dot(g, options);
    CHECK(Contains(dot, "  \"n0\" [label=\"a\", shape=note];\n"));
    CHECK(Contains(dot, "  \"n1\" [label=\"b\", shape=note, penwidth=2];\n"));
    CHECK(Contains(dot, "  \"n2\" [label=\"c\", shape=note];\n"));
    CHECK_FALSE(Contains(dot, "\"n3\""));
    CHECK_FALSE(Contains(dot, "\"n4\""));
    CHECK(Contains(
        dot, "\"n0\" -> \"n1\" [label=\"meet (2020)\", color=\"#56B4E9\""));
    CHECK(Contains(
        dot, "\"n2\" -> \"n1\" [label=\"fight (2021)\", color=\"#D55E00\""));
  }
  SUBCASE("depth 2 reaches d and its self-loop") {
    options.depth = 2;
    const std::string dot = Dot(g, options);
    CHECK(Contains(
        dot, "\"n2\" -> \"n3\" [label=\"aid (2022)\", color=\"#009E73\""));
    CHECK(Contains(dot, "\"n3\" -> \"n3\" [label=\"reform\""));
    CHECK_FALSE(Contains(dot, "\"n4\""));
  }
  SUBCASE("depth 0: b alone") {
    options.depth = 0;
    const std::string dot = Dot(g, options);
    CHECK(Contains(dot, "\"n1\" [label=\"b\""));
    CHECK_FALSE(Contains(dot, "->"));
    CHECK_FALSE(Contains(dot, "\"n0\""));
  }
  SUBCASE("the filter limits the walk") {
    options.depth = 5;
    options.filter.quad_classes = {1, 2};  // not b - c (material conflict)
    const std::string dot = Dot(g, options);
    CHECK(Contains(dot, "\"n0\" -> \"n1\""));
    CHECK_FALSE(Contains(dot, "\"n2\""));
  }
  SUBCASE("an isolated vertex is drawn alone") {
    options.around = 4;
    const std::string dot = Dot(g, options);
    CHECK(Contains(dot, "\"n4\" [label=\"e\", shape=note, penwidth=2];"));
    CHECK_FALSE(Contains(dot, "->"));
  }
  SUBCASE("out of range: nothing but the legend") {
    options.around = 99;
    CHECK(Dot(g, options) == std::string(kHead) + "}\n");
  }
}

TEST_CASE("WriteDot: one colour per quad class and a legend") {
  KnowledgeGraph g;
  g.AddActor({"x", "x", "", "", {}, 0, "", ""});
  for (int q = 0; q <= 4; ++q)
    REQUIRE(
        g.AddEdge(0, 0, Edge("r" + std::to_string(q), q, "", false, "")).ok());
  const std::string dot = Dot(g);
  CHECK(Contains(dot, "[label=\"r0\", color=\"#999999\""));
  CHECK(Contains(dot, "[label=\"r1\", color=\"#56B4E9\""));
  CHECK(Contains(dot, "[label=\"r2\", color=\"#009E73\""));
  CHECK(Contains(dot, "[label=\"r3\", color=\"#E69F00\""));
  CHECK(Contains(dot, "[label=\"r4\", color=\"#D55E00\""));
  CHECK(Contains(dot, "\"n0\" [label=\"x\", shape=note];"));
  CHECK(Contains(dot, kLegend));
  CHECK_FALSE(Contains(dot, "cluster"));
}

TEST_CASE(
    "WriteDot: penwidth grows with the count up to 8, tooltips list 5 "
    "sentences") {
  KnowledgeGraph g;
  g.AddActor({"x", "x", "person", "", {}, 0, "", ""});
  g.AddActor({"y", "y", "person", "", {}, 0, "", ""});
  for (int i = 1; i <= 12; ++i) {
    REQUIRE(g.AddEdge(0, 1,
                      Edge("met", 1,
                           "2020-01-" + std::string(i < 10 ? "0" : "") +
                               std::to_string(i),
                           false, "s" + std::to_string(i)))
                .ok());
  }
  REQUIRE(g.AddEdge(1, 0, Edge("met", 1, "2021", false, "back")).ok());
  CHECK(
      Contains(Dot(g),
               "  \"n0\" -> \"n1\" [label=\"met (2020-01-01–2020-01-12) ×12\", "
               "color=\"#56B4E9\", penwidth=8, "
               "tooltip=\"s1\\ns2\\ns3\\ns4\\ns5\\n(+7 more)\"];\n"
               "  \"n1\" -> \"n0\" [label=\"met (2021)\", color=\"#56B4E9\", "
               "penwidth=1, "
               "tooltip=\"back\"];\n"));
}

TEST_CASE("WriteDot: control characters, tabs and invalid UTF-8") {
  KnowledgeGraph g;
  g.AddActor({"x",
              "a\tb\x01"
              "c\x7F\r\xFF\xC3(\xE2\x82"
              "d \xD7\xA9 \xF0\x9F\x98\x80\\",
              "person",
              "",
              {},
              0,
              "",
              ""});
  REQUIRE(g.AddEdge(0, 0, Edge("r", 1, "", false, "")).ok());
  CHECK(Contains(
      Dot(g),
      "\"n0\" [label=\"a bc\xEF\xBF\xBD\xEF\xBF\xBD(\xEF\xBF\xBD\xEF\xBF\xBD"
      "d \xD7\xA9 \xF0\x9F\x98\x80\\\\\", shape=ellipse];"));
}

TEST_CASE("WriteDot: dot up to 300 drawn edges, sfdp with straight edges beyond, the legend below either") {
  KnowledgeGraph g;
  g.AddActor({"x", "x", "person", "", {}, 0, "", ""});
  g.AddActor({"y", "y", "person", "", {}, 0, "", ""});
  for (int i = 0; i < 300; ++i)
    REQUIRE(
        g.AddEdge(0, 1, Edge("r" + std::to_string(i), 1, "", false, "")).ok());
  const std::string dot_layout = "  graph [layout=dot, rankdir=LR,";
  // Straight edges: sfdp with splines=true takes minutes for 1,000 edges.
  const std::string sfdp_layout =
      "  graph [layout=sfdp, overlap=prism, splines=false, "
      "outputorder=edgesfirst, charset=\"UTF-8\", fontname=\"Helvetica\"];\n" +
      std::string(kLegend);
  CHECK(Contains(Dot(g), dot_layout));
  CHECK(Contains(Dot(g), kLegend));
  REQUIRE(
      g.AddEdge(0, 1, Edge("r0", 3, "", false, "")).ok());  // a repeat of r0
  CHECK(Contains(Dot(g), dot_layout));  // aggregated: still 300 edges
  DotOptions multi;
  multi.multi = true;
  CHECK(Contains(Dot(g, multi), sfdp_layout));  // 301 mentions
  REQUIRE(g.AddEdge(0, 1, Edge("new", 3, "", false, "")).ok());
  CHECK(Contains(Dot(g), sfdp_layout));  // 301 aggregated edges
  DotOptions filtered;
  filtered.filter.quad_classes = {3};
  CHECK(Contains(Dot(g, filtered), dot_layout));  // 2 drawn
}

}  // namespace
}  // namespace kg::exporter
