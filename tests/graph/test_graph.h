// Small hand-drawn graphs for the graph/ query tests (paths, names, stats):
// actors by id, edges by the ids of their ends.
//
//   KnowledgeGraph g = BuildGraph({{"a", "Alpha"}, {"b", "Bravo"}},
//                                 {{"a", "b", "2019-03-01", 0.5}});
#ifndef KG_TESTS_GRAPH_TEST_GRAPH_H_
#define KG_TESTS_GRAPH_TEST_GRAPH_H_

#include <doctest/doctest.h>

#include <charconv>
#include <string>
#include <vector>

#include "graph/graph_stats.h"
#include "graph/knowledge_graph.h"

namespace kg::graph::testing {

struct TestActor {
  std::string id;
  std::string name;
  std::string type = "person";
  std::vector<std::string> names = {};  ///< seen besides the canonical name
};

struct TestEdge {
  std::string source;  ///< actor id
  std::string target;  ///< actor id
  std::string date;    ///< EDTF or ""
  double confidence = 1.0;
  std::string category = "04";
  int quad_class = 1;
};

/// The graph of these actors (vertex numbers in list order) and edges (edge
/// numbers in list order). Every edge's relation is "r<edge number>".
inline KnowledgeGraph BuildGraph(const std::vector<TestActor>& actors,
                                 const std::vector<TestEdge>& edges) {
  KnowledgeGraph g;
  for (const TestActor& t : actors) {
    ActorNode a;
    a.id = t.id;
    a.name = t.name;
    a.type = t.type;
    a.names = t.names;
    g.AddActor(a);
  }
  for (const TestEdge& t : edges) {
    EventEdge e;
    e.relation = "r" + std::to_string(g.edge_count());
    e.category = t.category;
    e.quad_class = t.quad_class;
    e.date = t.date;
    e.confidence = t.confidence;
    e.sentence = t.source + " " + e.relation + " " + t.target + ".";
    auto s = g.FindActor(t.source);
    auto o = g.FindActor(t.target);
    REQUIRE_MESSAGE((s && o), t.source << " -> " << t.target);
    Result<size_t> added = g.AddEdge(*s, *o, e);
    REQUIRE_MESSAGE(added.ok(), added.status().ToString());
  }
  return g;
}

/// Shortest round-trip spelling of a double: "2", "18.333333333333332".
inline std::string Number(double x) {
  char buf[32];
  auto [end, ec] = std::to_chars(buf, buf + sizeof buf, x);
  return std::string(buf, end);
}

/// GraphStats one field a line, for exact comparisons that print readably.
inline std::string ShowStats(const GraphStats& s) {
  std::string out = "actors " + std::to_string(s.actors) + ", edges " +
                    std::to_string(s.edges);
  out += "\ntypes";
  for (const auto& [type, n] : s.actors_by_type)
    out += " " + type + "=" + std::to_string(n);
  out += "\ncategories";
  for (const auto& [cat, n] : s.edges_by_category)
    out += " " + cat + "=" + std::to_string(n);
  out += "\ncomponents " + std::to_string(s.components) + ", largest " +
         std::to_string(s.largest_component);
  out += "\ndates " + s.first_date + ".." + s.last_date + ", undated " +
         std::to_string(s.undated_edges);
  out += "\ndegree";
  for (const RankedActor& r : s.top_by_degree)
    out += " " + r.name + "=" + Number(r.value);
  out += "\nbetweenness";
  for (const RankedActor& r : s.top_by_betweenness)
    out += " " + r.name + "=" + Number(r.value);
  return out;
}

}  // namespace kg::graph::testing

#endif  // KG_TESTS_GRAPH_TEST_GRAPH_H_
