#include <doctest/doctest.h>

#include <boost/graph/adjacency_list.hpp>
#include <boost/graph/graphml.hpp>
#include <boost/property_map/dynamic_property_map.hpp>
#include <iterator>
#include <sstream>
#include <string>
#include <string_view>

#include "export/graph_writer.h"
#include "graph/knowledge_graph.h"

namespace kg::exporter {
namespace {

// The test graph, hostile on purpose (names that break naive DOT/XML
// writers, a U+0001, right-to-left Arabic, an emoji, a CR):
//
//   n0 "node" --e0: met (2023-03-20/2023-03-22), 0.8--> n1 "a\"b <&> \x01x"
//     ^
//     +--e1: praised (undated, confidence 0)-- n2 "مرحبا 😀"
graph::KnowledgeGraph GraphMLHostile() {
  graph::KnowledgeGraph g;
  graph::ActorNode a;
  a.id = "node";
  a.name = "node";
  a.type = "other";
  a.names = {"C:\\path\\", "node"};
  g.AddActor(a);
  graph::ActorNode b;
  b.id = "a\"b";
  b.name = "a\"b <&> \x01x";
  b.type = "group";
  b.code = "<&>";
  g.AddActor(b);
  graph::ActorNode c;
  c.id = "marhaba";
  c.name = "\xd9\x85\xd8\xb1\xd8\xad\xd8\xa8\xd8\xa7 \xf0\x9f\x98\x80";
  c.type = "person";
  g.AddActor(c);
  graph::EventEdge met;
  met.relation = "met";
  met.category = "04";
  met.quad_class = 1;
  met.date = "2023-03-20/2023-03-22";
  met.date_source = "explicit";
  met.symmetric = true;
  met.doc = "C:\\docs\\a.txt";
  met.section = "body";
  met.sentence = "node met a\"b <&> in\r\nMarch.";
  met.span_begin = 12;
  met.span_end = 40;
  met.rule = "diplomacy/meet";
  met.confidence = 0.8;
  REQUIRE(g.AddEdge(0, 1, met).ok());
  graph::EventEdge praised;
  praised.relation = "praised";
  praised.category = "05";
  praised.quad_class = 1;
  praised.sentence =
      "\xd9\x85\xd8\xb1\xd8\xad\xd8\xa8\xd8\xa7 \xf0\x9f\x98\x80 praised node";
  praised.span_end = 1234567;
  praised.rule = "diplomacy/praise";
  praised.confidence = 0;
  REQUIRE(g.AddEdge(2, 0, praised).ok());
  return g;
}

std::string GraphML(const graph::KnowledgeGraph& g) {
  std::ostringstream out;
  WriteGraphML(g, out);
  return out.str();
}

// The key block every file starts with.
constexpr std::string_view kHeader =
    R"xml(<?xml version="1.0" encoding="UTF-8"?>
<graphml xmlns="http://graphml.graphdrawing.org/xmlns"
    xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
    xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">
  <key id="n_label" for="node" attr.name="label" attr.type="string"/>
  <key id="n_kg_id" for="node" attr.name="kg_id" attr.type="string"/>
  <key id="n_type" for="node" attr.name="type" attr.type="string"/>
  <key id="n_code" for="node" attr.name="code" attr.type="string"/>
  <key id="n_names" for="node" attr.name="names" attr.type="string"/>
  <key id="n_mentions" for="node" attr.name="mentions" attr.type="int"/>
  <key id="n_first_date" for="node" attr.name="first_date" attr.type="string"/>
  <key id="n_last_date" for="node" attr.name="last_date" attr.type="string"/>
  <key id="e_label" for="edge" attr.name="label" attr.type="string"/>
  <key id="e_relation" for="edge" attr.name="relation" attr.type="string"/>
  <key id="e_category" for="edge" attr.name="category" attr.type="string"/>
  <key id="e_quad_class" for="edge" attr.name="quad_class" attr.type="int"/>
  <key id="e_date" for="edge" attr.name="date" attr.type="string"/>
  <key id="e_date_start" for="edge" attr.name="date_start" attr.type="string"/>
  <key id="e_date_end" for="edge" attr.name="date_end" attr.type="string"/>
  <key id="e_date_source" for="edge" attr.name="date_source" attr.type="string"/>
  <key id="e_symmetric" for="edge" attr.name="symmetric" attr.type="boolean"/>
  <key id="e_doc" for="edge" attr.name="doc" attr.type="string"/>
  <key id="e_section" for="edge" attr.name="section" attr.type="string"/>
  <key id="e_sentence" for="edge" attr.name="sentence" attr.type="string"/>
  <key id="e_span_begin" for="edge" attr.name="span_begin" attr.type="long"/>
  <key id="e_span_end" for="edge" attr.name="span_end" attr.type="long"/>
  <key id="e_rule" for="edge" attr.name="rule" attr.type="string"/>
  <key id="e_confidence" for="edge" attr.name="confidence" attr.type="double"/>
  <key id="e_weight" for="edge" attr.name="weight" attr.type="double"/>
)xml";

TEST_CASE("WriteGraphML: golden output for the hostile graph") {
  const std::string expected =
      std::string(kHeader) + R"xml(  <graph id="G" edgedefault="directed">
    <node id="node">
      <data key="n_label">node</data>
      <data key="n_kg_id">node</data>
      <data key="n_type">other</data>
      <data key="n_code"></data>
      <data key="n_names">C:\path\ | node</data>
      <data key="n_mentions">2</data>
      <data key="n_first_date">2023-03-20/2023-03-22</data>
      <data key="n_last_date">2023-03-20/2023-03-22</data>
    </node>
    <node id="a&quot;b">
      <data key="n_label">a&quot;b &lt;&amp;&gt; x</data>
      <data key="n_kg_id">a&quot;b</data>
      <data key="n_type">group</data>
      <data key="n_code">&lt;&amp;&gt;</data>
      <data key="n_names">a&quot;b &lt;&amp;&gt; x</data>
      <data key="n_mentions">1</data>
      <data key="n_first_date">2023-03-20/2023-03-22</data>
      <data key="n_last_date">2023-03-20/2023-03-22</data>
    </node>
    <node id="marhaba">
      <data key="n_label">مرحبا 😀</data>
      <data key="n_kg_id">marhaba</data>
      <data key="n_type">person</data>
      <data key="n_code"></data>
      <data key="n_names">مرحبا 😀</data>
      <data key="n_mentions">1</data>
      <data key="n_first_date"></data>
      <data key="n_last_date"></data>
    </node>
    <edge id="e0" source="node" target="a&quot;b">
      <data key="e_label">met (2023-03-20/2023-03-22)</data>
      <data key="e_relation">met</data>
      <data key="e_category">04</data>
      <data key="e_quad_class">1</data>
      <data key="e_date">2023-03-20/2023-03-22</data>
      <data key="e_date_start">2023-03-20</data>
      <data key="e_date_end">2023-03-22</data>
      <data key="e_date_source">explicit</data>
      <data key="e_symmetric">1</data>
      <data key="e_doc">C:\docs\a.txt</data>
      <data key="e_section">body</data>
      <data key="e_sentence">node met a&quot;b &lt;&amp;&gt; in&#13;
March.</data>
      <data key="e_span_begin">12</data>
      <data key="e_span_end">40</data>
      <data key="e_rule">diplomacy/meet</data>
      <data key="e_confidence">0.8</data>
      <data key="e_weight">0.8</data>
    </edge>
    <edge id="e1" source="marhaba" target="node">
      <data key="e_label">praised</data>
      <data key="e_relation">praised</data>
      <data key="e_category">05</data>
      <data key="e_quad_class">1</data>
      <data key="e_date"></data>
      <data key="e_date_start"></data>
      <data key="e_date_end"></data>
      <data key="e_date_source"></data>
      <data key="e_symmetric">0</data>
      <data key="e_doc"></data>
      <data key="e_section"></data>
      <data key="e_sentence">مرحبا 😀 praised node</data>
      <data key="e_span_begin">0</data>
      <data key="e_span_end">1234567</data>
      <data key="e_rule">diplomacy/praise</data>
      <data key="e_confidence">0</data>
      <data key="e_weight">1e-06</data>
    </edge>
  </graph>
</graphml>
)xml";
  CHECK(GraphML(GraphMLHostile()) == expected);
}

