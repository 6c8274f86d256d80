// Every writer on a graph with one affiliation edge: the kind is shown
// distinctly in each format (golden outputs). Event-only graphs keep their
// bytes: the other writer tests' golden files are unchanged.
#include <doctest/doctest.h>

#include <sstream>
#include <string>

#include "export/graph_writer.h"
#include "graph/knowledge_graph.h"

namespace kg::exporter {
namespace {

using graph::ActorNode;
using graph::EdgeKind;
using graph::EventEdge;
using graph::KnowledgeGraph;

//   n0 ann "Ann Lee" --e0 meet (2021-04), 0.75--> n1 bob "Bob Ray"
//     |
//     +--e1 affiliated with (evidence: e0's sentence and date)--> n2 NRL "Norland"
KnowledgeGraph AffiliatedWriterGraph() {
  KnowledgeGraph g;
  const char* actors[][3] = {{"ann", "Ann Lee", "person"},
                             {"bob", "Bob Ray", "person"},
                             {"NRL", "Norland", "country"}};
  for (const auto& [id, name, type] : actors) {
    ActorNode a;
    a.id = id;
    a.name = name;
    a.type = type;
    g.AddActor(a);
  }
  EventEdge met;
  met.relation = "meet";
  met.category = "04";
  met.quad_class = 1;
  met.date = "2021-04";
  met.date_source = "sentence";
  met.doc = "n.txt";
  met.sentence = "Norlandic envoy Ann Lee met Bob Ray.";
  met.span_end = 36;
  met.rule = "active/meet";
  met.confidence = 0.75;
  REQUIRE(g.AddEdge(0, 1, met).ok());
  EventEdge aff = met;
  aff.kind = EdgeKind::kAffiliation;
  aff.relation = "affiliated with";
  aff.category = "";
  aff.quad_class = 0;
  aff.rule = "affiliation/name";
  REQUIRE(g.AddEdge(0, 2, aff).ok());
  return g;
}

template <typename Write>
std::string AffiliationWritten(Write write) {
  std::ostringstream out;
  write(out);
  return out.str();
}

TEST_CASE("Affiliation writers: GraphML declares kind and gives it on every edge") {
  const KnowledgeGraph g = AffiliatedWriterGraph();
  CHECK(AffiliationWritten([&](std::ostream& o) { WriteGraphML(g, o); }) ==
        R"golden(<?xml version="1.0" encoding="UTF-8"?>
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
  <key id="e_kind" for="edge" attr.name="kind" attr.type="string"/>
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
  <graph id="G" edgedefault="directed">
    <node id="ann">
      <data key="n_label">Ann Lee</data>
      <data key="n_kg_id">ann</data>
      <data key="n_type">person</data>
      <data key="n_code"></data>
      <data key="n_names">Ann Lee</data>
      <data key="n_mentions">1</data>
      <data key="n_first_date">2021-04</data>
      <data key="n_last_date">2021-04</data>
    </node>
    <node id="bob">
      <data key="n_label">Bob Ray</data>
      <data key="n_kg_id">bob</data>
      <data key="n_type">person</data>
      <data key="n_code"></data>
      <data key="n_names">Bob Ray</data>
      <data key="n_mentions">1</data>
      <data key="n_first_date">2021-04</data>
      <data key="n_last_date">2021-04</data>
    </node>
    <node id="NRL">
      <data key="n_label">Norland</data>
      <data key="n_kg_id">NRL</data>
      <data key="n_type">country</data>
      <data key="n_code"></data>
      <data key="n_names">Norland</data>
      <data key="n_mentions">0</data>
      <data key="n_first_date"></data>
      <data key="n_last_date"></data>
    </node>
    <edge id="e0" source="ann" target="bob">
      <data key="e_label">meet (2021-04)</data>
      <data key="e_relation">meet</data>
      <data key="e_kind">event</data>
      <data key="e_category">04</data>
      <data key="e_quad_class">1</data>
      <data key="e_date">2021-04</data>
      <data key="e_date_start">2021-04-01</data>
      <data key="e_date_end">2021-04-30</data>
      <data key="e_date_source">sentence</data>
      <data key="e_symmetric">0</data>
      <data key="e_doc">n.txt</data>
      <data key="e_section"></data>
      <data key="e_sentence">Norlandic envoy Ann Lee met Bob Ray.</data>
      <data key="e_span_begin">0</data>
      <data key="e_span_end">36</data>
      <data key="e_rule">active/meet</data>
      <data key="e_confidence">0.75</data>
      <data key="e_weight">0.75</data>
    </edge>
    <edge id="e1" source="ann" target="NRL">
      <data key="e_label">affiliated with</data>
      <data key="e_relation">affiliated with</data>
      <data key="e_kind">affiliation</data>
      <data key="e_category"></data>
      <data key="e_quad_class">0</data>
      <data key="e_date">2021-04</data>
      <data key="e_date_start">2021-04-01</data>
      <data key="e_date_end">2021-04-30</data>
      <data key="e_date_source">sentence</data>
      <data key="e_symmetric">0</data>
      <data key="e_doc">n.txt</data>
      <data key="e_section"></data>
      <data key="e_sentence">Norlandic envoy Ann Lee met Bob Ray.</data>
      <data key="e_span_begin">0</data>
      <data key="e_span_end">36</data>
      <data key="e_rule">affiliation/name</data>
      <data key="e_confidence">0.75</data>
      <data key="e_weight">0.75</data>
    </edge>
  </graph>
</graphml>
)golden");
}

TEST_CASE("Affiliation writers: GEXF 1.3 and 1.2 declare edge_kind") {
  const KnowledgeGraph g = AffiliatedWriterGraph();
  CHECK(AffiliationWritten([&](std::ostream& o) { WriteGexf(g, GexfOptions{}, o); }) ==
        R"golden(<?xml version="1.0" encoding="UTF-8"?>
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
      <attribute id="edge_kind" title="edge_kind" type="string"/>
    </attributes>
    <nodes count="3">
      <node id="n0" label="Ann Lee">
        <attvalues>
          <attvalue for="kg_id" value="ann"/>
          <attvalue for="type" value="person"/>
          <attvalue for="code" value=""/>
          <attvalue for="mentions" value="1"/>
          <attvalue for="first_date" value="2021-04"/>
          <attvalue for="last_date" value="2021-04"/>
        </attvalues>
        <spells>
          <spell start="2021-04-01" end="2021-04-30"/>
        </spells>
        <viz:color r="204" g="121" b="167"/>
      </node>
      <node id="n1" label="Bob Ray">
        <attvalues>
          <attvalue for="kg_id" value="bob"/>
          <attvalue for="type" value="person"/>
          <attvalue for="code" value=""/>
          <attvalue for="mentions" value="1"/>
          <attvalue for="first_date" value="2021-04"/>
          <attvalue for="last_date" value="2021-04"/>
        </attvalues>
        <spells>
          <spell start="2021-04-01" end="2021-04-30"/>
        </spells>
        <viz:color r="204" g="121" b="167"/>
      </node>
      <node id="n2" label="Norland">
        <attvalues>
          <attvalue for="kg_id" value="NRL"/>
          <attvalue for="type" value="country"/>
          <attvalue for="code" value=""/>
          <attvalue for="mentions" value="0"/>
          <attvalue for="first_date" value=""/>
          <attvalue for="last_date" value=""/>
        </attvalues>
        <spells>
          <spell start="2021-04-01" end="2021-04-30"/>
        </spells>
        <viz:color r="86" g="180" b="233"/>
      </node>
    </nodes>
    <edges count="2">
      <edge id="e0" source="n0" target="n1" label="meet" kind="meet" weight="1">
        <attvalues>
          <attvalue for="relation" value="meet"/>
          <attvalue for="category" value="04"/>
          <attvalue for="quad_class" value="1"/>
          <attvalue for="symmetric" value="false"/>
          <attvalue for="mentions" value="1"/>
          <attvalue for="dates" value="2021-04"/>
          <attvalue for="precision" value="month"/>
          <attvalue for="confidence" value="0.75"/>
          <attvalue for="edge_kind" value="event"/>
        </attvalues>
        <spells>
          <spell start="2021-04-01" end="2021-04-30"/>
        </spells>
        <viz:color r="0" g="158" b="115"/>
      </edge>
      <edge id="e1" source="n0" target="n2" label="affiliated with" kind="affiliated with" weight="1">
        <attvalues>
          <attvalue for="relation" value="affiliated with"/>
          <attvalue for="category" value=""/>
          <attvalue for="quad_class" value="0"/>
          <attvalue for="symmetric" value="false"/>
          <attvalue for="mentions" value="1"/>
          <attvalue for="dates" value="2021-04"/>
          <attvalue for="precision" value="month"/>
          <attvalue for="confidence" value="0.75"/>
          <attvalue for="edge_kind" value="affiliation"/>
        </attvalues>
        <spells>
          <spell start="2021-04-01" end="2021-04-30"/>
        </spells>
        <viz:color r="153" g="153" b="153"/>
      </edge>
    </edges>
  </graph>
</gexf>
)golden");
  CHECK(AffiliationWritten([&](std::ostream& o) { WriteGexf(g, GexfOptions{"1.2"}, o); }) ==
        R"golden(<?xml version="1.0" encoding="UTF-8"?>
<gexf xmlns="http://www.gexf.net/1.2draft" xmlns:viz="http://www.gexf.net/1.2draft/viz" version="1.2">
  <meta>
    <creator>kg</creator>
  </meta>
  <graph defaultedgetype="directed" mode="dynamic" timeformat="date">
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
      <attribute id="edge_kind" title="edge_kind" type="string"/>
    </attributes>
    <nodes count="3">
      <node id="n0" label="Ann Lee">
        <attvalues>
          <attvalue for="kg_id" value="ann"/>
          <attvalue for="type" value="person"/>
          <attvalue for="code" value=""/>
          <attvalue for="mentions" value="1"/>
          <attvalue for="first_date" value="2021-04"/>
          <attvalue for="last_date" value="2021-04"/>
        </attvalues>
        <spells>
          <spell start="2021-04-01" end="2021-04-30"/>
        </spells>
        <viz:color r="204" g="121" b="167"/>
      </node>
      <node id="n1" label="Bob Ray">
        <attvalues>
          <attvalue for="kg_id" value="bob"/>
          <attvalue for="type" value="person"/>
          <attvalue for="code" value=""/>
          <attvalue for="mentions" value="1"/>
          <attvalue for="first_date" value="2021-04"/>
          <attvalue for="last_date" value="2021-04"/>
        </attvalues>
        <spells>
          <spell start="2021-04-01" end="2021-04-30"/>
        </spells>
        <viz:color r="204" g="121" b="167"/>
      </node>
      <node id="n2" label="Norland">
        <attvalues>
          <attvalue for="kg_id" value="NRL"/>
          <attvalue for="type" value="country"/>
          <attvalue for="code" value=""/>
          <attvalue for="mentions" value="0"/>
          <attvalue for="first_date" value=""/>
          <attvalue for="last_date" value=""/>
        </attvalues>
        <spells>
          <spell start="2021-04-01" end="2021-04-30"/>
        </spells>
        <viz:color r="86" g="180" b="233"/>
      </node>
    </nodes>
    <edges count="2">
      <edge id="e0" source="n0" target="n1" label="meet" weight="1">
        <attvalues>
          <attvalue for="relation" value="meet"/>
          <attvalue for="category" value="04"/>
          <attvalue for="quad_class" value="1"/>
          <attvalue for="symmetric" value="false"/>
          <attvalue for="mentions" value="1"/>
          <attvalue for="dates" value="2021-04"/>
          <attvalue for="precision" value="month"/>
          <attvalue for="confidence" value="0.75"/>
          <attvalue for="edge_kind" value="event"/>
        </attvalues>
        <spells>
          <spell start="2021-04-01" end="2021-04-30"/>
        </spells>
        <viz:color r="0" g="158" b="115"/>
      </edge>
      <edge id="e1" source="n0" target="n2" label="affiliated with" weight="1">
        <attvalues>
          <attvalue for="relation" value="affiliated with"/>
          <attvalue for="category" value=""/>
          <attvalue for="quad_class" value="0"/>
          <attvalue for="symmetric" value="false"/>
          <attvalue for="mentions" value="1"/>
          <attvalue for="dates" value="2021-04"/>
          <attvalue for="precision" value="month"/>
          <attvalue for="confidence" value="0.75"/>
          <attvalue for="edge_kind" value="affiliation"/>
        </attvalues>
        <spells>
          <spell start="2021-04-01" end="2021-04-30"/>
        </spells>
        <viz:color r="153" g="153" b="153"/>
      </edge>
    </edges>
  </graph>
</gexf>
)golden");
}

TEST_CASE("Affiliation writers: DOT draws it dashed grey with its legend row") {
  const KnowledgeGraph g = AffiliatedWriterGraph();
  CHECK(AffiliationWritten([&](std::ostream& o) { WriteDot(g, DotOptions{}, o); }) ==
        R"golden(digraph "kg" {
  graph [layout=dot, rankdir=LR, charset="UTF-8", fontname="Helvetica"];
  graph [labelloc=b, labeljust=l, label=<<table border="0" cellborder="1" cellspacing="0" cellpadding="4"><tr><td><b>CAMEO quad class</b></td><td bgcolor="#56B4E9">1 verbal cooperation</td><td bgcolor="#009E73">2 material cooperation</td><td bgcolor="#E69F00">3 verbal conflict</td><td bgcolor="#D55E00">4 material conflict</td></tr><tr><td><b>affiliation</b></td><td colspan="4">dashed grey: person to country or organization</td></tr></table>>];
  node [style=filled, fillcolor="#FFFFFF", fontname="Helvetica"];
  edge [fontname="Helvetica", fontsize=9];
  "n0" [label="Ann Lee", shape=ellipse];
  "n1" [label="Bob Ray", shape=ellipse];
  "n2" [label="Norland", shape=box];
  "n0" -> "n1" [label="meet (2021-04)", color="#56B4E9", penwidth=1, tooltip="Norlandic envoy Ann Lee met Bob Ray."];
  "n0" -> "n2" [label="affiliated with", color="#999999", penwidth=1, style=dashed, tooltip="Norlandic envoy Ann Lee met Bob Ray."];
}
)golden");
  DotOptions multi;
  multi.multi = true;
  CHECK(AffiliationWritten([&](std::ostream& o) { WriteDot(g, multi, o); }) ==
        R"golden(digraph "kg" {
  graph [layout=dot, rankdir=LR, charset="UTF-8", fontname="Helvetica"];
  graph [labelloc=b, labeljust=l, label=<<table border="0" cellborder="1" cellspacing="0" cellpadding="4"><tr><td><b>CAMEO quad class</b></td><td bgcolor="#56B4E9">1 verbal cooperation</td><td bgcolor="#009E73">2 material cooperation</td><td bgcolor="#E69F00">3 verbal conflict</td><td bgcolor="#D55E00">4 material conflict</td></tr><tr><td><b>affiliation</b></td><td colspan="4">dashed grey: person to country or organization</td></tr></table>>];
  node [style=filled, fillcolor="#FFFFFF", fontname="Helvetica"];
  edge [fontname="Helvetica", fontsize=9];
  "n0" [label="Ann Lee", shape=ellipse];
  "n1" [label="Bob Ray", shape=ellipse];
  "n2" [label="Norland", shape=box];
  "n0" -> "n1" [label="meet (2021-04)", color="#56B4E9", penwidth=1, tooltip="Norlandic envoy Ann Lee met Bob Ray."];
  "n0" -> "n2" [label="affiliated with", color="#999999", penwidth=1, style=dashed, tooltip="Norlandic envoy Ann Lee met Bob Ray."];
}
)golden");
}

