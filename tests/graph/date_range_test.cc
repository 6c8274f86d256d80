#include "graph/date_range.h"

#include <doctest/doctest.h>

#include <cstdio>
#include <string>
#include <string_view>
#include <vector>

namespace kg::graph {
namespace {

// "2015-01-01..2015-12-31": both ends readable, so a failing row shows
// the range it got.
std::string Show(const DateRange& r) {
  return DayString(r.start) + ".." + DayString(r.end);
}

// A range that no parse gives, to see that a failed parse leaves it alone.
constexpr DateRange kUntouched{-7, -7};

TEST_CASE("DayNumber: counts days from 1970-01-01, proleptic Gregorian") {
  struct Row {
    int year, month, day;
    int64_t expected;
  };
  const std::vector<Row> rows = {
      {1970, 1, 1, 0},        {1970, 1, 2, 1},       {1969, 12, 31, -1},
      {2000, 3, 1, 11017},    {2023, 3, 20, 19436},  {2024, 2, 29, 19782},
      {1600, 2, 29, -135081}, {1000, 1, 1, -354285}, {2199, 12, 31, 84005},
  };
  for (const Row& row : rows) {
    CAPTURE(row.year);
    CAPTURE(row.month);
    CAPTURE(row.day);
    CHECK(DayNumber(row.year, row.month, row.day) == row.expected);
  }
}

TEST_CASE("DayString: inverts DayNumber on every day of 1000-2199") {
  // One check for the whole span: 438,000 assertions would drown the
  // summary. The first mismatch is kept for the message.
  static constexpr int kDays[] = {31, 28, 31, 30, 31, 30,
                                  31, 31, 30, 31, 30, 31};
  std::string first_bad;
  int64_t expected = DayNumber(1000, 1, 1);
  for (int y = 1000; y <= 2199 && first_bad.empty(); ++y) {
    const bool leap = (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
    for (int m = 1; m <= 12; ++m) {
      const int days = m == 2 && leap ? 29 : kDays[m - 1];
      for (int d = 1; d <= days; ++d, ++expected) {
        char want[40];
        std::snprintf(want, sizeof want, "%04d-%02d-%02d", y, m, d);
        if (DayNumber(y, m, d) != expected || DayString(expected) != want) {
          if (first_bad.empty()) first_bad = want;
        }
      }
    }
  }
  CHECK(first_bad == "");
  CHECK(expected == DayNumber(2200, 1, 1));
}

TEST_CASE("DayString: writes open bounds as ..") {
  CHECK(DayString(kOpenStart) == "..");
  CHECK(DayString(kOpenEnd) == "..");
  CHECK(DayString(-1) == "1969-12-31");
}

TEST_CASE("DayString: pads short years, and years past 9999 or before 0") {
  CHECK(DayString(DayNumber(0, 1, 1)) == "0000-01-01");
  CHECK(DayString(DayNumber(7, 2, 3)) == "0007-02-03");
  CHECK(DayString(DayNumber(987, 12, 31)) == "0987-12-31");
  CHECK(DayString(DayNumber(9999, 12, 31)) == "9999-12-31");
  CHECK(DayString(DayNumber(9999, 12, 31) + 1) == "10000-01-01");
  CHECK(DayString(DayNumber(0, 1, 1) - 1) == "-001-12-31");
}

TEST_CASE("ParseEdtf: the days of each form kg writes") {
  struct Row {
    std::string_view edtf;
    std::string_view expected;
  };
  const std::vector<Row> rows = {
      {"2015", "2015-01-01..2015-12-31"},
      {"2015-03", "2015-03-01..2015-03-31"},
      {"2015-02", "2015-02-01..2015-02-28"},
      {"2016-02", "2016-02-01..2016-02-29"},
      {"1900-02", "1900-02-01..1900-02-28"},
      {"2000-02", "2000-02-01..2000-02-29"},
      {"2015-03-12", "2015-03-12..2015-03-12"},
      {"2024-02-29", "2024-02-29..2024-02-29"},
      {"199X", "1990-01-01..1999-12-31"},
      {"201X", "2010-01-01..2019-12-31"},
      {"19XX", "1900-01-01..1999-12-31"},
      {"1000", "1000-01-01..1000-12-31"},
      {"2199-12-31", "2199-12-31..2199-12-31"},
      // Intervals: from the first day of the start to the last of the end.
      {"2013/2025", "2013-01-01..2025-12-31"},
      {"2023-03-20/2023-03-22", "2023-03-20..2023-03-22"},
      {"2015/2015", "2015-01-01..2015-12-31"},
      {"2015/2015-03", "2015-01-01..2015-03-31"},
      {"2022-12/2023-01", "2022-12-01..2023-01-31"},
      {"199X/2005", "1990-01-01..2005-12-31"},
      {"2018/..", "2018-01-01..(open)"},
      {"2025-12/..", "2025-12-01..(open)"},
      {"../2019", "(open)..2019-12-31"},
      {"../2019-05-04", "(open)..2019-05-04"},
  };
  for (const Row& row : rows) {
    CAPTURE(row.edtf);
    DateRange r = kUntouched;
    REQUIRE(ParseEdtf(row.edtf, &r));
    std::string got = Show(r);
    // Show() writes ".." for an open end; spell it out in the table.
    if (r.start == kOpenStart) got.replace(0, 2, "(open)");
    if (r.end == kOpenEnd) got.replace(got.size() - 2, 2, "(open)");
    CHECK(got == row.expected);
  }
}

TEST_CASE("ParseEdtf: rejects what kg does not write and leaves *out alone") {
  const std::vector<std::string_view> rows = {
      "",
      "15",
      "20155",
      "2015-1",
      "2015-13",
      "2015-00",
      "2015-02-29",
      "2015-04-31",
      "2015-03-00",
      "2015-3-12",
      "2015-03-12T",
      " 2015",
      "2015 ",
      "199x",
      "1X9X",
      "X999",
      "1XXX",
      "2015?",
      "2015~",
      "2015-21",
      "../..",
      "2020/2019",
      "2015-03-12/2015-03-11",
      "2015/",
      "/2015",
      "2015//2016",
      "2015/2016/2017",
      "2015/..x",
      "-2015",
      "2015-03-12/..2016",
  };
  for (std::string_view edtf : rows) {
    CAPTURE(edtf);
    DateRange r = kUntouched;
    CHECK_FALSE(ParseEdtf(edtf, &r));
    CHECK(r == kUntouched);
  }
}

TEST_CASE("ParseDateArgument: takes a year, a month or a day only") {
  struct Row {
    std::string_view text;
    bool ok;
    std::string_view expected;  // when ok
  };
  const std::vector<Row> rows = {
      {"2019", true, "2019-01-01..2019-12-31"},
      {"2019-05", true, "2019-05-01..2019-05-31"},
      {"2019-05-04", true, "2019-05-04..2019-05-04"},
      {"199X", false, ""},
      {"20XX", false, ""},
      {"2019/2020", false, ""},
      {"2019/..", false, ""},
      {"2019-5", false, ""},
      {"2019-02-30", false, ""},
      {"", false, ""},
      {"may 2019", false, ""},
  };
  for (const Row& row : rows) {
    CAPTURE(row.text);
    DateRange r = kUntouched;
    CHECK(ParseDateArgument(row.text, &r) == row.ok);
    if (row.ok) {
      CHECK(Show(r) == row.expected);
    } else {
      CHECK(r == kUntouched);
    }
  }
}

TEST_CASE("DateRange: overlaps when the ranges share a day") {
  DateRange y2015, y2016, since2015_12_31, until2014;
  REQUIRE(ParseEdtf("2015", &y2015));
  REQUIRE(ParseEdtf("2016", &y2016));
  REQUIRE(ParseEdtf("2015-12-31/..", &since2015_12_31));
  REQUIRE(ParseEdtf("../2014", &until2014));
  const DateRange always;  // both ends open
  CHECK_FALSE(y2015.Overlaps(y2016));
  CHECK_FALSE(y2016.Overlaps(y2015));
  CHECK(since2015_12_31.Overlaps(y2015));  // the last day is enough
  CHECK(since2015_12_31.Overlaps(y2016));
  CHECK_FALSE(until2014.Overlaps(y2015));
  CHECK_FALSE(until2014.Overlaps(since2015_12_31));
  CHECK(always.Overlaps(until2014));
  CHECK(always.Overlaps(always));
}

}  // namespace
}  // namespace kg::graph
