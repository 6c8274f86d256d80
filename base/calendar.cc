#include "base/calendar.h"

#include <chrono>

namespace kg {
namespace {

namespace chr = std::chrono;

chr::year_month_day Ymd(int year, int month, int day) {
  return {chr::year{year}, chr::month{static_cast<unsigned>(month)},
          chr::day{static_cast<unsigned>(day)}};
}

}  // namespace

bool ValidDay(int year, int month, int day) {
  // chrono's month and day are unsigned: rule out what would wrap first.
  return year >= -32767 && year <= 32767 && month >= 1 && month <= 12 &&
         day >= 1 && day <= 31 && Ymd(year, month, day).ok();
}

int DaysInMonth(int year, int month) {
  const chr::year_month_day_last last{
      chr::year{year},
      chr::month_day_last{chr::month{static_cast<unsigned>(month)}}};
  return static_cast<int>(static_cast<unsigned>(last.day()));
}

int64_t DaysFromCivil(int year, int month, int day) {
  return chr::sys_days{Ymd(year, month, day)}.time_since_epoch().count();
}

CivilDate CivilFromDays(int64_t days) {
  const chr::year_month_day ymd{chr::sys_days{chr::days{days}}};
  return {static_cast<int>(ymd.year()),
          static_cast<int>(static_cast<unsigned>(ymd.month())),
          static_cast<int>(static_cast<unsigned>(ymd.day()))};
}

int WeekdayOf(int64_t days) {
  // iso_encoding(): 1 = Monday ... 7 = Sunday.
  return static_cast<int>(
             chr::weekday{chr::sys_days{chr::days{days}}}.iso_encoding()) -
         1;
}

}  // namespace kg
