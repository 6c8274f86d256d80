#include "extract/internal/civil_calendar.h"

#include <array>
#include <cstddef>

namespace kg::extract::internal {

bool IsLeap(int year) {
  return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
}

int DaysInMonth(int year, int month) {
  static constexpr std::array<int, 12> kDays = {31, 28, 31, 30, 31, 30,
                                                31, 31, 30, 31, 30, 31};
  return month == 2 && IsLeap(year) ? 29
                                    : kDays[static_cast<size_t>(month - 1)];
}

bool ValidDay(int year, int month, int day) {
  return month >= 1 && month <= 12 && day >= 1 &&
         day <= DaysInMonth(year, month);
}

// H. Hinnant's days_from_civil: counting from 1 March puts the leap day at
// the end of the (shifted) year, so one formula covers every month.
long DaysFromCivil(int y, int m, int d) {
  y -= m <= 2;
  const long era = (y >= 0 ? y : y - 399) / 400;
  const long yoe = y - era * 400;
  const long doy = (153L * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
  const long doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
  return era * 146097 + doe - 719468;
}

// H. Hinnant's civil_from_days, the inverse of the above.
CivilDate CivilFromDays(long z) {
  z += 719468;
  const long era = (z >= 0 ? z : z - 146096) / 146097;
  const long doe = z - era * 146097;
  const long yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
  const long doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
  const long mp = (5 * doy + 2) / 153;
  const int d = static_cast<int>(doy - (153 * mp + 2) / 5 + 1);
  const int m = static_cast<int>(mp < 10 ? mp + 3 : mp - 9);
  return {static_cast<int>(yoe + era * 400 + (m <= 2)), m, d};
}

// 1970-01-01 was a Thursday; the "+ 7" keeps days before it non-negative.
int WeekdayOf(long days) { return static_cast<int>(((days % 7) + 7 + 3) % 7); }

CivilDate AddDays(const CivilDate& date, long n) {
  return CivilFromDays(DaysFromCivil(date.year, date.month, date.day) + n);
}

CivilDate AddMonths(const CivilDate& date, int n) {
  const int months = date.year * 12 + date.month - 1 + n;
  return {months / 12, months % 12 + 1, 0};
}

CivilDate PickWeekday(const CivilDate& date, int weekday, WeekdayPick pick) {
  const long today = DaysFromCivil(date.year, date.month, date.day);
  const long back = (WeekdayOf(today) - weekday + 7) % 7;
  long days = today - back;
  if (pick == WeekdayPick::kBefore && back == 0) days -= 7;
  if (pick == WeekdayPick::kAfter) days += 7;
  return CivilFromDays(days);
}

}  // namespace kg::extract::internal
