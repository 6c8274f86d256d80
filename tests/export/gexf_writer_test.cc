#include <doctest/doctest.h>

#include <cstddef>
#include <initializer_list>
#include <sstream>
#include <string>
#include <string_view>
#include <utility>

#include "export/graph_writer.h"
#include "graph/knowledge_graph.h"

namespace kg::exporter {
namespace {

// The test graph, hostile on purpose (names that break naive XML writers,
// a U+0001, right-to-left Arabic, an emoji, a CR):
//
//   n0 "node" --met 2015, met 2023-03-20/2023-03-22--> n1 "a\"b <&> \x01x"
//   n1 --sued 2019-05--> n0 ; n2 "مرحبا 😀" --praised (undated)--> n0
graph::KnowledgeGraph GexfHostile() {
  graph::KnowledgeGraph g;
  graph::ActorNode a;
  a.id = "node";
  a.name = "node";
  a.type = "country";
  a.code = "C:\\path\\";
  a.names = {"C:\\path\\", "node"};
  g.AddActor(a);
  graph::ActorNode b;
  b.id = "a\"b";
  b.name = "a\"b <&> \x01x\r";
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
  met.date = "2015";
  met.confidence = 0.5;
  REQUIRE(g.AddEdge(0, 1, met).ok());
  met.date = "2023-03-20/2023-03-22";
  met.confidence = 0.8;
  REQUIRE(g.AddEdge(0, 1, met).ok());
  graph::EventEdge sued;
  sued.relation = "sued <&>";
  sued.category = "11";
  sued.quad_class = 3;
  sued.date = "2019-05";
  sued.confidence = 0.9;
  REQUIRE(g.AddEdge(1, 0, sued).ok());
  graph::EventEdge praised;
  praised.relation = "praised";
  praised.category = "05";
  praised.quad_class = 1;
  praised.confidence = 0.7;
  REQUIRE(g.AddEdge(2, 0, praised).ok());
  return g;
}

std::string Gexf(const graph::KnowledgeGraph& g, std::string version = "1.3") {
  std::ostringstream out;
  WriteGexf(g, GexfOptions{version}, out);
  return out.str();
}

// The whole 1.3 file; validates against tests/export/schemas/gexf-1.3/gexf.rng
// (xmllint --relaxng).
constexpr std::string_view kExpected13 = R"xml(<?xml version="1.0" encoding="UTF-8"?>
<gexf xmlns="http://gexf.net/1.3" xmlns:viz="http://gexf.net/1.3/viz" version="1.3">
  <meta>
    <creator>kg</creator>
  </meta>
  <graph defaultedgetype="directed" mode="dynamic" timeformat="date" timerepresentation="interval">
    <attributes class="node" mode="static">
      <attribute id="kg_id" title="kg_id" type="string"/>
      <attribute id="type" title="type" type="string"/>
      <attribute id="code" title="code" type="string"/>
      <attribute id="mentions" title="mentions" type="integer"/>
      <attribute id="first_date" title="first_date" type="string"/>
      <attribute id="last_date" title="last_date" type="string"/>
    </attributes>
    <attributes class="edge" mode="static">
      <attribute id="relation" title="relation" type="string"/>
      <attribute id="category" title="category" type="string"/>
      <attribute id="quad_class" title="quad_class" type="integer"/>
      <attribute id="symmetric" title="symmetric" type="boolean"/>
      <attribute id="mentions" title="mentions" type="integer"/>
      <attribute id="dates" title="dates" type="string"/>
      <attribute id="precision" title="precision" type="string"/>
      <attribute id="confidence" title="confidence" type="double"/>
    </attributes>
    <nodes count="3">
      <node id="n0" label="node">
        <attvalues>
          <attvalue for="kg_id" value="node"/>
          <attvalue for="type" value="country"/>
          <attvalue for="code" value="C:\path\"/>
          <attvalue for="mentions" value="4"/>
          <attvalue for="first_date" value="2015"/>
          <attvalue for="last_date" value="2023-03-20/2023-03-22"/>
        </attvalues>
        <viz:color r="86" g="180" b="233"/>
      </node>
      <node id="n1" label="a&quot;b &lt;&amp;&gt; x&#13;">
        <attvalues>
          <attvalue for="kg_id" value="a&quot;b"/>
          <attvalue for="type" value="group"/>
          <attvalue for="code" value="&lt;&amp;&gt;"/>
          <attvalue for="mentions" value="3"/>
          <attvalue for="first_date" value="2015"/>
          <attvalue for="last_date" value="2023-03-20/2023-03-22"/>
        </attvalues>
        <spells>
          <spell start="2015-01-01" end="2023-03-22"/>
        </spells>
        <viz:color r="0" g="0" b="0"/>
      </node>
      <node id="n2" label="مرحبا 😀">
        <attvalues>
          <attvalue for="kg_id" value="marhaba"/>
          <attvalue for="type" value="person"/>
          <attvalue for="code" value=""/>
          <attvalue for="mentions" value="1"/>
          <attvalue for="first_date" value=""/>
          <attvalue for="last_date" value=""/>
        </attvalues>
        <viz:color r="204" g="121" b="167"/>
      </node>
    </nodes>
    <edges count="3">
      <edge id="e0" source="n0" target="n1" label="met" kind="met" weight="2">
        <attvalues>
          <attvalue for="relation" value="met"/>
          <attvalue for="category" value="04"/>
          <attvalue for="quad_class" value="1"/>
          <attvalue for="symmetric" value="false"/>
          <attvalue for="mentions" value="2"/>
          <attvalue for="dates" value="2015; 2023-03-20/2023-03-22"/>
          <attvalue for="precision" value="year; interval"/>
          <attvalue for="confidence" value="0.8"/>
        </attvalues>
        <spells>
          <spell start="2015-01-01" end="2015-12-31"/>
          <spell start="2023-03-20" end="2023-03-22"/>
        </spells>
        <viz:color r="0" g="158" b="115"/>
      </edge>
      <edge id="e1" source="n1" target="n0" label="sued &lt;&amp;&gt;" kind="sued &lt;&amp;&gt;" weight="1">
        <attvalues>
          <attvalue for="relation" value="sued &lt;&amp;&gt;"/>
          <attvalue for="category" value="11"/>
          <attvalue for="quad_class" value="3"/>
          <attvalue for="symmetric" value="false"/>
          <attvalue for="mentions" value="1"/>
          <attvalue for="dates" value="2019-05"/>
          <attvalue for="precision" value="month"/>
          <attvalue for="confidence" value="0.9"/>
        </attvalues>
        <spells>
          <spell start="2019-05-01" end="2019-05-31"/>
        </spells>
        <viz:color r="230" g="159" b="0"/>
      </edge>
      <edge id="e2" source="n2" target="n0" label="praised" kind="praised" weight="1">
        <attvalues>
          <attvalue for="relation" value="praised"/>
          <attvalue for="category" value="05"/>
          <attvalue for="quad_class" value="1"/>
          <attvalue for="symmetric" value="false"/>
          <attvalue for="mentions" value="1"/>
          <attvalue for="dates" value=""/>
          <attvalue for="precision" value=""/>
          <attvalue for="confidence" value="0.7"/>
        </attvalues>
        <viz:color r="0" g="158" b="115"/>
      </edge>
    </edges>
  </graph>
</gexf>
)xml";

// Every occurrence of `from` in `s` replaced by `to`.
std::string ReplaceAll(std::string s, std::string_view from, std::string_view to) {
  for (size_t at = s.find(from); at != std::string::npos;
       at = s.find(from, at + to.size())) {
    s.replace(at, from.size(), to);
  }
  return s;
}

TEST_CASE("WriteGexf: 1.3 golden file of a hostile graph") {
  CHECK(Gexf(GexfHostile()) == kExpected13);
  CHECK(Gexf(GexfHostile(), "") == kExpected13);  // anything but 1.2: 1.3
}

TEST_CASE("WriteGexf: 1.2draft is 1.3 without kind and timerepresentation") {
  std::string expected(kExpected13);
  expected = ReplaceAll(expected, "http://gexf.net/1.3", "http://www.gexf.net/1.2draft");
  expected = ReplaceAll(expected, " version=\"1.3\"", " version=\"1.2\"");
  expected = ReplaceAll(expected, " timerepresentation=\"interval\"", "");
  expected = ReplaceAll(expected, " kind=\"met\"", "");
  expected = ReplaceAll(expected, " kind=\"sued &lt;&amp;&gt;\"", "");
  expected = ReplaceAll(expected, " kind=\"praised\"", "");
  expected = ReplaceAll(expected, " type=\"undirected\"", " type=\"mutual\"");
  CHECK(Gexf(GexfHostile(), "1.2") == expected);
  CHECK(Gexf(GexfHostile(), "1.2draft") == expected);
  CHECK(expected.find("kind=") == std::string::npos);
  CHECK(expected.find("xmlns:viz=\"http://www.gexf.net/1.2draft/viz\"") !=
        std::string::npos);
}

// Two actors and the given edges between them (0 -> 1), for the date rules.
graph::KnowledgeGraph Pair(std::initializer_list<graph::EventEdge> edges) {
  graph::KnowledgeGraph g;
  graph::ActorNode a;
  a.id = a.name = "a";
  g.AddActor(a);
  a.id = a.name = "b";
  g.AddActor(a);
  for (const graph::EventEdge& e : edges) REQUIRE(g.AddEdge(0, 1, e).ok());
  return g;
}

graph::EventEdge Dated(std::string relation, std::string date, bool symmetric = false) {
  graph::EventEdge e;
  e.relation = std::move(relation);
  e.date = std::move(date);
  e.symmetric = symmetric;
  e.quad_class = 4;
  e.confidence = 1;
  return e;
}

TEST_CASE("WriteGexf: open ends, decades, united spells") {
  const std::string s = Gexf(Pair({Dated("left", "2018/.."), Dated("joined", "../2019"),
                                   Dated("fought", "199X"), Dated("fought", "1995-06"),
                                   Dated("fought", "2001")}));
  CHECK(s.find("<edge id=\"e0\" source=\"n0\" target=\"n1\" label=\"fought\" "
               "kind=\"fought\" weight=\"3\">") != std::string::npos);
  // 1995-06 lies inside the 1990s: one spell, then 2001.
  CHECK(s.find("          <attvalue for=\"precision\" value=\"decade; month; year\"/>\n"
               "          <attvalue for=\"confidence\" value=\"1\"/>\n"
               "        </attvalues>\n"
               "        <spells>\n"
               "          <spell start=\"1990-01-01\" end=\"1999-12-31\"/>\n"
               "          <spell start=\"2001-01-01\" end=\"2001-12-31\"/>\n"
               "        </spells>\n"
               "        <viz:color r=\"213\" g=\"94\" b=\"0\"/>\n") != std::string::npos);
  CHECK(s.find("          <spell end=\"2019-12-31\"/>\n") != std::string::npos);
  CHECK(s.find("          <spell start=\"2018-01-01\"/>\n") != std::string::npos);
  // Both nodes span everything, open at both ends: no spell.
  CHECK(s.find("        </attvalues>\n"
               "        <viz:color r=\"153\" g=\"153\" b=\"153\"/>\n      </node>") !=
        std::string::npos);
  CHECK(s.find("<spell/>") == std::string::npos);
}

TEST_CASE("WriteGexf: a node lives from its first to its last edge day") {
  const std::string s =
      Gexf(Pair({Dated("met", "2015-03-12"), Dated("met", "2013/2014")}));
  CHECK(s.find("      <node id=\"n0\" label=\"a\">") != std::string::npos);
  CHECK(s.find("        <spells>\n          <spell start=\"2013-01-01\" "
               "end=\"2015-03-12\"/>\n        </spells>\n") != std::string::npos);
  CHECK(s.find("          <spell start=\"2015-03-12\" end=\"2015-03-12\"/>\n") !=
        std::string::npos);
}

TEST_CASE("WriteGexf: an undated mention makes the edge always present") {
  const std::string s = Gexf(Pair({Dated("met", "2015"), Dated("met", "")}));
  CHECK(s.find("<spell") == std::string::npos);
  CHECK(s.find("weight=\"2\"") != std::string::npos);
  CHECK(s.find("<attvalue for=\"dates\" value=\"2015\"/>") != std::string::npos);
}

TEST_CASE("WriteGexf: symmetric relations are undirected edges") {
  const std::string s = Gexf(Pair({Dated("met", "2015", true)}));
  CHECK(s.find("<edge id=\"e0\" source=\"n0\" target=\"n1\" type=\"undirected\" "
               "label=\"met\" kind=\"met\" weight=\"1\">") != std::string::npos);
  CHECK(s.find("<attvalue for=\"symmetric\" value=\"true\"/>") != std::string::npos);
}

TEST_CASE("WriteGexf: 1.2 writes symmetric relations as mutual edges") {
  const std::string s = Gexf(Pair({Dated("met", "2015", true)}), "1.2");
  CHECK(s.find("<edge id=\"e0\" source=\"n0\" target=\"n1\" type=\"mutual\" "
               "label=\"met\" weight=\"1\">") != std::string::npos);
  CHECK(s.find("undirected") == std::string::npos);
}

TEST_CASE("WriteGexf: an empty graph") {
  const std::string s = Gexf(graph::KnowledgeGraph());
  CHECK(s.find("    <nodes count=\"0\">\n    </nodes>\n"
               "    <edges count=\"0\">\n    </edges>\n  </graph>\n</gexf>\n") !=
        std::string::npos);
}

}  // namespace
}  // namespace kg::exporter
