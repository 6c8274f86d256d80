// Internal: proleptic Gregorian calendar arithmetic on CivilDate, used to
// check written days and to resolve relative dates against a document date.
//
//   CivilFromDays(DaysFromCivil(2024, 3, 1) - 1);  // {2024, 2, 29}
//   AddMonths({2024, 1, 15}, -1);                  // {2023, 12, 0}
//   PickWeekday({2024, 3, 1}, 0, WeekdayPick::kBefore);  // {2024, 2, 26}
//
// Days are counted from 1970-01-01 (day 0); weekdays run 0 = Monday ...
// 6 = Sunday. Every function is pure and thread-safe.
#ifndef KG_EXTRACT_INTERNAL_CIVIL_CALENDAR_H_
#define KG_EXTRACT_INTERNAL_CIVIL_CALENDAR_H_

#include "extract/document.h"

namespace kg::extract::internal {

/// True iff `year` has a 29 February.
bool IsLeap(int year);
/// 28-31. REQUIRES: 1 <= month <= 12.
int DaysInMonth(int year, int month);
/// True iff year-month-day is a real calendar day.
bool ValidDay(int year, int month, int day);

/// Days since 1970-01-01 (negative before it). REQUIRES: a real day.
long DaysFromCivil(int year, int month, int day);
/// The day `days` after 1970-01-01; the inverse of DaysFromCivil.
CivilDate CivilFromDays(long days);
/// 0 = Monday ... 6 = Sunday, for a day counted as DaysFromCivil does.
int WeekdayOf(long days);

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
