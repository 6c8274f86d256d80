#include <doctest/doctest.h>

#include <limits>
#include <sstream>
#include <string>
#include <utility>

#include "export/graph_writer.h"
#include "tests/export/hostile_graph.h"

namespace kg::exporter {
namespace {

using graph::EventEdge;
using graph::KnowledgeGraph;

using testing::Hostile;

std::string Nodes(const KnowledgeGraph& g) {
  std::ostringstream out;
  WriteNodesCsv(g, out);
  return out.str();
}

std::string Edges(const KnowledgeGraph& g) {
  std::ostringstream out;
  WriteEdgesCsv(g, out);
  return out.str();
}

TEST_CASE("NodesCsv: hostile names, every string quoted, no dates left empty") {
  CHECK(Nodes(Hostile()) ==
        "id:ID,name,type,code,names:string[],mentions:int,first_date,last_date,"
        ":LABEL\n"
        R"("node","a""b","person","","<&>;\N;a""b",2,"2019-03","2019-03",)"
        R"("Actor;Person")"
        "\n"
        R"("C:\path\","ctlx","country","CHN","ctlx",1,"2019-03","2019-03",)"
        R"("Actor;Country")"
        "\n"
        R"("rtl","שלום 😀","other","","שלום 😀",1,,,"Actor;Other")"
        "\n");
}

TEST_CASE(
    "EdgesCsv: hostile names, a newline kept inside quotes, undated empty") {
  CHECK(
      Edges(Hostile()) ==
      ":START_ID,:END_ID,:TYPE,relation,category,quad_class:int,date,"
      "date_start,date_end,date_source,symmetric:boolean,doc,section,"
      "sentence,span_begin:long,span_end:long,rule,confidence:double\n"
      R"("node","C:\path\","SIGN_AGREEMENT","sign agreement","05",1,"2019-03",)"
      R"("2019-03-01","2019-03-31","text",false,"d1","body","line one)"
      "\n"
      R"(line ""two""",3,17,"r1",0.1)"
      "\n"
      R"("rtl","node","CRITICIZE","criticize","11",3,,,,"",true,"","",)"
      R"("\N <&>",0,0,"",0)"
      "\n");
}

TEST_CASE("NodesCsv: control characters dropped, a semicolon in an array, odd types") {
  KnowledgeGraph g;
  g.AddActor({std::string("a\0b\r\x7F", 5),
              "t\tab",
              "armed group",
              "",
              {"x;y"},
              0,
              "",
              ""});
  g.AddActor({"u", "U", "", "", {}, 0, "", ""});
  CHECK(Nodes(g) ==
        "id:ID,name,type,code,names:string[],mentions:int,first_date,last_date,"
        ":LABEL\n"
        "\"ab\",\"t\tab\",\"armed group\",\"\",\"t\tab;x\xEF\xBC\x9By\",0,,,"
        "\"Actor;Armed_group\"\n"
        "\"u\",\"U\",\"\",\"\",\"U\",0,,,\"Actor\"\n");
}

TEST_CASE(
    "EdgesCsv: open end, no relation, NaN confidence, round-trip double") {
  KnowledgeGraph g;
  g.AddActor({"a", "A", "person", "", {}, 0, "", ""});
  EventEdge e;
  e.date = "../2019";
  e.confidence = 1.0 / 3;
  REQUIRE(g.AddEdge(0, 0, e).ok());
  e.date = "";
  e.confidence = std::numeric_limits<double>::quiet_NaN();
  REQUIRE(g.AddEdge(0, 0, e).ok());
  const std::string csv = Edges(g);
  const std::string rows = csv.substr(csv.find('\n') + 1);
  CHECK(
      rows ==
      R"("a","a","RELATED","","",0,"../2019",,"2019-12-31","",false,"","","",)"
      R"(0,0,"",0.3333333333333333)"
      "\n"
      R"("a","a","RELATED","","",0,,,,"",false,"","","",0,0,"",)"
      "\n");
  CHECK(std::stod("0.3333333333333333") == 1.0 / 3);
}

TEST_CASE("GraphCsv: an empty graph is its header") {
  KnowledgeGraph g;
  CHECK(Nodes(g) ==
        "id:ID,name,type,code,names:string[],mentions:int,first_date,last_date,"
        ":LABEL\n");
  CHECK(Edges(g).find('\n') == Edges(g).size() - 1);
}

}  // namespace
}  // namespace kg::exporter
