#include <doctest/doctest.h>

#include <nlohmann/json.hpp>
#include <sstream>
#include <string>
#include <utility>

#include "export/graph_writer.h"
#include "tests/export/hostile_graph.h"

namespace kg::exporter {
namespace {

using graph::ActorNode;
using graph::EventEdge;
using graph::KnowledgeGraph;

using testing::Hostile;

std::string NodeLink(const KnowledgeGraph& g) {
  std::ostringstream out;
  WriteNodeLinkJson(g, out);
  return out.str();
}

std::string Cytoscape(const KnowledgeGraph& g) {
  std::ostringstream out;
  WriteCytoscapeJson(g, out);
  return out.str();
}

// The two edges of Hostile() as node-link JSON: identical under "links"
// and "edges".
const std::string kLinks =
    R"([{"source":"node","target":"C:\\path\\","key":0,"relation":"sign agreement",)"
    R"("category":"05","quad_class":1,"date":"2019-03","date_start":"2019-03-01",)"
    R"("date_end":"2019-03-31","date_source":"text","symmetric":false,"doc":"d1",)"
    R"("section":"body","sentence":"line one\nline \"two\"","span":[3,17],)"
    R"("rule":"r1","confidence":0.1,"weight":0.1},)"
    R"({"source":"rtl","target":"node","key":1,"relation":"criticize",)"
    R"("category":"11","quad_class":3,"date":null,"date_start":null,)"
    R"("date_end":null,"date_source":"","symmetric":true,"doc":"","section":"",)"
    R"("sentence":"\\N <&>","span":[0,0],"rule":"","confidence":0.0,"weight":1e-06}])";

TEST_CASE("NodeLinkJson: hostile names, a dated and an undated edge") {
  CHECK(
      NodeLink(Hostile()) ==
      R"({"directed":true,"multigraph":true,"graph":{},"nodes":[)"
      R"({"id":"node","label":"a\"b","name":"a\"b","type":"person","code":"",)"
      R"("names":["<&>","\\N","a\"b"],"mentions":2,"first_date":"2019-03",)"
      R"("last_date":"2019-03"},)"
      R"({"id":"C:\\path\\","label":"ctl\u0001x","name":"ctl\u0001x",)"
      R"("type":"country","code":"CHN","names":["ctl\u0001x"],"mentions":1,)"
      R"("first_date":"2019-03","last_date":"2019-03"},)"
      R"({"id":"rtl","label":"שלום 😀","name":"שלום 😀","type":"other",)"
      R"("code":"","names":["שלום 😀"],"mentions":1,"first_date":null,)"
      R"("last_date":null}],"links":)" +
          kLinks + R"(,"edges":)" + kLinks + "}\n");
}

TEST_CASE("CytoscapeJson: hostile names, a dated and an undated edge") {
  CHECK(
      Cytoscape(Hostile()) ==
      R"({"elements":{"nodes":[)"
      R"({"data":{"id":"n0","kg_id":"node","label":"a\"b","name":"a\"b",)"
      R"("type":"person","code":"","names":["<&>","\\N","a\"b"],"mentions":2,)"
      R"("first_date":"2019-03","last_date":"2019-03"}},)"
      R"({"data":{"id":"n1","kg_id":"C:\\path\\","label":"ctl\u0001x",)"
      R"("name":"ctl\u0001x","type":"country","code":"CHN",)"
      R"("names":["ctl\u0001x"],"mentions":1,"first_date":"2019-03",)"
      R"("last_date":"2019-03"}},)"
      R"({"data":{"id":"n2","kg_id":"rtl","label":"שלום 😀","name":"שלום 😀",)"
      R"("type":"other","code":"","names":["שלום 😀"],"mentions":1,)"
      R"("first_date":null,"last_date":null}}],"edges":[)"
      R"({"data":{"id":"e0","source":"n0","target":"n1","label":"sign agreement",)"
      R"("interaction":"sign agreement","relation":"sign agreement",)"
      R"("category":"05","quad_class":1,"date":"2019-03","date_start":"2019-03-01",)"
      R"("date_end":"2019-03-31","date_source":"text","symmetric":false,"doc":"d1",)"
      R"("section":"body","sentence":"line one\nline \"two\"","span":[3,17],)"
      R"("rule":"r1","confidence":0.1,"weight":0.1}},)"
      R"({"data":{"id":"e1","source":"n2","target":"n0","label":"criticize",)"
      R"("interaction":"criticize","relation":"criticize","category":"11",)"
      R"("quad_class":3,"date":null,"date_start":null,"date_end":null,)"
      R"("date_source":"","symmetric":true,"doc":"","section":"",)"
      R"("sentence":"\\N <&>","span":[0,0],"rule":"","confidence":0.0,)"
      R"("weight":1e-06}}]}})"
      "\n");
}

TEST_CASE("GraphJson: an empty graph") {
  KnowledgeGraph g;
  CHECK(
      NodeLink(g) ==
      R"({"directed":true,"multigraph":true,"graph":{},"nodes":[],"links":[],)"
      R"("edges":[]})"
      "\n");
  CHECK(Cytoscape(g) == "{\"elements\":{\"nodes\":[],\"edges\":[]}}\n");
}

TEST_CASE("GraphJson: invalid UTF-8 becomes U+FFFD instead of throwing") {
  KnowledgeGraph g;
  g.AddActor({"x\xFF", "a\xC3", "person", "", {}, 0, "", ""});
  std::string link;
  std::string cyto;
  CHECK_NOTHROW(link = NodeLink(g));
  CHECK_NOTHROW(cyto = Cytoscape(g));
  CHECK(link.find(R"("id":"x)"
                  "\xEF\xBF\xBD"
                  R"(")") != std::string::npos);
  CHECK(cyto.find(R"("name":"a)"
                  "\xEF\xBF\xBD"
                  R"(")") != std::string::npos);
}

TEST_CASE(
    "GraphJson: an open interval's open end is null, doubles round-trip") {
  KnowledgeGraph g;
  g.AddActor({"a", "A", "person", "", {}, 0, "", ""});
  EventEdge e;
  e.relation = "meet";
  e.date = "2018/..";
  e.confidence = 1.0 / 3;
  REQUIRE(g.AddEdge(0, 0, e).ok());
  const nlohmann::json j = nlohmann::json::parse(NodeLink(g));
  CHECK(j["links"] == j["edges"]);
  CHECK(j["links"][0]["date"] == "2018/..");
  CHECK(j["links"][0]["date_start"] == "2018-01-01");
  CHECK(j["links"][0]["date_end"].is_null());
  CHECK(j["links"][0]["confidence"].get<double>() == 1.0 / 3);
  const nlohmann::json c = nlohmann::json::parse(Cytoscape(g));
  CHECK(c["elements"]["edges"][0]["data"]["date_end"].is_null());
  CHECK(c["elements"]["edges"][0]["data"]["confidence"].get<double>() ==
        1.0 / 3);
}

}  // namespace
}  // namespace kg::exporter