TEST_CASE("WriteGraphML: an empty graph still declares its keys") {
  CHECK(GraphML(graph::KnowledgeGraph()) ==
        std::string(kHeader) +
            "  <graph id=\"G\" edgedefault=\"directed\">\n  "
            "</graph>\n</graphml>\n");
}

TEST_CASE("WriteGraphML: deterministic") {
  CHECK(GraphML(GraphMLHostile()) == GraphML(GraphMLHostile()));
}

struct WeightCase {
  double confidence;
  const char* weight;
};

TEST_CASE("WriteGraphML: weight is the confidence, never 0") {
  const WeightCase kCases[] = {
      {0.8, "0.8"}, {1, "1"},        {0.123456789, "0.123456789"},
      {0, "1e-06"}, {-0.5, "1e-06"},
  };
  for (const WeightCase& c : kCases) {
    CAPTURE(c.weight);
    graph::KnowledgeGraph g;
    graph::ActorNode a;
    a.id = "A";
    g.AddActor(a);
    graph::EventEdge e;
    e.confidence = c.confidence;
    REQUIRE(g.AddEdge(0, 0, e).ok());
    CHECK(GraphML(g).find(std::string("<data key=\"e_weight\">") + c.weight +
                          "</data>") != std::string::npos);
  }
}

