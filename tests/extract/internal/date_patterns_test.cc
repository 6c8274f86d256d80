#include "extract/internal/date_patterns.h"

#include <doctest/doctest.h>
#include <re2/re2.h>

#include <string>

#include "extract/internal/piece_re.h"

namespace kg::extract::internal {
namespace {

TEST_CASE("DatePatterns: every pattern compiles") {
  RE2::Options options;
  options.set_log_errors(false);
  const DatePatterns p = BuildDatePatterns();
  CHECK(PieceRe(p.head, options).ok());
  CHECK(PieceRe(p.qual, options).ok());
  for (const std::string& core : p.cores) {
    CAPTURE(core);
    CHECK(PieceRe(core, options).ok());
  }
  CHECK(RE2(OnwardsPattern(), options).ok());
  options.set_max_mem(64 << 20);
  const RE2 scan(ScanPattern(p), options);
  CHECK(scan.ok());
  CHECK(scan.NumberOfCapturingGroups() == 0);
}

TEST_CASE("DatePatterns: PieceRe files groups by GroupId") {
  RE2::Options options;
  options.set_log_errors(false);
  const DatePatterns p = BuildDatePatterns();
  const PieceRe head(p.head, options);
  DateParts parts{};
  re2::StringPiece text = "since 2018";
  REQUIRE(head.Consume(&text, false, &parts));
  CHECK(parts[kPrep] == "since");
  CHECK(parts[kDashG].data() == nullptr);
  CHECK(text == "2018");

  const PieceRe day_first(p.cores[2], options);
  re2::StringPiece date = "20-22 March 2023";
  REQUIRE(day_first.Consume(&date, true, &parts));
  CHECK(parts[kDmyD1] == "20");
  CHECK(parts[kDmyD2] == "22");
  CHECK(parts[kDmyM] == "March");
  CHECK(parts[kDmyY] == "2023");
  CHECK(date.empty());

  re2::StringPiece not_whole = "20 March 2023 was";
  CHECK_FALSE(day_first.Consume(&not_whole, true, &parts));
  CHECK(not_whole == "20 March 2023 was");
}

TEST_CASE("DatePatterns: month and weekday names") {
  CHECK(MonthNumber("January") == 1);
  CHECK(MonthNumber("Sept.") == 9);
  CHECK(MonthNumber("Dec") == 12);
  CHECK(MonthNumber("march") == 0);
  CHECK(WeekdayNumber("Monday") == 0);
  CHECK(WeekdayNumber("Sunday") == 6);
  CHECK(WeekdayNumber("Someday") == -1);
}

}  // namespace
}  // namespace kg::extract::internal
