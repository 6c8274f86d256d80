#include "graph/edge_filter.h"

#include <doctest/doctest.h>

#include <string>
#include <vector>

namespace kg::graph {
namespace {

// An edge as AddEdge leaves it: `when` and `dated` follow `date`.
EventEdge Edge(const std::string& category, int quad_class,
               const std::string& date) {
  EventEdge e;
  e.relation = "r";
  e.category = category;
  e.quad_class = quad_class;
  e.date = date;
  e.dated = !date.empty();
  if (e.dated) REQUIRE(ParseEdtf(date, &e.when));
  return e;
}

DateRange Window(const std::string& text) {
  DateRange r;
  REQUIRE(ParseDateArgument(text, &r));
  return r;
}

TEST_CASE("EdgeFilter: an empty filter accepts every edge") {
  const EdgeFilter f;
  CHECK(f.Accepts(Edge("04", 1, "2015")));
  CHECK(f.Accepts(Edge("04", 1, "")));
  CHECK(f.Accepts(Edge("", 0, "")));
}

TEST_CASE("EdgeFilter: date window, categories and quad classes") {
  const EventEdge meet2015 = Edge("04", 1, "2015-06-01");
  const EventEdge meet_undated = Edge("04", 1, "");
  const EventEdge protest_since2018 = Edge("11", 3, "2018/..");
  const EventEdge fight_until2010 = Edge("19", 4, "../2010");
  const EventEdge aid_199x = Edge("07", 2, "199X");

  EdgeFilter in2015;
  in2015.window = Window("2015");
  EdgeFilter in2015_or_undated = in2015;
  in2015_or_undated.include_undated = true;
  EdgeFilter in2019;
  in2019.window = Window("2019-05");
  EdgeFilter in1995;
  in1995.window = Window("1995-07-04");
  EdgeFilter consult_or_protest;
  consult_or_protest.categories = {"04", "11"};
  EdgeFilter material;
  material.quad_classes = {2, 4};
  EdgeFilter meet_in2019;  // all tests must pass
  meet_in2019.window = Window("2019");
  meet_in2019.categories = {"04"};

  struct Row {
    const char* name;
    const EdgeFilter& filter;
    const EventEdge& edge;
    bool expected;
  };
  const std::vector<Row> rows = {
      {"2015 keeps 2015-06-01", in2015, meet2015, true},
      {"2015 drops undated", in2015, meet_undated, false},
      {"2015 + undated keeps undated", in2015_or_undated, meet_undated, true},
      {"2015 + undated still drops 2018/..", in2015_or_undated,
       protest_since2018, false},
      {"2015 drops ../2010", in2015, fight_until2010, false},
      {"2019-05 keeps 2018/..", in2019, protest_since2018, true},
      {"2019-05 drops 2015-06-01", in2019, meet2015, false},
      {"1995-07-04 keeps 199X", in1995, aid_199x, true},
      {"1995-07-04 keeps ../2010", in1995, fight_until2010, true},
      {"categories keep 04", consult_or_protest, meet2015, true},
      {"categories keep 11", consult_or_protest, protest_since2018, true},
      {"categories drop 19", consult_or_protest, fight_until2010, false},
      {"categories ignore dates", consult_or_protest, meet_undated, true},
      {"quad 2,4 keep 07", material, aid_199x, true},
      {"quad 2,4 keep 19", material, fight_until2010, true},
      {"quad 2,4 drop 04", material, meet2015, false},
      {"04 in 2019 drops 04 in 2015", meet_in2019, meet2015, false},
      {"04 in 2019 drops 11 in 2018/..", meet_in2019, protest_since2018, false},
  };
  for (const Row& row : rows) {
    CAPTURE(row.name);
    CHECK(row.filter.Accepts(row.edge) == row.expected);
  }
}

TEST_CASE("EdgeFilter: relations are exact names") {
  EdgeFilter f;
  f.relations = {"r", "sign agreement"};
  EventEdge e = Edge("04", 1, "");
  CHECK(f.Accepts(e));
  e.relation = "sign agreement";
  CHECK(f.Accepts(e));
  e.relation = "Sign agreement";
  CHECK_FALSE(f.Accepts(e));
  e.relation = "sign";
  CHECK_FALSE(f.Accepts(e));
  f.categories = {"05"};
  e.relation = "r";
  CHECK_FALSE(f.Accepts(e));  // every test must pass
}

}  // namespace
}  // namespace kg::graph
