#include <doctest/doctest.h>

#include <limits>
#include <sstream>
#include <string>
#include <utility>

#include "export/graph_writer.h"

namespace kg::exporter {
namespace {

using graph::EventEdge;
using graph::KnowledgeGraph;

//   node --0 sign agreement (2019-03)--> "C:\path\"
//   rtl  --1 criticize (undated)-------> node
// with hostile names: a keyword id, a trailing backslash, quotes, markup,
// "\N", U+0001, right-to-left text, an emoji and a newline in a sentence.
KnowledgeGraph Hostile() {
  KnowledgeGraph g;
  g.AddActor({"node", "a\"b", "person", "", {"<&>", "\\N"}, 0, "", ""});
  g.AddActor({"C:\\path\\", "ctl\x01x", "country", "CHN", {}, 0, "", ""});
  g.AddActor({"rtl",
              "\xD7\xA9\xD7\x9C\xD7\x95\xD7\x9D \xF0\x9F\x98\x80",
              "other",
              "",
              {},
              0,
              "",
              ""});
  // std::string(...) for the 2-byte categories: GCC 12 at -O3 warns
  // (falsely) maybe-uninitialized when a literal is assigned.
  EventEdge e0;
  e0.relation = "sign agreement";
  e0.category = std::string("05");
  e0.quad_class = 1;
  e0.date = "2019-03";
  e0.date_source = "text";
  e0.doc = "d1";
  e0.section = "body";
  e0.sentence = "line one\nline \"two\"";
  e0.span_begin = 3;
  e0.span_end = 17;
  e0.rule = "r1";
  e0.confidence = 0.1;
  REQUIRE(g.AddEdge(0, 1, std::move(e0)).ok());
  EventEdge e1;
  e1.relation = "criticize";
  e1.category = std::string("11");
  e1.quad_class = 3;
  e1.symmetric = true;
  e1.sentence = "\\N <&>";
  e1.confidence = 0;
  REQUIRE(g.AddEdge(2, 0, std::move(e1)).ok());
  return g;
}

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

TEST_CASE("NodesCsv: control characters dropped, ';' in an array, odd types") {
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
