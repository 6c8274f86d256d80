#include "graph/aggregated_view.h"

#include <doctest/doctest.h>

#include <string>
#include <vector>

namespace kg::graph {
namespace {

ActorNode AggregatedActor(const std::string& id) {
  ActorNode a;
  a.id = id;
  a.name = id;
  return a;
}

EventEdge Edge(const std::string& relation, const std::string& category,
               const std::string& date, double confidence,
               bool symmetric = false) {
  EventEdge e;
  e.relation = relation;
  e.category = category;
  e.quad_class = category == "04" ? 1 : 3;
  e.date = date;
  e.confidence = confidence;
  e.symmetric = symmetric;
  return e;
}

// The graph (edge number: relation, date, confidence):
//
//        0: meet 2015 0.5 (symmetric) ───────────▶
//        2: criticize 2016 0.6 ──────────────────▶
//        3: criticize (undated) 0.7 ─────────────▶
//   A    4: criticize 2014-05 0.4 ───────────────▶    B
//        6: meet 2015-06 0.3 (one-way) ──────────▶
//        ◀─────────── 1: meet 2017-03 0.9 (symmetric)
//        ◀─────────── 5: criticize 2013 0.8
//   │
//   └──── 7: meet 2012 0.2 ──▶ C
//
// 0 and 1 are one symmetric pair; 2, 3 and 4 one A->B criticize; 5 stays
// apart (the other way); 6, a one-way meet, stays apart from the pair.
KnowledgeGraph AggregatedSample() {
  KnowledgeGraph g;
  for (const char* id : {"A", "B", "C"}) g.AddActor(AggregatedActor(id));
  const struct {
    size_t source, target;
    EventEdge edge;
  } edges[] = {
      {0, 1, Edge("meet", "04", "2015", 0.5, true)},
      {1, 0, Edge("meet", "04", "2017-03", 0.9, true)},
      {0, 1, Edge("criticize", "11", "2016", 0.6)},
      {0, 1, Edge("criticize", "11", "", 0.7)},
      {0, 1, Edge("criticize", "11", "2014-05", 0.4)},
      {1, 0, Edge("criticize", "11", "2013", 0.8)},
      {0, 1, Edge("meet", "04", "2015-06", 0.3)},
      {0, 2, Edge("meet", "04", "2012", 0.2)},
  };
  for (const auto& e : edges)
    REQUIRE(g.AddEdge(e.source, e.target, e.edge).ok());
  return g;
}

// "A-criticize->B x3 2014-05..2016 0.7 [2 3 4]", one a line.
std::string Show(const KnowledgeGraph& g,
                 const std::vector<AggregatedEdge>& view) {
  std::string out;
  for (const AggregatedEdge& a : view) {
    out += g.actor(a.source).id + (a.symmetric ? "<-" : "-") + a.relation +
           "->" + g.actor(a.target).id + " x" + std::to_string(a.count) + " " +
           a.first_date + ".." + a.last_date + " " + a.category + "/" +
           std::to_string(a.quad_class) + " " +
           std::to_string(a.confidence).substr(0, 3) + " [";
    for (size_t i = 0; i < a.edges.size(); ++i) {
      out += (i ? " " : "") + std::to_string(a.edges[i]);
    }
    out += "]\n";
  }
  return out;
}

TEST_CASE("Aggregate: one edge per source, target and relation") {
  const KnowledgeGraph g = AggregatedSample();
  CHECK(Show(g, Aggregate(g, EdgeFilter{})) ==
        "A-criticize->B x3 2014-05..2016 11/3 0.7 [2 3 4]\n"
        "A-meet->B x1 2015-06..2015-06 04/1 0.3 [6]\n"
        "A<-meet->B x2 2015..2017-03 04/1 0.9 [0 1]\n"
        "A-meet->C x1 2012..2012 04/1 0.2 [7]\n"
        "B-criticize->A x1 2013..2013 11/3 0.8 [5]\n");
}

TEST_CASE("Aggregate: counts only what the filter accepts") {
  const KnowledgeGraph g = AggregatedSample();
  EdgeFilter criticism;
  criticism.categories = {"11"};
  CHECK(Show(g, Aggregate(g, criticism)) ==
        "A-criticize->B x3 2014-05..2016 11/3 0.7 [2 3 4]\n"
        "B-criticize->A x1 2013..2013 11/3 0.8 [5]\n");

  EdgeFilter since2015;
  REQUIRE(ParseEdtf("2015/..", &since2015.window.emplace()));
  CHECK(Show(g, Aggregate(g, since2015)) ==
        "A-criticize->B x1 2016..2016 11/3 0.6 [2]\n"
        "A-meet->B x1 2015-06..2015-06 04/1 0.3 [6]\n"
        "A<-meet->B x2 2015..2017-03 04/1 0.9 [0 1]\n");

  since2015.include_undated = true;
  CHECK(Show(g, Aggregate(g, since2015)).substr(0, 44) ==
        "A-criticize->B x2 2016..2016 11/3 0.7 [2 3]\n");
}

TEST_CASE("Aggregate: an undated group has no dates") {
  KnowledgeGraph g;
  g.AddActor(AggregatedActor("B"));
  g.AddActor(AggregatedActor("A"));
  // Symmetric, written from the higher vertex: source becomes the lower.
  REQUIRE(g.AddEdge(1, 0, Edge("meet", "04", "", 0.5, true)).ok());
  const std::vector<AggregatedEdge> view = Aggregate(g, EdgeFilter{});
  REQUIRE(view.size() == 1);
  CHECK(view[0].source == 0);
  CHECK(view[0].target == 1);
  CHECK(view[0].first_date == "");
  CHECK(view[0].last_date == "");
  CHECK(view[0].count == 1);
  CHECK(Aggregate(KnowledgeGraph(), EdgeFilter{}).empty());
}

}  // namespace
}  // namespace kg::graph
