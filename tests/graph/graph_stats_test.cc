#include "graph/graph_stats.h"

#include <doctest/doctest.h>

#include <string>
#include <string_view>
#include <vector>

#include "graph/date_range.h"
#include "graph/edge_filter.h"
#include "tests/graph/test_graph.h"

namespace kg::graph {
namespace {

using testing::BuildGraph;
using testing::Number;
using testing::ShowStats;

//         0 (2019-03-01)      1 (2018/2020)      2 (2021-05)
//   a Alpha ----------> b Bravo ----------> c Charlie ----------> d Delta
//                       ^  |
//       3 (undated, 05) |  | 4 (../2017, 05)
//                       |  v
//                      e Echo (country)
//
//   f Foxtrot --5 (2022, 19)--> g Golf      (organizations)
//   h Hotel --6 (undated)--> h Hotel        (no type: "other")
//   i India                                 (no edges)
KnowledgeGraph Drawn() {
  return BuildGraph({{"a", "Alpha"},
                     {"b", "Bravo"},
                     {"c", "Charlie"},
                     {"d", "Delta"},
                     {"e", "Echo", "country"},
                     {"f", "Foxtrot", "organization"},
                     {"g", "Golf", "organization"},
                     {"h", "Hotel", ""},
                     {"i", "India"}},
                    {{"a", "b", "2019-03-01"},
                     {"b", "c", "2018/2020"},
                     {"c", "d", "2021-05"},
                     {"e", "b", "", 1.0, "05"},
                     {"b", "e", "../2017", 1.0, "05"},
                     {"f", "g", "2022", 1.0, "19"},
                     {"h", "h", ""}});
}

TEST_CASE("ComputeStats: counts, components, dates and tops of a drawn graph") {
  KnowledgeGraph g = Drawn();
  EdgeFilter none, cat04, y2019, y2030;
  cat04.categories = {"04"};
  y2019.window = DateRange{DayNumber(2019, 1, 1), DayNumber(2019, 12, 31)};
  y2030.window = DateRange{DayNumber(2030, 1, 1), DayNumber(2030, 12, 31)};
  struct Case {
    std::string_view name;
    EdgeFilter filter;
    size_t top;
    std::string expected;
  };
  // Betweenness by hand. All edges: n = 8 actors with edges; Bravo lies on
  // the 5 paths a-e, a-c, a-d, e-c, e-d, Charlie on 3 (d to a, b, e); times
  // 2 / ((8-1)(8-2)) = 1/21. Category 04: the path a-b-c-d plus the loop h,
  // n = 5: Bravo and Charlie each lie on 2 paths, times 2 / (4 * 3). 2019:
  // the path a-b-c, n = 3: Bravo lies on a-c, times 2 / (2 * 1) = 1.
  const Case cases[] = {
      {"all", none, 4,
       "actors 8, edges 7\n"
       "types country=1 organization=2 other=1 person=4\n"
       "categories 04=4 05=2 19=1\n"
       "components 3, largest 5\n"
       "dates 2018-01-01..2022-12-31, undated 2\n"
       "degree Bravo=4 Charlie=2 Echo=2 Alpha=1\n"
       "betweenness Bravo=0.238095238095 Charlie=0.142857142857 Alpha=0 "
       "Delta=0"},
      {"category 04", cat04, 3,
       "actors 5, edges 4\n"
       "types other=1 person=4\n"
       "categories 04=4\n"
       "components 2, largest 4\n"
       "dates 2018-01-01..2021-05-31, undated 1\n"
       "degree Bravo=2 Charlie=2 Alpha=1\n"
       "betweenness Bravo=0.333333333333 Charlie=0.333333333333 Alpha=0"},
      {"2019", y2019, 10,
       "actors 3, edges 2\n"
       "types person=3\n"
       "categories 04=2\n"
       "components 1, largest 3\n"
       "dates 2018-01-01..2020-12-31, undated 0\n"
       "degree Bravo=2 Alpha=1 Charlie=1\n"
       "betweenness Bravo=1 Alpha=0 Charlie=0"},
      {"nothing passes", y2030, 10,
       "actors 0, edges 0\n"
       "types\n"
       "categories\n"
       "components 0, largest 0\n"
       "dates .., undated 0\n"
       "degree\n"
       "betweenness"},
  };
  for (const Case& c : cases) {
    CAPTURE(c.name);
    CHECK(ShowStats(ComputeStats(g, c.filter, c.top)) == c.expected);
  }
}

TEST_CASE(
    "ComputeStats: betweenness normalized like NetworkX on the simple graph") {
  struct Case {
    std::string_view name;
    std::vector<testing::TestEdge> edges;
    std::string expected;  // "name=value" for every actor with an edge
  };
  const Case cases[] = {
      {"path a-b-c", {{"a", "b", ""}, {"b", "c", ""}}, "b=1 a=0 c=0"},
      {"parallel edges count once",
       {{"a", "b", ""}, {"b", "a", ""}, {"b", "c", ""}},
       "b=1 a=0 c=0"},
      {"two actors", {{"a", "b", ""}}, "a=0 b=0"},
      {"star",
       {{"s", "a", ""}, {"s", "b", ""}, {"s", "c", ""}, {"d", "s", ""}},
       "s=1 a=0 b=0 c=0 d=0"},
      // 4-cycle a-b-c-d: each vertex carries half of its opposite pair:
      // 0.5 * 2 / (3 * 2).
      {"cycle",
       {{"a", "b", ""}, {"b", "c", ""}, {"c", "d", ""}, {"d", "a", ""}},
       "a=0.166666666667 b=0.166666666667 c=0.166666666667 d=0.166666666667"},
  };
  for (const Case& c : cases) {
    CAPTURE(c.name);
    KnowledgeGraph g = BuildGraph(
        {{"a", "a"}, {"b", "b"}, {"c", "c"}, {"d", "d"}, {"s", "s"}}, c.edges);
    std::string out;
    for (const RankedActor& r : ComputeStats(g, {}, 10).top_by_betweenness)
      out += (out.empty() ? "" : " ") + r.name + "=" + Number(r.value);
    CHECK(out == c.expected);
  }
}

TEST_CASE("ComputeStats: directed - strongly connected components, directed betweenness") {
  struct Case {
    std::string_view name;
    std::vector<testing::TestEdge> edges;
    std::string components;   // "count/largest"
    std::string betweenness;  // "name=value" for every actor with an edge
  };
  const Case cases[] = {
      // a -> b -> c: no way back, three components; b is on a->c only,
      // 1 / ((3-1)(3-2)) as nx.betweenness_centrality(DiGraph).
      {"chain a->b->c", {{"a", "b", ""}, {"b", "c", ""}}, "3/1", "b=0.5 a=0 c=0"},
      {"cycle a->b->c->a",
       {{"a", "b", ""}, {"b", "c", ""}, {"c", "a", ""}},
       "1/3",
       "a=0.5 b=0.5 c=0.5"},
      {"both ways a<->b, b->c", {{"a", "b", ""}, {"b", "a", ""}, {"b", "c", ""}},
       "2/2", "b=0.5 a=0 c=0"},
  };
  for (const Case& c : cases) {
    CAPTURE(c.name);
    KnowledgeGraph g = BuildGraph({{"a", "a"}, {"b", "b"}, {"c", "c"}}, c.edges);
    const GraphStats s = ComputeStats(g, {}, 10, true);
    CHECK(s.directed);
    CHECK(std::to_string(s.components) + "/" + std::to_string(s.largest_component) ==
          c.components);
    std::string out;
    for (const RankedActor& r : s.top_by_betweenness)
      out += (out.empty() ? "" : " ") + r.name + "=" + Number(r.value);
    CHECK(out == c.betweenness);
    const GraphStats u = ComputeStats(g, {}, 10);
    CHECK_FALSE(u.directed);
    CHECK(u.components == 1);  // undirected: one component, as before
  }
}

TEST_CASE("ComputeStats: a loop counts once, an empty graph is all zeros") {
  KnowledgeGraph g =
      BuildGraph({{"a", "Alpha"}, {"b", "Bravo"}},
                 {{"a", "a", "2019"}, {"a", "a", "2020"}, {"a", "b", "2021"}});
  GraphStats s = ComputeStats(g, {}, 10);
  REQUIRE(s.top_by_degree.size() == 2);
  CHECK(s.top_by_degree[0].name == "Alpha");
  CHECK(s.top_by_degree[0].value == 3);
  CHECK(s.top_by_degree[0].vertex == 0);
  CHECK(s.components == 1);

  KnowledgeGraph empty;
  CHECK(ShowStats(ComputeStats(empty, {}, 10)) ==
        "actors 0, edges 0\ntypes\ncategories\ncomponents 0, largest 0\n"
        "dates .., undated 0\ndegree\nbetweenness");
}

}  // namespace
}  // namespace kg::graph
