#include "graph/report.h"

#include <doctest/doctest.h>

#include <nlohmann/json.hpp>
#include <sstream>

#include "tests/graph/test_graph.h"

namespace kg::graph {
namespace {

using testing::BuildGraph;

//   c --0 (2019-03-01)--> x <--1 (undated)-- p
KnowledgeGraph Drawn() {
  return BuildGraph({{"c", "Carney"}, {"x", "Xi"}, {"p", "Putin"}},
                    {{"c", "x", "2019-03-01", 0.8}, {"p", "x", "", 0.5}});
}

TEST_CASE("Report: a path as text, hops in path order with their evidence") {
  KnowledgeGraph g = Drawn();
  PathResult r;
  r.paths.push_back({{{0, 1, 0, false}, {1, 2, 1, true}}, 2});
  std::ostringstream out;
  WritePathsText(g, r, out);
  CHECK(out.str() ==
        "  1. Carney -r0 (2019-03-01)-> Xi\n"
        "       \"c r0 x.\"\n"
        "       :0\n"
        "  2. Xi <-r1- Putin\n"
        "       \"p r1 x.\"\n"
        "       :0\n");
  CHECK(HopLabel(g, {1, 2, 1, true}) == "Xi <-r1- Putin");
  CHECK(EdgeLabel(g, 1) == "Putin -r1-> Xi");

  r.paths.push_back(r.paths[0]);
  r.truncated = true;
  std::ostringstream two;
  WritePathsText(g, r, two);
  CHECK(two.str().substr(0, 8) == "Path 1:\n");
  CHECK(two.str().find("Path 2:\n") != std::string::npos);
  const std::string tail = "(only the first 2 shortest paths are shown)\n";
  REQUIRE(two.str().size() > tail.size());
  CHECK(two.str().substr(two.str().size() - tail.size()) == tail);
}

TEST_CASE("Report: a path as JSON") {
  KnowledgeGraph g = Drawn();
  PathResult r;
  r.paths.push_back({{{2, 1, 1, false}}, 1});
  CHECK(PathsJson(g, r) ==
        "{\"paths\":[{\"hops\":[{\"from\":\"Putin\",\"to\":\"Xi\",\"reversed\":false,"
        "\"evidence\":{\"edge\":1,\"subject\":\"Putin\",\"relation\":\"r1\",\"category\":"
        "\"04\",\"object\":\"Xi\",\"date\":null,\"doc\":\"\",\"offset\":0,\"sentence\":"
        "\"p r1 x.\",\"rule\":\"\",\"confidence\":0.5}}],\"cost\":1.0}],"
        "\"truncated\":false}");
}

TEST_CASE("Report: neighbors as text and JSON") {
  KnowledgeGraph g = Drawn();
  std::vector<EdgeRef> edges = {g.edge_ref(0), g.edge_ref(1)};
  std::ostringstream out;
  WriteNeighborsText(g, 1, edges, out);
  CHECK(out.str() ==
        "Xi: 2 edges\n"
        "  Carney -r0 (2019-03-01)-> Xi\n"
        "       \"c r0 x.\"\n"
        "       :0\n"
        "  Putin -r1-> Xi\n"
        "       \"p r1 x.\"\n"
        "       :0\n");
  const nlohmann::ordered_json j = nlohmann::ordered_json::parse(NeighborsJson(g, 1, {edges[1]}));
  CHECK(j["actor"] == "Xi");
  CHECK(j["id"] == "x");
  CHECK(j["edges"].size() == 1);
  CHECK(j["edges"][0]["subject"] == "Putin");
}

TEST_CASE("Report: stats as text and JSON") {
  GraphStats s;
  s.actors = 3;
  s.edges = 2;
  s.actors_by_type = {{"person", 3}};
  s.edges_by_category = {{"04", 2}};
  s.components = 1;
  s.largest_component = 3;
  s.first_date = "2019-03-01";
  s.last_date = "2019-03-01";
  s.undated_edges = 1;
  s.top_by_degree = {{1, "Xi", 2}};
  s.top_by_betweenness = {{1, "Xi", 1.0}};
  std::ostringstream out;
  WriteStatsText(s, out);
  CHECK(out.str() ==
        "actors 3, edges 2, components 1 (largest 3)\n"
        "dates 2019-03-01 .. 2019-03-01, undated edges 1\n"
        "actors by type: 3 person\n"
        "edges by category: 2 consult (04)\n"
        "top by degree:\n"
        "  2  Xi\n"
        "top by betweenness:\n"
        "  1.000  Xi\n");
  CHECK(StatsJson(s) ==
        "{\"actors\":3,\"edges\":2,\"components\":1,\"largest_component\":3,"
        "\"directed\":false,"
        "\"first_date\":\"2019-03-01\",\"last_date\":\"2019-03-01\",\"undated_edges\":1,"
        "\"actors_by_type\":{\"person\":3},\"edges_by_category\":{\"04\":2},"
        "\"category_names\":{\"04\":\"consult\"},"
        "\"top_by_degree\":[{\"name\":\"Xi\",\"value\":2.0}],"
        "\"top_by_betweenness\":[{\"name\":\"Xi\",\"value\":1.0}]}");
}

TEST_CASE("Report: stats lists without trailing commas, CAMEO names, directed") {
  GraphStats s;
  s.actors_by_type = {{"country", 1}, {"person", 4}};
  s.edges_by_category = {{"", 1}, {"04", 2}, {"11", 1}, {"99", 3}};
  s.directed = true;
  std::ostringstream out;
  WriteStatsText(s, out);
  CHECK(out.str() ==
        "actors 0, edges 0, strongly connected components 0 (largest 0)\n"
        "dates - .. -, undated edges 0\n"
        "actors by type: 1 country, 4 person\n"
        "edges by category: 1 uncategorized, 2 consult (04), 1 disapprove (11), 3 99\n"
        "top by degree:\n"
        "top by betweenness (directed):\n");
  const auto j = nlohmann::json::parse(StatsJson(s));
  CHECK(j["directed"] == true);
  CHECK(j["category_names"].dump() == R"({"04":"consult","11":"disapprove"})");
  GraphStats empty;
  std::ostringstream none;
  WriteStatsText(empty, none);
  CHECK(none.str().find("actors by type:\nedges by category:\n") != std::string::npos);
}

TEST_CASE("Report: actors as text and JSON") {
  KnowledgeGraph g = BuildGraph({{"c", "Carney", "person", {"Mark Carney"}},
                                 {"x", "Xi", "", {}}},
                                {{"c", "x", "2019-03-01", 0.8}});
  const std::vector<ListedActor> listed = {{1, 3}, {0, 1}};
  std::ostringstream out;
  WriteActorsText(g, listed, out);
  CHECK(out.str() ==
        "2 actors\n"
        "  3  Xi [x, other] names: Xi\n"
        "  1  Carney [c, person] names: Carney; Mark Carney\n");
  CHECK(ActorsJson(g, {{0, 1}}) ==
        R"({"actors":[{"id":"c","name":"Carney","type":"person","code":"","degree":1,)"
        R"("mentions":1,"names":["Carney","Mark Carney"]}]})");
  std::ostringstream one;
  WriteActorsText(g, {{0, 1}}, one);
  CHECK(one.str().rfind("1 actor\n", 0) == 0);
  std::ostringstream zero;
  WriteActorsText(g, {}, zero);
  CHECK(zero.str() == "0 actors\n");
}

}  // namespace
}  // namespace kg::graph
