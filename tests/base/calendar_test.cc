#include "base/calendar.h"

#include <doctest/doctest.h>

namespace kg {
namespace {

TEST_CASE("Calendar: validates days, leap years included") {
  CHECK(ValidDay(2024, 2, 29));
  CHECK_FALSE(ValidDay(2023, 2, 29));
  CHECK(ValidDay(2000, 2, 29));
  CHECK_FALSE(ValidDay(1900, 2, 29));
  CHECK_FALSE(ValidDay(2023, 4, 31));
  CHECK_FALSE(ValidDay(2023, 13, 1));
  CHECK_FALSE(ValidDay(2023, 0, 1));
  CHECK_FALSE(ValidDay(2023, 1, 0));
  CHECK_FALSE(ValidDay(2023, -1, 5));
  CHECK_FALSE(ValidDay(99999, 1, 1));  // beyond std::chrono::year
  CHECK(DaysInMonth(2023, 12) == 31);
  CHECK(DaysInMonth(2024, 2) == 29);
  CHECK(DaysInMonth(2100, 2) == 28);
  CHECK(DaysInMonth(2023, 4) == 30);
}

TEST_CASE("Calendar: day numbers round-trip from 1970-01-01") {
  CHECK(DaysFromCivil(1970, 1, 1) == 0);
  CHECK(DaysFromCivil(1969, 12, 31) == -1);
  CHECK(DaysFromCivil(2000, 3, 1) == 11017);
  CHECK(DaysFromCivil(2024, 3, 1) == 19783);
  CHECK(DaysFromCivil(0, 1, 1) == -719528);
  for (int64_t d = -800000; d <= 800000; d += 997) {
    const CivilDate c = CivilFromDays(d);
    CAPTURE(d);
    CHECK(ValidDay(c.year, c.month, c.day));
    CHECK(DaysFromCivil(c.year, c.month, c.day) == d);
  }
  CHECK(CivilFromDays(DaysFromCivil(2024, 3, 1) - 1) == CivilDate{2024, 2, 29});
}

TEST_CASE("Calendar: weekdays count from Monday") {
  CHECK(WeekdayOf(0) == 3);                           // 1970-01-01, a Thursday
  CHECK(WeekdayOf(-1) == 2);                          // a Wednesday
  CHECK(WeekdayOf(DaysFromCivil(2024, 3, 4)) == 0);   // a Monday
  CHECK(WeekdayOf(DaysFromCivil(2024, 3, 10)) == 6);  // a Sunday
}

}  // namespace
}  // namespace kg
