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

/// Days since 1970-01-01 of a valid calendar date.
int64_t DayNumber(int year, int month, int day);
/// "YYYY-MM-DD" of a day number.
std::string DayString(int64_t day);

/// Parses an EDTF date of the forms kg writes (YYYY, YYYY-MM, YYYY-MM-DD,
/// YYYX / YYXX decades and centuries, intervals A/B with ".." for an open
/// end). Returns false (and leaves *out alone) for anything else.
bool ParseEdtf(std::string_view edtf, DateRange* out);

/// Parses a date given on the command line ("2019", "2019-05",
/// "2019-05-04"): the range it covers.
bool ParseDateArgument(std::string_view text, DateRange* out);

}  // namespace kg::graph

#endif  // KG_GRAPH_DATE_RANGE_H_
