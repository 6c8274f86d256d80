#include "graph/edge_filter_args.h"

#include <doctest/doctest.h>

#include <set>
#include <string>
#include <vector>

#include "base/calendar.h"

namespace kg::graph {
namespace {

constexpr EdgeFilterArgNames kPyNames{"since", "until", "categories", "quads"};

std::string ArgsError(const EdgeFilterArgs& args, const EdgeFilterArgNames& names) {
  Result<EdgeFilter> f = ParseEdgeFilter(args, names);
  REQUIRE_FALSE(f.ok());
  CHECK(f.status().code() == StatusCode::kInvalidArgument);
  return f.status().ToString();
}

TEST_CASE("SplitCommaList: items in order, empty ones dropped") {
  CHECK(SplitCommaList("") == std::vector<std::string>{});
  CHECK(SplitCommaList("04") == std::vector<std::string>{"04"});
  CHECK(SplitCommaList("04,5") == std::vector<std::string>{"04", "5"});
  CHECK(SplitCommaList(",a,,sign agreement,") ==
        std::vector<std::string>{"a", "sign agreement"});
}

TEST_CASE("ParseEdgeFilter: no options is no filter") {
  Result<EdgeFilter> f = ParseEdgeFilter({}, kCliFilterNames);
  REQUIRE(f.ok());
  CHECK_FALSE(f->Filters());
  CHECK_FALSE(f->include_undated);
}

TEST_CASE("ParseEdgeFilter: the window runs from since's first day to until's last") {
  EdgeFilterArgs args;
  args.since = "2015";
  args.until = "2016-02";
  args.undated = true;
  Result<EdgeFilter> f = ParseEdgeFilter(args, kCliFilterNames);
  REQUIRE(f.ok());
  REQUIRE(f->window.has_value());
  CHECK(f->window->start == DaysFromCivil(2015, 1, 1));
  CHECK(f->window->end == DaysFromCivil(2016, 2, 29));
  CHECK(f->include_undated);

  args.until = "";
  f = ParseEdgeFilter(args, kCliFilterNames);
  REQUIRE(f.ok());
  CHECK(f->window->start == DaysFromCivil(2015, 1, 1));
  CHECK(f->window->end == kOpenEnd);
  args.since = "";
  args.until = "2014-03-09";
  f = ParseEdgeFilter(args, kCliFilterNames);
  REQUIRE(f.ok());
  CHECK(f->window->start == kOpenStart);
  CHECK(f->window->end == DaysFromCivil(2014, 3, 9));
}

TEST_CASE("ParseEdgeFilter: categories as one or two digits, quads, relations") {
  EdgeFilterArgs args;
  args.categories = {"4", "05", "20", ""};
  args.quads = {"1", "4"};
  args.relations = {"meet", "sign agreement"};
  Result<EdgeFilter> f = ParseEdgeFilter(args, kCliFilterNames);
  REQUIRE(f.ok());
  CHECK(f->categories == std::set<std::string>{"04", "05", "20"});
  CHECK(f->quad_classes == std::set<int>{1, 4});
  CHECK(f->relations == std::set<std::string>{"meet", "sign agreement"});
  CHECK_FALSE(f->window.has_value());
}

TEST_CASE("ParseEdgeFilter: errors name the option as the caller spells it") {
  EdgeFilterArgs args;
  args.since = "2015-13";
  CHECK(ArgsError(args, kCliFilterNames) ==
        "--since: bad date \"2015-13\" (want YYYY[-MM[-DD]])");
  CHECK(ArgsError(args, kPyNames) ==
        "since: bad date \"2015-13\" (want YYYY[-MM[-DD]])");
  args.since = "";
  args.until = "soon";
  CHECK(ArgsError(args, kCliFilterNames) ==
        "--until: bad date \"soon\" (want YYYY[-MM[-DD]])");
  args.until = "";
  args.categories = {"04", "99"};
  CHECK(ArgsError(args, kCliFilterNames) ==
        "--category: \"99\" is not a CAMEO root code 01-20");
  args.categories = {"00"};
  CHECK(ArgsError(args, kPyNames) ==
        "categories: \"00\" is not a CAMEO root code 01-20");
  args.categories = {"x"};
  CHECK(ArgsError(args, kPyNames) ==
        "categories: \"x\" is not a CAMEO root code 01-20");
  args.categories = {};
  args.quads = {"5"};
  CHECK(ArgsError(args, kCliFilterNames) == "--quad: \"5\" is not a quad class 1-4");
  args.quads = {"12"};
  CHECK(ArgsError(args, kPyNames) == "quads: \"12\" is not a quad class 1-4");
}

}  // namespace
}  // namespace kg::graph
