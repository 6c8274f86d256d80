#include "extract/internal/civil_calendar.h"

#include <doctest/doctest.h>

namespace kg::extract::internal {
namespace {

TEST_CASE("CivilCalendar: moves by days and months across year ends") {
  CHECK(AddDays({2023, 12, 31}, 1) == CivilDate{2024, 1, 1});
  CHECK(AddDays({2024, 3, 1}, -7) == CivilDate{2024, 2, 23});
  CHECK(AddDays({2024, 3, 1}, -1) == CivilDate{2024, 2, 29});
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
