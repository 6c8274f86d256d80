#include "extract/internal/date_point.h"

#include <cstddef>
#include <string>

namespace kg::extract::internal {
namespace {

std::string Pad(int v, size_t width) {
  std::string s = std::to_string(v);
  if (s.size() < width) s.insert(0, width - s.size(), '0');
  return s;
}

}  // namespace

DatePoint DayPoint(const CivilDate& date, DateSource source) {
  return {date.year, date.month, date.day, Precision::kDay, source};
}

std::string ToEdtf(const DatePoint& p) {
  switch (p.precision) {
    case Precision::kCentury:
      return std::to_string(p.year / 100) + "XX";
    case Precision::kDecade:
      return std::to_string(p.year / 10) + "X";
    case Precision::kYear:
      return Pad(p.year, 4);
    case Precision::kMonth:
      return Pad(p.year, 4) + "-" + Pad(p.month, 2);
    case Precision::kDay:
      break;
  }
  return Pad(p.year, 4) + "-" + Pad(p.month, 2) + "-" + Pad(p.day, 2);
}

// Month and day 0 (unknown) sort before 1, so a year starts before its
// January and a month before its first day.
long StartKey(const DatePoint& p) {
  return (p.year * 13L + p.month) * 32 + p.day;
}

}  // namespace kg::extract::internal
