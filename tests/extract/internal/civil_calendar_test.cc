#include "extract/internal/civil_calendar.h"

#include <doctest/doctest.h>

namespace kg::extract::internal {
namespace {

TEST_CASE("CivilCalendar: validates days, leap years included") {
  CHECK(ValidDay(2024, 2, 29));
  CHECK_FALSE(ValidDay(2023, 2, 29));
  CHECK(ValidDay(2000, 2, 29));
  CHECK_FALSE(ValidDay(1900, 2, 29));
  CHECK_FALSE(ValidDay(2023, 4, 31));
  CHECK_FALSE(ValidDay(2023, 13, 1));
  CHECK_FALSE(ValidDay(2023, 1, 0));
  CHECK(DaysInMonth(2023, 12) == 31);
}

TEST_CASE("CivilCalendar: day numbers round-trip from 1970-01-01") {
  CHECK(DaysFromCivil(1970, 1, 1) == 0);
  CHECK(DaysFromCivil(1969, 12, 31) == -1);
  CHECK(DaysFromCivil(2000, 3, 1) == 11017);
  for (long d = -800000; d <= 800000; d += 997) {
    const CivilDate c = CivilFromDays(d);
    CAPTURE(d);
    CHECK(DaysFromCivil(c.year, c.month, c.day) == d);
  }
  CHECK(CivilFromDays(DaysFromCivil(2024, 3, 1) - 1) == CivilDate{2024, 2, 29});
}

TEST_CASE("CivilCalendar: weekdays count from Monday") {
  CHECK(WeekdayOf(0) == 3);                          // 1970-01-01, a Thursday
  CHECK(WeekdayOf(-1) == 2);                         // a Wednesday
  CHECK(WeekdayOf(DaysFromCivil(2024, 3, 4)) == 0);  // a Monday
}

TEST_CASE("CivilCalendar: moves by days and months across year ends") {
  CHECK(AddDays({2023, 12, 31}, 1) == CivilDate{2024, 1, 1});
  CHECK(AddDays({2024, 3, 1}, -7) == CivilDate{2024, 2, 23});
  CHECK(AddMonths({2024, 1, 15}, -1) == CivilDate{2023, 12, 0});
  CHECK(AddMonths({2023, 12, 0}, 1) == CivilDate{2024, 1, 0});
  CHECK(AddMonths({2023, 6, 5}, -18) == CivilDate{2021, 12, 0});
}

TEST_CASE("CivilCalendar: picks a weekday around a day") {
  // 2024-03-01 is a Friday.
  SUBCASE("on or before") {
    CHECK(PickWeekday({2024, 3, 1}, 0, WeekdayPick::kOnOrBefore) ==
          CivilDate{2024, 2, 26});
    CHECK(PickWeekday({2024, 3, 1}, 4, WeekdayPick::kOnOrBefore) ==
          CivilDate{2024, 3, 1});
  }
  SUBCASE("strictly before") {
    CHECK(PickWeekday({2024, 3, 1}, 0, WeekdayPick::kBefore) ==
          CivilDate{2024, 2, 26});
    CHECK(PickWeekday({2024, 3, 1}, 4, WeekdayPick::kBefore) ==
          CivilDate{2024, 2, 23});
  }
  SUBCASE("strictly after") {
    CHECK(PickWeekday({2024, 3, 1}, 0, WeekdayPick::kAfter) ==
          CivilDate{2024, 3, 4});
    CHECK(PickWeekday({2024, 3, 1}, 4, WeekdayPick::kAfter) ==
          CivilDate{2024, 3, 8});
  }
}

}  // namespace
}  // namespace kg::extract::internal
