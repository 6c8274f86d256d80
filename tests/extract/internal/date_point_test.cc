#include "extract/internal/date_point.h"

#include <doctest/doctest.h>

namespace kg::extract::internal {
namespace {

TEST_CASE("DatePoint: ToEdtf formats every precision") {
  CHECK(ToEdtf({1900, 0, 0, Precision::kCentury, DateSource::kSentence}) ==
        "19XX");
  CHECK(ToEdtf({2010, 0, 0, Precision::kDecade, DateSource::kSentence}) ==
        "201X");
  CHECK(ToEdtf({987, 0, 0, Precision::kYear, DateSource::kSentence}) == "0987");
  CHECK(ToEdtf({2016, 3, 0, Precision::kMonth, DateSource::kSentence}) ==
        "2016-03");
  CHECK(ToEdtf(DayPoint({2016, 3, 12}, DateSource::kDocument)) == "2016-03-12");
}

TEST_CASE("DatePoint: StartKey orders by first day") {
  const DatePoint year{2016, 0, 0, Precision::kYear, DateSource::kSentence};
  const DatePoint jan{2016, 1, 0, Precision::kMonth, DateSource::kSentence};
  const DatePoint jan1{2016, 1, 1, Precision::kDay, DateSource::kSentence};
  const DatePoint dec31{2015, 12, 31, Precision::kDay, DateSource::kSentence};
  CHECK(StartKey(dec31) < StartKey(year));
  CHECK(StartKey(year) < StartKey(jan));
  CHECK(StartKey(jan) < StartKey(jan1));
}

}  // namespace
}  // namespace kg::extract::internal
