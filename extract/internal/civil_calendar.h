// Internal: moving about the calendar from a CivilDate, to resolve relative
// dates ("last Monday", "three months ago") against a document date. The
// calendar itself is base/calendar.h's (C++20 <chrono>).
//
//   AddDays({2024, 3, 1}, -1);                           // {2024, 2, 29}
//   AddMonths({2024, 1, 15}, -1);                        // {2023, 12, 0}
//   PickWeekday({2024, 3, 1}, 0, WeekdayPick::kBefore);  // {2024, 2, 26}
//
// Weekdays run 0 = Monday ... 6 = Sunday. Every function is pure and
// thread-safe.
#ifndef KG_EXTRACT_INTERNAL_CIVIL_CALENDAR_H_
#define KG_EXTRACT_INTERNAL_CIVIL_CALENDAR_H_

#include "base/calendar.h"

namespace kg::extract::internal {

/// `date` moved by `n` days. REQUIRES: date has a month and a day.
CivilDate AddDays(const CivilDate& date, long n);
/// The month `n` months from `date`'s, with day 0. REQUIRES: date.month != 0.
CivilDate AddMonths(const CivilDate& date, int n);

/// Which occurrence of a weekday PickWeekday returns, relative to a day.
enum class WeekdayPick {
  kOnOrBefore,  ///< the latest one on or before the day ("on Monday")
  kBefore,      ///< the latest one strictly before it ("last Monday")
  kAfter,       ///< the first one strictly after it ("next Monday")
};

/// The day with weekday `weekday` (0 = Monday) that `pick` selects around
/// `date`. REQUIRES: date has a month and a day.
CivilDate PickWeekday(const CivilDate& date, int weekday, WeekdayPick pick);

}  // namespace kg::extract::internal

#endif  // KG_EXTRACT_INTERNAL_CIVIL_CALENDAR_H_
