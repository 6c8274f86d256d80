// The proleptic Gregorian calendar kg dates with: C++20 <chrono>'s, as day
// numbers counted from 1970-01-01 (day 0, a Thursday).
//
//   kg::DaysFromCivil(1970, 1, 1)  == 0
//   kg::DaysFromCivil(2024, 3, 1)  == 19783
//   kg::CivilFromDays(19782)       == kg::CivilDate{2024, 2, 29}
//   kg::ValidDay(2023, 2, 29)      == false
//   kg::WeekdayOf(0)               == 3   // 0 = Monday ... 6 = Sunday
//
// Years run from -32767 to 32767 (std::chrono::year's range). Every
// function is pure and thread-safe.
#ifndef KG_BASE_CALENDAR_H_
#define KG_BASE_CALENDAR_H_

#include <cstdint>

namespace kg {

/// A calendar day, or a month or year when day (and month) are 0 (a
/// document's own date may be "2024-03" or "2024").
struct CivilDate {
  int year = 0;
  int month = 0;  ///< 1-12, 0 = unknown
  int day = 0;    ///< 1-31, 0 = unknown
  bool operator==(const CivilDate&) const = default;
};

/// True iff year-month-day is a real calendar day.
bool ValidDay(int year, int month, int day);
/// 28-31. REQUIRES: 1 <= month <= 12.
int DaysInMonth(int year, int month);
/// Days since 1970-01-01 (negative before it). REQUIRES: ValidDay.
int64_t DaysFromCivil(int year, int month, int day);
/// The day `days` after 1970-01-01: the inverse of DaysFromCivil.
CivilDate CivilFromDays(int64_t days);
/// 0 = Monday ... 6 = Sunday.
int WeekdayOf(int64_t days);

}  // namespace kg

#endif  // KG_BASE_CALENDAR_H_