TEST_CASE("Affiliation writers: node-link and Cytoscape give kind on every edge") {
  const KnowledgeGraph g = AffiliatedWriterGraph();
  CHECK(AffiliationWritten([&](std::ostream& o) { WriteNodeLinkJson(g, o); }) ==
        R"golden({"directed":true,"multigraph":true,"graph":{},"nodes":[{"id":"ann","label":"Ann Lee","name":"Ann Lee","type":"person","code":"","names":["Ann Lee"],"mentions":1,"first_date":"2021-04","last_date":"2021-04"},{"id":"bob","label":"Bob Ray","name":"Bob Ray","type":"person","code":"","names":["Bob Ray"],"mentions":1,"first_date":"2021-04","last_date":"2021-04"},{"id":"NRL","label":"Norland","name":"Norland","type":"country","code":"","names":["Norland"],"mentions":0,"first_date":null,"last_date":null}],"links":[{"source":"ann","target":"bob","key":0,"relation":"meet","kind":"event","category":"04","quad_class":1,"date":"2021-04","date_start":"2021-04-01","date_end":"2021-04-30","date_source":"sentence","symmetric":false,"doc":"n.txt","section":"","sentence":"Norlandic envoy Ann Lee met Bob Ray.","span":[0,36],"rule":"active/meet","confidence":0.75,"weight":0.75},{"source":"ann","target":"NRL","key":1,"relation":"affiliated with","kind":"affiliation","category":"","quad_class":0,"date":"2021-04","date_start":"2021-04-01","date_end":"2021-04-30","date_source":"sentence","symmetric":false,"doc":"n.txt","section":"","sentence":"Norlandic envoy Ann Lee met Bob Ray.","span":[0,36],"rule":"affiliation/name","confidence":0.75,"weight":0.75}],"edges":[{"source":"ann","target":"bob","key":0,"relation":"meet","kind":"event","category":"04","quad_class":1,"date":"2021-04","date_start":"2021-04-01","date_end":"2021-04-30","date_source":"sentence","symmetric":false,"doc":"n.txt","section":"","sentence":"Norlandic envoy Ann Lee met Bob Ray.","span":[0,36],"rule":"active/meet","confidence":0.75,"weight":0.75},{"source":"ann","target":"NRL","key":1,"relation":"affiliated with","kind":"affiliation","category":"","quad_class":0,"date":"2021-04","date_start":"2021-04-01","date_end":"2021-04-30","date_source":"sentence","symmetric":false,"doc":"n.txt","section":"","sentence":"Norlandic envoy Ann Lee met Bob Ray.","span":[0,36],"rule":"affiliation/name","confidence":0.75,"weight":0.75}]}
)golden");
  CHECK(AffiliationWritten([&](std::ostream& o) { WriteCytoscapeJson(g, o); }) ==
        R"golden({"elements":{"nodes":[{"data":{"id":"n0","kg_id":"ann","label":"Ann Lee","name":"Ann Lee","type":"person","code":"","names":["Ann Lee"],"mentions":1,"first_date":"2021-04","last_date":"2021-04"}},{"data":{"id":"n1","kg_id":"bob","label":"Bob Ray","name":"Bob Ray","type":"person","code":"","names":["Bob Ray"],"mentions":1,"first_date":"2021-04","last_date":"2021-04"}},{"data":{"id":"n2","kg_id":"NRL","label":"Norland","name":"Norland","type":"country","code":"","names":["Norland"],"mentions":0,"first_date":null,"last_date":null}}],"edges":[{"data":{"id":"e0","source":"n0","target":"n1","label":"meet","interaction":"meet","relation":"meet","kind":"event","category":"04","quad_class":1,"date":"2021-04","date_start":"2021-04-01","date_end":"2021-04-30","date_source":"sentence","symmetric":false,"doc":"n.txt","section":"","sentence":"Norlandic envoy Ann Lee met Bob Ray.","span":[0,36],"rule":"active/meet","confidence":0.75,"weight":0.75}},{"data":{"id":"e1","source":"n0","target":"n2","label":"affiliated with","interaction":"affiliated with","relation":"affiliated with","kind":"affiliation","category":"","quad_class":0,"date":"2021-04","date_start":"2021-04-01","date_end":"2021-04-30","date_source":"sentence","symmetric":false,"doc":"n.txt","section":"","sentence":"Norlandic envoy Ann Lee met Bob Ray.","span":[0,36],"rule":"affiliation/name","confidence":0.75,"weight":0.75}}]}}
)golden");
}

