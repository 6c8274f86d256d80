// The small graph of hostile names that the JSON and CSV writers' golden
// tests share.
#ifndef KG_TESTS_EXPORT_HOSTILE_GRAPH_H_
#define KG_TESTS_EXPORT_HOSTILE_GRAPH_H_

#include <doctest/doctest.h>

#include <string>
#include <utility>

#include "graph/knowledge_graph.h"

namespace kg::exporter::testing {

//   node --0 sign agreement (2019-03)--> "C:\path\"
//   rtl  --1 criticize (undated)-------> node
// with hostile names: a keyword id, a trailing backslash, quotes, markup,
// "\N", U+0001, right-to-left text, an emoji and a newline in a sentence.
inline graph::KnowledgeGraph Hostile() {
  graph::KnowledgeGraph g;
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
  graph::EventEdge e0;
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
  graph::EventEdge e1;
  e1.relation = "criticize";
  e1.category = std::string("11");
  e1.quad_class = 3;
  e1.symmetric = true;
  e1.sentence = "\\N <&>";
  e1.confidence = 0;
  REQUIRE(g.AddEdge(2, 0, std::move(e1)).ok());
  return g;
}

}  // namespace kg::exporter::testing

#endif  // KG_TESTS_EXPORT_HOSTILE_GRAPH_H_