TEST_CASE("WriteGraphML: node ids are actor ids, ids XML cannot carry are replaced") {
  graph::KnowledgeGraph g;
  for (const char* id : {"william-ruto", "", "a\x01", "kg-vertex-2", "a\tb", "bad\xff"}) {
    graph::ActorNode a;
    a.id = id;
    g.AddActor(a);
  }
  REQUIRE(g.actor_count() == 6);
  REQUIRE(g.AddEdge(0, 2, graph::EventEdge{}).ok());
  const std::string s = GraphML(g);
  std::string nodes;
  for (size_t at = s.find("<node id=\""); at != std::string::npos;
       at = s.find("<node id=\"", at + 1))
    nodes += s.substr(at + 10, s.find('"', at + 10) - at - 10) + "|";
  // "" -> vertex 1; "a\x01" -> vertex 2, whose name an actor has: "_".
  CHECK(nodes == "william-ruto|kg-vertex-1|kg-vertex-2_|kg-vertex-2|kg-vertex-4|kg-vertex-5|");
  CHECK(s.find("<edge id=\"e0\" source=\"william-ruto\" target=\"kg-vertex-2_\">") !=
        std::string::npos);
}

// What boost::read_graphml sees: the properties we check, others ignored.
struct ReadVertex {
  std::string label, id;
  int mentions = 0;
};
struct ReadEdge {
  std::string label, date_start, date_end, sentence;
  bool symmetric = false;
  long span_end = 0;
  double confidence = -1, weight = -1;
};
using ReadGraph = boost::adjacency_list<boost::vecS, boost::vecS,
                                        boost::directedS, ReadVertex, ReadEdge>;

TEST_CASE("WriteGraphML: boost::read_graphml reads it back") {
  std::istringstream in(GraphML(GraphMLHostile()));
  ReadGraph rg;
  boost::dynamic_properties dp(boost::ignore_other_properties);
  dp.property("label", boost::get(&ReadVertex::label, rg));
  dp.property("kg_id", boost::get(&ReadVertex::id, rg));
  dp.property("mentions", boost::get(&ReadVertex::mentions, rg));
  dp.property("label", boost::get(&ReadEdge::label, rg));
  dp.property("date_start", boost::get(&ReadEdge::date_start, rg));
  dp.property("date_end", boost::get(&ReadEdge::date_end, rg));
  dp.property("sentence", boost::get(&ReadEdge::sentence, rg));
  dp.property("symmetric", boost::get(&ReadEdge::symmetric, rg));
  dp.property("span_end", boost::get(&ReadEdge::span_end, rg));
  dp.property("confidence", boost::get(&ReadEdge::confidence, rg));
  dp.property("weight", boost::get(&ReadEdge::weight, rg));
  REQUIRE_NOTHROW(boost::read_graphml(in, rg, dp));

  REQUIRE(boost::num_vertices(rg) == 3);
  REQUIRE(boost::num_edges(rg) == 2);
  CHECK(rg[0].label == "node");
  CHECK(rg[1].label == "a\"b <&> x");
  CHECK(rg[1].id == "a\"b");
  CHECK(rg[2].label ==
        "\xd9\x85\xd8\xb1\xd8\xad\xd8\xa8\xd8\xa7 \xf0\x9f\x98\x80");
  CHECK(rg[0].mentions == 2);

  auto [out0, end0] = boost::out_edges(boost::vertex(0, rg), rg);
  REQUIRE(std::distance(out0, end0) == 1);
  const ReadEdge& met = rg[*out0];
  CHECK(boost::target(*out0, rg) == 1);
  CHECK(met.label == "met (2023-03-20/2023-03-22)");
  CHECK(met.date_start == "2023-03-20");
  CHECK(met.date_end == "2023-03-22");
  CHECK(met.symmetric);
  CHECK(met.span_end == 40);
  CHECK(met.confidence == 0.8);
  CHECK(met.weight == 0.8);

  auto [out2, end2] = boost::out_edges(boost::vertex(2, rg), rg);
  REQUIRE(std::distance(out2, end2) == 1);
  const ReadEdge& praised = rg[*out2];
  CHECK(boost::target(*out2, rg) == 0);
  CHECK(praised.label == "praised");
  CHECK(praised.date_start.empty());
  CHECK(praised.date_end.empty());
  CHECK_FALSE(praised.symmetric);
  CHECK(praised.span_end == 1234567);
  CHECK(praised.confidence == 0);
  CHECK(praised.weight == 1e-6);
}

}  // namespace
}  // namespace kg::exporter