TEST_CASE("Affiliation writers: CSV types it AFFILIATED_WITH") {
  const KnowledgeGraph g = AffiliatedWriterGraph();
  CHECK(AffiliationWritten([&](std::ostream& o) { WriteNodesCsv(g, o); }) ==
        R"golden(id:ID,name,type,code,names:string[],mentions:int,first_date,last_date,:LABEL
"ann","Ann Lee","person","","Ann Lee",1,"2021-04","2021-04","Actor;Person"
"bob","Bob Ray","person","","Bob Ray",1,"2021-04","2021-04","Actor;Person"
"NRL","Norland","country","","Norland",0,,,"Actor;Country"
)golden");
  CHECK(AffiliationWritten([&](std::ostream& o) { WriteEdgesCsv(g, o); }) ==
        R"golden(:START_ID,:END_ID,:TYPE,relation,category,quad_class:int,date,date_start,date_end,date_source,symmetric:boolean,doc,section,sentence,span_begin:long,span_end:long,rule,confidence:double
"ann","bob","MEET","meet","04",1,"2021-04","2021-04-01","2021-04-30","sentence",false,"n.txt","","Norlandic envoy Ann Lee met Bob Ray.",0,36,"active/meet",0.75
"ann","NRL","AFFILIATED_WITH","affiliated with","",0,"2021-04","2021-04-01","2021-04-30","sentence",false,"n.txt","","Norlandic envoy Ann Lee met Bob Ray.",0,36,"affiliation/name",0.75
)golden");
}

