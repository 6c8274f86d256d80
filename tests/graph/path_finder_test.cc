#include "graph/path_finder.h"

#include <doctest/doctest.h>

#include <random>
#include <set>
#include <sstream>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "graph/date_range.h"
#include "graph/edge_filter.h"
#include "graph/graph_file.h"
#include "graph/graph_stats.h"
#include "graph/name_resolver.h"
#include "tests/graph/path_reference.h"
#include "tests/graph/test_graph.h"

namespace kg::graph {
namespace {

using testing::BuildGraph;
using testing::Number;

// "a -0-> b <-1- c (2)": actor ids, each hop's evidence edge number with
// the arrow the way the edge runs, and the path's cost.
std::string Show(const KnowledgeGraph& g, size_t from, const Path& p) {
  std::string out = g.actor(from).id;
  for (const Hop& h : p.hops)
    out += (h.reversed ? " <-" : " -") + std::to_string(h.edge) +
           (h.reversed ? "- " : "-> ") + g.actor(h.to).id;
  return out + " (" + Number(p.cost) + ")";
}

// Every path, one a line, then "truncated" when the cap cut the list; or
// "error: <status>".
std::string Run(const KnowledgeGraph& g, const std::string& from,
                const std::string& to, const PathOptions& options) {
  size_t f = *g.FindActor(from);
  Result<PathResult> r = FindPaths(g, f, *g.FindActor(to), options);
  if (!r.ok()) return "error: " + r.status().ToString();
  std::string out;
  for (const Path& p : r->paths) {
    if (!out.empty()) out += "\n";
    out += Show(g, f, p);
  }
  if (r->truncated) out += "\ntruncated";
  return out;
}

DateRange Window(const char* text) {
  DateRange r;
  REQUIRE(ParseDateArgument(text, &r));
  return r;
}

struct PathCase {
  std::string_view name;
  std::string from, to;
  PathOptions options;
  std::string expected;
};

PathOptions Directed() {
  PathOptions o;
  o.directed = true;
  return o;
}

PathOptions MaxHops(size_t hops, bool directed = false, bool weighted = false) {
  PathOptions o;
  o.max_hops = hops;
  o.directed = directed;
  o.weighted = weighted;
  return o;
}

PathOptions All(size_t max_paths, bool weighted = false) {
  PathOptions o;
  o.all = true;
  o.max_paths = max_paths;
  o.weighted = weighted;
  return o;
}

PathOptions Weighted() {
  PathOptions o;
  o.weighted = true;
  return o;
}

//        0        1
//   a ----> b <---- c
//   |               ^
//   | 2             | 4
//   v       3       |
//   d ------------> e
KnowledgeGraph Square() {
  return BuildGraph({{"a", "Alpha"},
                     {"b", "Bravo"},
                     {"c", "Charlie"},
                     {"d", "Delta"},
                     {"e", "Echo"}},
                    {{"a", "b", "2019"},
                     {"c", "b", "2019"},
                     {"a", "d", "2019"},
                     {"d", "e", "2019"},
                     {"e", "c", "2019"}});
}

TEST_CASE(
    "FindPaths: breadth-first, undirected unless asked, within max_hops") {
  KnowledgeGraph g = Square();
  const PathCase cases[] = {
      {"against the edges", "a", "c", PathOptions(), "a -0-> b <-1- c (2)"},
      {"reversed both ways", "c", "a", PathOptions(), "c -1-> b <-0- a (2)"},
      {"fewest hops", "a", "e", PathOptions(), "a -2-> d -3-> e (2)"},
      {"directed goes round", "a", "c", Directed(),
       "a -2-> d -3-> e -4-> c (3)"},
      {"directed one hop", "c", "b", Directed(), "c -1-> b (1)"},
      {"directed dead end", "c", "a", Directed(),
       "error: no path from Charlie to Alpha"},
      {"one hop is too few", "a", "c", MaxHops(1),
       "error: no path from Alpha to Charlie within 1 hop"},
      {"two hops suffice", "a", "c", MaxHops(2), "a -0-> b <-1- c (2)"},
      {"directed needs three", "a", "c", MaxHops(2, true),
       "error: no path from Alpha to Charlie within 2 hops"},
      {"directed with three", "a", "c", MaxHops(3, true),
       "a -2-> d -3-> e -4-> c (3)"},
  };
  for (const PathCase& c : cases) {
    CAPTURE(c.name);
    CHECK(Run(g, c.from, c.to, c.options) == c.expected);
  }
}

TEST_CASE("FindPaths: an actor reaches itself in zero hops") {
  KnowledgeGraph g = BuildGraph({{"a", "Alpha"}, {"b", "Bravo"}}, {});
  PathOptions filtered;
  filtered.filter.categories = {"19"};
  for (const PathOptions& o :
       {PathOptions{}, filtered, Directed(), Weighted(), All(5)}) {
    Result<PathResult> r = FindPaths(g, 0, 0, o);
    REQUIRE(r.ok());
    REQUIRE(r->paths.size() == 1);
    CHECK(r->paths[0].hops.empty());
    CHECK(r->paths[0].cost == 0);
    CHECK_FALSE(r->truncated);
  }
  CHECK(Run(g, "a", "b", {}) == "error: no path from Alpha to Bravo");
}

TEST_CASE("FindPaths: rejects a vertex out of range") {
  KnowledgeGraph g = Square();
  for (auto [from, to] : {std::pair<size_t, size_t>{5, 0}, {0, 9}}) {
    Result<PathResult> r = FindPaths(g, from, to, {});
    REQUIRE_FALSE(r.ok());
    CHECK(r.status().code() == StatusCode::kInvalidArgument);
    CHECK(r.status().ToString() == "vertex " +
                                       std::to_string(from == 5 ? 5 : 9) +
                                       " out of range (5 actors)");
  }
}

//   x --0 2019-05-01--> y --1 2019-06--> z
//   x --2 2015--------> w --3 undated--> z
TEST_CASE("FindPaths: a date window, with and without undated edges") {
  KnowledgeGraph g = BuildGraph(
      {{"x", "X-ray"}, {"y", "Yankee"}, {"z", "Zulu"}, {"w", "Whiskey"}},
      {{"x", "y", "2019-05-01"},
       {"y", "z", "2019-06"},
       {"x", "w", "2015"},
       {"w", "z", ""}});
  auto window = [](const char* text, bool undated) {
    PathOptions o;
    o.filter.window = Window(text);
    o.filter.include_undated = undated;
    o.all = true;
    return o;
  };
  PathOptions undated_only;
  undated_only.filter.include_undated = true;  // no window: no filter at all
  undated_only.max_hops = 1;
  const PathCase cases[] = {
      {"no window", "x", "z", All(10),
       "x -2-> w -3-> z (2)\nx -0-> y -1-> z (2)"},
      {"2019", "x", "z", window("2019", false), "x -0-> y -1-> z (2)"},
      {"2019 and undated", "x", "z", window("2019", true),
       "x -0-> y -1-> z (2)"},
      {"2015", "x", "z", window("2015", false),
       "error: no path from X-ray to Zulu (with the filters)"},
      {"2015 and undated", "x", "z", window("2015", true),
       "x -2-> w -3-> z (2)"},
      {"June 2019", "x", "z", window("2019-06", true),
       "error: no path from X-ray to Zulu (with the filters)"},
      {"the day of edge 0", "x", "y", window("2019-05-01", false),
       "x -0-> y (1)"},
      {"undated alone filters nothing", "x", "z", undated_only,
       "error: no path from X-ray to Zulu within 1 hop"},
  };
  for (const PathCase& c : cases) {
    CAPTURE(c.name);
    CHECK(Run(g, c.from, c.to, c.options) == c.expected);
  }
}

//   x --0 (04, quad 1)--> y --1 (04, quad 1)--> z
//   x ------------2 (19, quad 4)--------------> z
TEST_CASE("FindPaths: category and quad class filters") {
  KnowledgeGraph g =
      BuildGraph({{"x", "X-ray"}, {"y", "Yankee"}, {"z", "Zulu"}},
                 {{"x", "y", "2019", 1.0, "04", 1},
                  {"y", "z", "2019", 1.0, "04", 1},
                  {"x", "z", "2019", 1.0, "19", 4}});
  auto filter = [](std::set<std::string> categories, std::set<int> quads,
                   size_t max_hops = 0) {
    PathOptions o;
    o.filter.categories = std::move(categories);
    o.filter.quad_classes = std::move(quads);
    o.max_hops = max_hops;
    return o;
  };
  const PathCase cases[] = {
      {"none", "x", "z", PathOptions(), "x -2-> z (1)"},
      {"category 04", "x", "z", filter({"04"}, {}), "x -0-> y -1-> z (2)"},
      {"categories 04, 19", "x", "z", filter({"04", "19"}, {}), "x -2-> z (1)"},
      {"quad 4", "x", "z", filter({}, {4}), "x -2-> z (1)"},
      {"quad 1", "x", "z", filter({}, {1}), "x -0-> y -1-> z (2)"},
      {"category 04, quad 4", "x", "z", filter({"04"}, {4}),
       "error: no path from X-ray to Zulu (with the filters)"},
      {"category 05", "x", "z", filter({"05"}, {}),
       "error: no path from X-ray to Zulu (with the filters)"},
      {"quad 1 in one hop", "x", "z", filter({}, {1}, 1),
       "error: no path from X-ray to Zulu within 1 hop (with the filters)"},
  };
  for (const PathCase& c : cases) {
    CAPTURE(c.name);
    CHECK(Run(g, c.from, c.to, c.options) == c.expected);
  }
}

//             0                1
//        +--------> p1 Papa ------+--------> q1 Quebec ---6---+
//        |                         \  3   /                    v
//   s ---+                          \    /                     t
//        |    2                  4   \  /  5                   ^
//        +--------> p2 Oscar ---------X-----> q2 Lima -----7---+
//   (p1 -> q1 is 1, p1 -> q2 is 3, p2 -> q1 is 4, p2 -> q2 is 5)
//   s --8--> u --9--> t is shorter still, but only when edge 8 passes the
//   filter.
TEST_CASE("FindPaths: all shortest paths, ordered by actor names, capped") {
  KnowledgeGraph g = BuildGraph({{"s", "Sierra"},
                                 {"p1", "Papa"},
                                 {"p2", "Oscar"},
                                 {"q1", "Quebec"},
                                 {"q2", "Lima"},
                                 {"t", "Tango"},
                                 {"u", "Uniform"}},
                                {{"s", "p1", "2019"},
                                 {"p1", "q1", "2019"},
                                 {"s", "p2", "2019"},
                                 {"p1", "q2", "2019"},
                                 {"p2", "q1", "2019"},
                                 {"p2", "q2", "2019"},
                                 {"q1", "t", "2019"},
                                 {"q2", "t", "2019"},
                                 {"s", "u", "2019", 1.0, "19"},
                                 {"u", "t", "2019"}});
  const std::string four =
      "s -2-> p2 -5-> q2 -7-> t (3)\n"
      "s -2-> p2 -4-> q1 -6-> t (3)\n"
      "s -0-> p1 -3-> q2 -7-> t (3)\n"
      "s -0-> p1 -1-> q1 -6-> t (3)";
  PathOptions no19 = All(100);
  no19.filter.categories = {"04"};
  PathOptions no19_first = no19;
  no19_first.all = false;
  PathOptions no19_cap = no19;
  no19_cap.max_paths = 3;
  PathOptions directed_back = no19;
  directed_back.directed = true;
  const PathCase cases[] = {
      {"all", "s", "t", no19, four},
      {"no cap", "s", "t",
       [&] {
         PathOptions o = no19;
         o.max_paths = 0;
         return o;
       }(),
       four},
      {"cap equal to the count", "s", "t",
       [&] {
         PathOptions o = no19;
         o.max_paths = 4;
         return o;
       }(),
       four},
      {"cap below the count", "s", "t", no19_cap,
       "s -2-> p2 -5-> q2 -7-> t (3)\n"
       "s -2-> p2 -4-> q1 -6-> t (3)\n"
       "s -0-> p1 -3-> q2 -7-> t (3)\n"
       "truncated"},
      {"first only", "s", "t", no19_first, "s -2-> p2 -5-> q2 -7-> t (3)"},
      {"from the other end", "t", "s", no19,
       "t <-7- q2 <-5- p2 <-2- s (3)\n"
       "t <-7- q2 <-3- p1 <-0- s (3)\n"
       "t <-6- q1 <-4- p2 <-2- s (3)\n"
       "t <-6- q1 <-1- p1 <-0- s (3)"},
      {"directed backwards", "t", "s", directed_back,
       "error: no path from Tango to Sierra (with the filters)"},
      {"a shorter one unfiltered", "s", "t", All(100), "s -8-> u -9-> t (2)"},
  };
  for (const PathCase& c : cases) {
    CAPTURE(c.name);
    CHECK(Run(g, c.from, c.to, c.options) == c.expected);
  }
}

//   s ----------------0 (0.25)-----------------> t    one hop, cost 4
//   s --1 (1.0)--> p Papa --2 (0.5, 2020)------> t    cost 1 + 1/(0.5 + 0.5) =
//   2
//                  p      --3 (0.5, 2019)------> t
//   s --4 (1.0)--> r Romeo --5 (1.0)-----------> t    cost 2
//   s --6 (0.5)--> q Quebec --7 (1.0)----------> t    cost 3
//   a --0 (0.5)--> b --1 (0.5)--> d        two hops, evidence cost 4
//   a --2 (1.0)--> c --3 (1.0)--> d        two hops, evidence cost 2
//   a --4 (1.0)--> c
// Breadth-first, one path: of the shortest, the best evidenced (c), though
// "Bravo" comes before "Charlie"; --all lists both in name order.
TEST_CASE("FindPaths: one shortest path is the best evidenced of them") {
  KnowledgeGraph g = BuildGraph({{"a", "Alpha"}, {"b", "Bravo"}, {"c", "Charlie"}, {"d", "Delta"}},
                                {{"a", "b", "2019", 0.5},
                                 {"b", "d", "2019", 0.5},
                                 {"a", "c", "2019", 1.0},
                                 {"c", "d", "2019", 1.0},
                                 {"a", "c", "2020", 1.0}});
  const PathCase cases[] = {
      {"one path", "a", "d", PathOptions(), "a -2-> c -3-> d (2)"},
      {"all", "a", "d", All(10, false), "a -0-> b -1-> d (2)\na -2-> c -3-> d (2)"},
  };
  for (const PathCase& c : cases) {
    CAPTURE(c.name);
    CHECK(Run(g, c.from, c.to, c.options) == c.expected);
  }
}

TEST_CASE("FindPaths: weighted search prefers well-evidenced links") {
  KnowledgeGraph g = BuildGraph({{"s", "Sierra"},
                                 {"t", "Tango"},
                                 {"p", "Papa"},
                                 {"r", "Romeo"},
                                 {"q", "Quebec"}},
                                {{"s", "t", "2019", 0.25},
                                 {"s", "p", "2019", 1.0},
                                 {"p", "t", "2020", 0.5},
                                 {"p", "t", "2019", 0.5},
                                 {"s", "r", "2019", 1.0},
                                 {"r", "t", "2019", 1.0},
                                 {"s", "q", "2019", 0.5},
                                 {"q", "t", "2019", 1.0}});
  PathOptions backwards = Weighted();
  backwards.directed = true;
  const PathCase cases[] = {
      {"breadth-first", "s", "t", PathOptions(), "s -0-> t (1)"},
      {"weighted", "s", "t", Weighted(), "s -1-> p -3-> t (2)"},
      {"weighted, all", "s", "t", All(10, true),
       "s -1-> p -3-> t (2)\ns -4-> r -5-> t (2)"},
      {"weighted, capped", "s", "t", All(1, true),
       "s -1-> p -3-> t (2)\ntruncated"},
      {"weighted, reversed", "t", "s", Weighted(), "t <-3- p <-1- s (2)"},
      {"weighted, directed backwards", "t", "s", backwards,
       "error: no path from Tango to Sierra"},
  };
  for (const PathCase& c : cases) {
    CAPTURE(c.name);
    CHECK(Run(g, c.from, c.to, c.options) == c.expected);
  }
}

//   s --0 (0.1)--> t                                   cost 10, one hop
//   s --1 (0.5)--> c --2 (0.5)--> t                    cost 4, two hops
//   s --3 (1.0)--> a --4 (1.0)--> b --5 (1.0)--> t     cost 3, three hops
TEST_CASE("FindPaths: weighted within max_hops, the cheapest short path") {
  KnowledgeGraph g = BuildGraph({{"s", "Sierra"},
                                 {"t", "Tango"},
                                 {"a", "Alpha"},
                                 {"b", "Bravo"},
                                 {"c", "Charlie"}},
                                {{"s", "t", "2019", 0.1},
                                 {"s", "c", "2019", 0.5},
                                 {"c", "t", "2019", 0.5},
                                 {"s", "a", "2019", 1.0},
                                 {"a", "b", "2019", 1.0},
                                 {"b", "t", "2019", 1.0}});
  PathOptions none = MaxHops(1, true, true);
  none.filter.quad_classes = {4};
  const PathCase cases[] = {
      {"no limit", "s", "t", Weighted(), "s -3-> a -4-> b -5-> t (3)"},
      {"four hops (n - 1: no limit)", "s", "t", MaxHops(4, false, true),
       "s -3-> a -4-> b -5-> t (3)"},
      {"three hops", "s", "t", MaxHops(3, false, true),
       "s -3-> a -4-> b -5-> t (3)"},
      {"two hops", "s", "t", MaxHops(2, false, true), "s -1-> c -2-> t (4)"},
      {"one hop", "s", "t", MaxHops(1, false, true), "s -0-> t (10)"},
      {"one hop, directed", "t", "s", MaxHops(1, true, true),
       "error: no path from Tango to Sierra within 1 hop"},
      {"one hop, filtered", "s", "t", none,
       "error: no path from Sierra to Tango within 1 hop (with the filters)"},
      {"breadth-first, one hop", "s", "t", MaxHops(1), "s -0-> t (1)"},
      {"all within two hops", "s", "t",
       [] {
         PathOptions o = All(10, true);
         o.max_hops = 2;
         return o;
       }(),
       "s -1-> c -2-> t (4)"},
  };
  for (const PathCase& c : cases) {
    CAPTURE(c.name);
    CHECK(Run(g, c.from, c.to, c.options) == c.expected);
  }
}

//   s --0 (0.1)--> a Alpha   --1 (0.2)--> b --2 (0.3)--> t   (10 + 5) + 10/3
//   s --3 (0.1)--> c Charlie --4 (0.3)--> d --5 (0.2)--> t   (10 + 10/3) + 5
TEST_CASE("FindPaths: weighted costs equal but for rounding are equal") {
  KnowledgeGraph g = BuildGraph({{"s", "Sierra"},
                                 {"t", "Tango"},
                                 {"a", "Alpha"},
                                 {"b", "Bravo"},
                                 {"c", "Charlie"},
                                 {"d", "Delta"}},
                                {{"s", "a", "", 0.1},
                                 {"a", "b", "", 0.2},
                                 {"b", "t", "", 0.3},
                                 {"s", "c", "", 0.1},
                                 {"c", "d", "", 0.3},
                                 {"d", "t", "", 0.2}});
  // The two sums differ in the last bit; both paths are the cheapest.
  CHECK(Run(g, "s", "t", All(10, true)) ==
        "s -0-> a -1-> b -2-> t (18.333333333333332)\n"
        "s -3-> c -4-> d -5-> t (18.333333333333336)");
}

struct EvidenceCase {
  std::string_view name;
  std::vector<testing::TestEdge> edges;
  std::string undirected;
  std::string directed;
};

TEST_CASE("FindPaths: the evidence of a hop is its best edge") {
  const std::vector<EvidenceCase> cases = {
      {"highest confidence, even against the direction",
       {{"a", "b", "2019", 0.5}, {"b", "a", "2020", 0.9}},
       "a <-1- b (1)",
       "a -0-> b (1)"},
      {"same confidence: the earliest start",
       {{"a", "b", "2020-05-01", 0.9},
        {"a", "b", "2019", 0.9},
        {"a", "b", "2019-06", 0.9}},
       "a -1-> b (1)",
       "a -1-> b (1)"},
      {"an interval starts early",
       {{"a", "b", "2019-03-01", 0.9}, {"a", "b", "2018/2020", 0.9}},
       "a -1-> b (1)",
       "a -1-> b (1)"},
      {"same confidence and date: the lowest edge number",
       {{"b", "a", "2019", 0.9}, {"a", "b", "2019", 0.9}},
       "a <-0- b (1)",
       "a -1-> b (1)"},
      {"a dated edge beats an undated one",
       {{"a", "b", "", 0.9}, {"a", "b", "2021", 0.9}},
       "a -1-> b (1)",
       "a -1-> b (1)"},
      {"confidence beats a date",
       {{"a", "b", "2019", 0.8}, {"a", "b", "", 0.9}},
       "a -1-> b (1)",
       "a -1-> b (1)"},
      {"a self-loop is no hop",
       {{"a", "a", "2019", 1.0}, {"a", "b", "2019", 0.1}},
       "a -1-> b (1)",
       "a -1-> b (1)"},
  };
  for (const EvidenceCase& c : cases) {
    CAPTURE(c.name);
    KnowledgeGraph g = BuildGraph({{"a", "Alpha"}, {"b", "Bravo"}}, c.edges);
    CHECK(Run(g, "a", "b", {}) == c.undirected);
    CHECK(Run(g, "a", "b", Directed()) == c.directed);
  }
}

//   0: h -> z Zulu 2019        4: h -> h     2019 (a loop)
//   1: a Alpha -> h 2020       5: h -> m Mike 2019, category 19
//   2: h -> a 2018             6: z -> h     undated
//   3: h -> a undated
TEST_CASE("Neighbors: sorted by the other actor's name, then date") {
  KnowledgeGraph g =
      BuildGraph({{"h", "Hotel"}, {"z", "Zulu"}, {"a", "Alpha"}, {"m", "Mike"}},
                 {{"h", "z", "2019"},
                  {"a", "h", "2020"},
                  {"h", "a", "2018"},
                  {"h", "a", ""},
                  {"h", "h", "2019"},
                  {"h", "m", "2019", 1.0, "19"},
                  {"z", "h", ""}});
  auto ids = [&](const std::string& actor, const EdgeFilter& f, bool directed) {
    std::string out;
    for (const EdgeRef& r : Neighbors(g, *g.FindActor(actor), f, directed))
      out += (out.empty() ? "" : " ") + std::to_string(r.id);
    return out;
  };
  EdgeFilter none, cat04, y2019, y2019_undated;
  cat04.categories = {"04"};
  y2019.window = Window("2019");
  y2019_undated = y2019;
  y2019_undated.include_undated = true;
  struct Case {
    std::string_view name;
    std::string actor;
    EdgeFilter filter;
    bool directed;
    std::string expected;
  };
  const Case cases[] = {
      {"all", "h", none, false, "2 1 3 4 5 0 6"},
      {"directed", "h", none, true, "2 3 4 5 0"},
      {"category 04", "h", cat04, false, "2 1 3 4 0 6"},
      {"2019", "h", y2019, false, "4 5 0"},
      {"2019 and undated", "h", y2019_undated, false, "3 4 5 0 6"},
      {"a leaf", "z", none, false, "0 6"},
      {"a leaf, directed", "z", none, true, "6"},
      {"a leaf, nothing passes", "m", cat04, false, ""},
  };
  for (const Case& c : cases) {
    CAPTURE(c.name);
    CHECK(ids(c.actor, c.filter, c.directed) == c.expected);
  }
  CHECK(Neighbors(g, 4, none, false).empty());  // no such vertex
  auto by_direction = [&](const std::string& actor, Direction d) {
    std::string out;
    for (const EdgeRef& r : Neighbors(g, *g.FindActor(actor), none, d))
      out += (out.empty() ? "" : " ") + std::to_string(r.id);
    return out;
  };
  CHECK(by_direction("h", Direction::kBoth) == "2 1 3 4 5 0 6");
  CHECK(by_direction("h", Direction::kOut) == "2 3 4 5 0");
  CHECK(by_direction("h", Direction::kIn) == "1 4 6");  // the loop once
  CHECK(by_direction("m", Direction::kOut) == "");
  CHECK(by_direction("m", Direction::kIn) == "5");
  CHECK(Neighbors(g, 4, none, Direction::kIn).empty());
}

// Every answer the queries give about `g`, one a line: paths between every
// pair of actors under several options, neighbours, stats, names.
std::string Answers(const KnowledgeGraph& g) {
  std::vector<std::pair<std::string, PathOptions>> variants = {
      {"bfs", PathOptions()},
      {"directed", Directed()},
      {"weighted", Weighted()},
      {"all", All(3)},
      {"all weighted", All(3, true)},
      {"2 hops weighted", MaxHops(2, false, true)},
  };
  PathOptions dated;
  dated.filter.window = Window("2019");
  dated.filter.include_undated = true;
  dated.all = true;
  variants.emplace_back("2019 and undated", dated);
  PathOptions consult;
  consult.filter.categories = {"04"};
  consult.weighted = true;
  variants.emplace_back("04 weighted", consult);

  std::string out;
  for (size_t u = 0; u < g.actor_count(); ++u)
    for (size_t v = 0; v < g.actor_count(); ++v)
      for (const auto& [label, options] : variants)
        out += label + " " + g.actor(u).id + " > " + g.actor(v).id + ": " +
               Run(g, g.actor(u).id, g.actor(v).id, options) + "\n";
  for (size_t v = 0; v < g.actor_count(); ++v)
    for (bool directed : {false, true})
      for (const PathOptions& o : {PathOptions(), dated, consult}) {
        out += "neighbors " + g.actor(v).id + ":";
        for (const EdgeRef& r : Neighbors(g, v, o.filter, directed))
          out += " " + std::to_string(r.id) + "/" + g.edge(r.id).relation;
        out += "\n";
      }
  for (const PathOptions& o : {PathOptions(), dated, consult})
    out += testing::ShowStats(ComputeStats(g, o.filter, 10)) + "\n";
  for (const char* name :
       {"to lam", "Lam", "xi", "President Xi", "china", "CHN", "Acme",
        "acme corp", "Chinaa", "nobody", "Kim"}) {
    Result<size_t> v = ResolveActor(g, name);
    out += std::string("resolve ") + name + ": " +
           (v.ok() ? g.actor(*v).id : v.status().ToString()) + "\n";
  }
  return out;
}

//   lam Tô Lâm --0 2019-03-01 (0.1)--> xi Xi Jinping --1 2019 (1/3)--> CHN
//   China lam --2 2018/.. (0.7)--> CHN          CHN --3 undated
//   (0.30000000000000004)--> lam xi --4 199X (0.25, 19)--> acme Acme Corp. acme
//   --5 ../2019 (1.0, 05)--> acme kim-a Kim A (seen "Kim") --6 2019-12-31
//   (0.9)--> kim-b Kim B (seen "Kim") xi --7 2019-03-01 (0.1)--> lam (parallel
//   to 0, against it)
TEST_CASE("FindPaths: a saved and loaded graph answers every query alike") {
  KnowledgeGraph built = BuildGraph(
      {{"lam", "Tô Lâm", "person", {"General Secretary Lam", "To Lam"}},
       {"xi", "Xi Jinping", "person", {"President Xi"}},
       {"CHN", "China", "country", {"Beijing"}},
       {"acme", "Acme Corp.", "organization"},
       {"kim-a", "Kim A", "person", {"Kim"}},
       {"kim-b", "Kim B", "person", {"Kim"}}},
      {{"lam", "xi", "2019-03-01", 0.1},
       {"xi", "CHN", "2019", 1.0 / 3},
       {"lam", "CHN", "2018/..", 0.7},
       {"CHN", "lam", "", 0.1 + 0.2},
       {"xi", "acme", "199X", 0.25, "19", 4},
       {"acme", "acme", "../2019", 1.0, "07", 2},
       {"kim-a", "kim-b", "2019-12-31", 0.9},
       {"xi", "lam", "2019-03-01", 0.1}});
  std::ostringstream file;
  WriteGraphFile(built, file);
  KnowledgeGraph loaded;
  Status s = ReadGraphFile(file.str(), "g.json", &loaded);
  REQUIRE_MESSAGE(s.ok(), s.ToString());
  REQUIRE(loaded.actor_count() == built.actor_count());
  REQUIRE(loaded.edge_count() == built.edge_count());

  std::string expected = Answers(built);
  CHECK(Answers(loaded) == expected);
  // The answers are worth comparing: a weighted path, a filtered miss, a
  // resolved name and an ambiguous one are among them.
  for (const char* line :
       {"weighted lam > CHN: lam -2-> CHN (1)\n",
        "04 weighted acme > lam: error: no path from Acme Corp. to Tô Lâm "
        "(with the filters)\n",
        "resolve to lam: lam\n",
        "resolve Kim: \"Kim\" is ambiguous: Kim A (kim-a), Kim B (kim-b)\n"}) {
    CAPTURE(line);
    CHECK(expected.find(line) != std::string::npos);
  }
}

// The search runs from both ends and stops early; listing every simple
// path must agree with it on small graphs of every kind: repeated names,
// parallel and reversed edges, self-loops, ties, zero confidences, filters,
// hop limits, caps.
TEST_CASE("FindPaths: the same paths as listing every simple path") {
  const char* kCategories[] = {"04", "05", "11", "17"};
  const double kConfidences[] = {0.25, 0.5, 1.0, 0.8, 0};
  size_t with_paths = 0;
  for (unsigned seed = 0; seed < 3000; ++seed) {
    std::mt19937 rng(seed);
    auto pick = [&](size_t lo, size_t hi) {
      return std::uniform_int_distribution<size_t>(lo, hi)(rng);
    };
    size_t n = pick(2, 7), m = pick(0, 3 * n);
    KnowledgeGraph g;
    for (size_t i = 0; i < n; ++i) {
      ActorNode a;
      a.id = "v" + std::to_string(i);
      a.name = "N" + std::to_string(pick(0, n / 2));  // names repeat
      g.AddActor(a);
    }
    for (size_t i = 0; i < m; ++i) {
      EventEdge e;
      e.relation = "r";
      size_t c = pick(0, 3);
      e.category = kCategories[c];
      e.quad_class = c == 3 ? 4 : (c == 2 ? 3 : 1);
      if (pick(0, 3) > 0) e.date = std::to_string(pick(2000, 2010));
      e.confidence = kConfidences[pick(0, seed % 3 == 0 ? 0 : 4)];
      REQUIRE(g.AddEdge(pick(0, n - 1), pick(0, n - 1), e).ok());
    }
    PathOptions o;
    o.directed = pick(0, 1);
    o.weighted = pick(0, 1);
    o.all = pick(0, 1);
    o.max_paths = pick(0, 4);
    if (pick(0, 3) == 0) o.max_hops = pick(1, 4);
    if (pick(0, 4) == 0) o.filter.categories = {"04", "05"};
    if (pick(0, 4) == 0) {
      DateRange r;
      REQUIRE(ParseEdtf("2003/2007", &r));
      o.filter.window = r;
      o.filter.include_undated = pick(0, 1);
    }
    size_t from = pick(0, n - 1), to = (from + pick(1, n - 1)) % n;
    std::string expected = testing::ReferencePaths(g, from, to, o);
    CAPTURE(seed);
    CHECK(testing::ShowPaths(g, from, to, o) == expected);
    with_paths += expected != "no path";
  }
  // The graphs are not too sparse to test anything.
  CHECK(with_paths > 1000);
}

// Breadth-first search stops as soon as the two sides' next layers add up
// to the shortest length met (path_search.cc): on sparse graphs of up to
// 14 actors paths run to up to 8 hops, so the stop falls in every layer and
// every side, mid-layer too.
TEST_CASE("FindPaths: breadth-first on long paths, as listing every path") {
  size_t hops_seen[16] = {};
  for (unsigned seed = 0; seed < 2000; ++seed) {
    std::mt19937 rng(seed);
    auto pick = [&](size_t lo, size_t hi) {
      return std::uniform_int_distribution<size_t>(lo, hi)(rng);
    };
    size_t n = pick(8, 14);
    KnowledgeGraph g;
    for (size_t i = 0; i < n; ++i) {
      ActorNode a;
      a.id = "v" + std::to_string(i);
      a.name = "N" + std::to_string(pick(0, n / 3));  // names repeat
      g.AddActor(a);
    }
    auto add = [&](size_t a, size_t b) {
      EventEdge e;
      e.relation = "r";
      e.category = "04";
      e.confidence = static_cast<double>(pick(1, 4)) * 0.25;
      if (pick(0, 1)) std::swap(a, b);
      REQUIRE(g.AddEdge(a, b, e).ok());
    };
    // A chain through all actors in a random order, then a few shortcuts
    // and parallel edges: long paths, with ties.
    std::vector<size_t> chain(n);
    for (size_t i = 0; i < n; ++i) chain[i] = i;
    std::shuffle(chain.begin(), chain.end(), rng);
    for (size_t i = 0; i + 1 < n; ++i) add(chain[i], chain[i + 1]);
    for (size_t k = pick(0, n / 2); k > 0; --k)
      add(pick(0, n - 1), pick(0, n - 1));
    PathOptions o;
    o.directed = pick(0, 5) == 0;
    o.all = pick(0, 1);
    o.max_paths = pick(0, 6);
    if (pick(0, 4) == 0) o.max_hops = pick(2, 8);
    size_t from = pick(0, n - 1), to = (from + pick(1, n - 1)) % n;
    std::string expected = testing::ReferencePaths(g, from, to, o);
    CAPTURE(seed);
    CHECK(testing::ShowPaths(g, from, to, o) == expected);
    auto found = FindPaths(g, from, to, o);
    if (found.ok())
      ++hops_seen[std::min<size_t>(found->paths[0].hops.size(), 15)];
  }
  // Paths of every length from one to eight hops were found.
  for (size_t h = 1; h <= 8; ++h) {
    CAPTURE(h);
    CHECK(hops_seen[h] > 10);
  }
}

}  // namespace
}  // namespace kg::graph
