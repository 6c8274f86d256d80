#include "extract/internal/civil_calendar.h"

#include <cstdint>

#include "base/calendar.h"

namespace kg::extract::internal {
namespace {

int64_t DayNumber(const CivilDate& date) {
  return DaysFromCivil(date.year, date.month, date.day);
}

}  // namespace

CivilDate AddDays(const CivilDate& date, long n) {
  return CivilFromDays(DayNumber(date) + n);
}

CivilDate AddMonths(const CivilDate& date, int n) {
  const int months = date.year * 12 + date.month - 1 + n;
  return {months / 12, months % 12 + 1, 0};
}

CivilDate PickWeekday(const CivilDate& date, int weekday, WeekdayPick pick) {
  const int64_t today = DayNumber(date);
  const int64_t back = (WeekdayOf(today) - weekday + 7) % 7;
  int64_t days = today - back;
  if (pick == WeekdayPick::kBefore && back == 0) days -= 7;
  if (pick == WeekdayPick::kAfter) days += 7;
  return CivilFromDays(days);
}

}  // namespace kg::extract::internal
