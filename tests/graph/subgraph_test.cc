#include "graph/subgraph.h"

#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "tests/graph/test_graph.h"

namespace kg::graph {
namespace {

using testing::BuildGraph;

// a -e0(2019, 04)-> b <-e1(2021, 11)- c -e2(2020, 04)-> d ; e alone.
KnowledgeGraph SubgraphChain() {
  return BuildGraph({{"a", "Alpha"}, {"b", "Bravo"}, {"c", "Charlie"}, {"d", "Delta"},
                     {"e", "Echo"}},
                    {{"a", "b", "2019", 1.0, "04", 1},
                     {"c", "b", "2021", 1.0, "11", 3},
                     {"c", "d", "2020", 1.0, "04", 1}});
}

std::string Mask(const std::vector<bool>& in) {
  std::string s;
  for (bool b : in) s += b ? '1' : '0';
  return s;
}

TEST_CASE("Neighbourhood: hops in either direction through accepted edges") {
  const KnowledgeGraph g = SubgraphChain();
  CHECK(Mask(Neighbourhood(g, 0, 0, {})) == "10000");
  CHECK(Mask(Neighbourhood(g, 0, 1, {})) == "11000");
  CHECK(Mask(Neighbourhood(g, 0, 2, {})) == "11100");  // b <- c: against the edge
  CHECK(Mask(Neighbourhood(g, 0, 9, {})) == "11110");
  CHECK(Mask(Neighbourhood(g, 4, 3, {})) == "00001");
  CHECK(Mask(Neighbourhood(g, 99, 1, {})) == "00000");
  EdgeFilter only04;
  only04.categories = {"04"};
  CHECK(Mask(Neighbourhood(g, 0, 9, only04)) == "11000");
}

TEST_CASE("Subgraph: the kept actors, the accepted edges between them, counts redone") {
  const KnowledgeGraph g = SubgraphChain();
  const KnowledgeGraph part = Subgraph(g, {false, true, true, true, false}, {});
  REQUIRE(part.actor_count() == 3);
  CHECK(part.actor(0).id == "b");
  CHECK(part.actor(1).id == "c");
  CHECK(part.actor(2).id == "d");
  CHECK(part.actor(0).name == "Bravo");
  CHECK(part.actor(0).names == g.actor(1).names);
  REQUIRE(part.edge_count() == 2);
  CHECK(part.edge(0).relation == "r1");
  CHECK(part.edge_ref(0).source == 1);
  CHECK(part.edge_ref(0).target == 0);
  CHECK(part.edge(1).relation == "r2");
  // b had mentions 2 (2019..2021) in g; here only e1 is kept.
  CHECK(g.actor(1).mentions == 2);
  CHECK(part.actor(0).mentions == 1);
  CHECK(part.actor(0).first_date == "2021");
  CHECK(part.actor(0).last_date == "2021");
  CHECK(part.actor(1).mentions == 2);
  CHECK(part.actor(1).first_date == "2020");
  CHECK(part.actor(1).last_date == "2021");

  EdgeFilter only04;
  only04.categories = {"04"};
  const KnowledgeGraph filtered = Subgraph(g, {true, true, true, true, true}, only04);
  CHECK(filtered.actor_count() == 5);
  CHECK(filtered.edge_count() == 2);
  CHECK(filtered.actor(4).mentions == 0);
}

}  // namespace
}  // namespace kg::graph