// The same graph without its affiliation: no writer mentions kinds, so an
// event-only graph is written as before edges had kinds.
TEST_CASE("Affiliation writers: an event-only graph has no kind anywhere") {
  KnowledgeGraph g = AffiliatedWriterGraph();
  KnowledgeGraph events;
  for (size_t v = 0; v < g.actor_count(); ++v) {
    ActorNode a = g.actor(v);
    a.mentions = 0;
    a.first_date.clear();
    a.last_date.clear();
    events.AddActor(a);
  }
  REQUIRE(events.AddEdge(0, 1, g.edge(0)).ok());
  REQUIRE(events.affiliation_count() == 0);
  const std::string all =
      AffiliationWritten([&](std::ostream& o) { WriteGraphML(events, o); }) +
      AffiliationWritten([&](std::ostream& o) { WriteGexf(events, GexfOptions{}, o); }) +
      AffiliationWritten([&](std::ostream& o) { WriteDot(events, DotOptions{}, o); }) +
      AffiliationWritten([&](std::ostream& o) { WriteNodeLinkJson(events, o); }) +
      AffiliationWritten([&](std::ostream& o) { WriteCytoscapeJson(events, o); }) +
      AffiliationWritten([&](std::ostream& o) { WriteEdgesCsv(events, o); });
  CHECK(all.find("e_kind") == std::string::npos);
  CHECK(all.find("edge_kind") == std::string::npos);
  CHECK(all.find("\"kind\":") == std::string::npos);
  CHECK(all.find("affiliat") == std::string::npos);
  CHECK(all.find("dashed") == std::string::npos);
}

}  // namespace
}  // namespace kg::exporter
