// DateRange: the days an EDTF date covers, for date filters and timelines.
//
//   kg::graph::DateRange r;
//   kg::graph::ParseEdtf("2023-03-20/2023-03-22", &r);   // true
//   r.start == DayNumber(2023, 3, 20); r.end == DayNumber(2023, 3, 22)
//   kg::graph::ParseEdtf("2015", &r);      // 2015-01-01 .. 2015-12-31
//   kg::graph::ParseEdtf("199X", &r);      // 1990-01-01 .. 1999-12-31
//   kg::graph::ParseEdtf("2018/..", &r);   // 2018-01-01 .. open
//   kg::graph::ParseEdtf("../2019", &r);   // open .. 2019-12-31
//
// Days are counted from 1970-01-01 (day 0), proleptic Gregorian. An open
// bound is kOpenStart / kOpenEnd, so comparisons need no special case.
#ifndef KG_GRAPH_DATE_RANGE_H_
#define KG_GRAPH_DATE_RANGE_H_

#include <cstdint>
#include <limits>
#include <string>
#include <string_view>

namespace kg::graph {

inline constexpr int64_t kOpenStart = std::numeric_limits<int64_t>::min();
inline constexpr int64_t kOpenEnd = std::numeric_limits<int64_t>::max();

struct DateRange {
  int64_t start = kOpenStart;  ///< first day, inclusive
  int64_t end = kOpenEnd;      ///< last day, inclusive
  bool operator==(const DateRange&) const = default;
  /// True iff the two ranges share at least one day.
  bool Overlaps(const DateRange& o) const { return start <= o.end && o.start <= end; }
};

/// Days since 1970-01-01 of a valid calendar date (negative before it).
/// REQUIRES: 1 <= month <= 12, 1 <= day <= its month's length.
int64_t DayNumber(int year, int month, int day);
/// "YYYY-MM-DD" of a day number (the inverse of DayNumber; the year has at
/// least 4 digits), or ".." for kOpenStart / kOpenEnd.
std::string DayString(int64_t day);

/// Parses an EDTF date of the forms kg writes and returns true:
///   "2015" / "2015-03" / "2015-03-12"   the year, month or day
///   "199X" / "19XX"                     the decade, the century
///   "A/B"   from the first day of A to the last day of B, each of A and B
///           one of the forms above ("2013/2025", "2023-03-20/2023-03-22",
///           "199X/2005") or ".." for an open end ("2018/..", "../2019").
/// Returns false (and leaves *out alone) for anything else: invalid days
/// ("2023-02-29"), "../..", an interval that ends before it starts, EDTF
/// kg does not write ("2015?", "2015-21", lowercase "199x").
bool ParseEdtf(std::string_view edtf, DateRange* out);

/// Parses a date given on the command line ("2019", "2019-05",
/// "2019-05-04"): the range it covers. Returns false (leaving *out alone)
/// for anything else, decades and intervals included.
bool ParseDateArgument(std::string_view text, DateRange* out);

}  // namespace kg::graph

#endif  // KG_GRAPH_DATE_RANGE_H_
