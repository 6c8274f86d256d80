#include "graph/date_range.h"

#include <cstdio>

namespace kg::graph {
namespace {

// The first and last day one EDTF value (not an interval) covers.
struct Bounds {
  int64_t first = 0;
  int64_t last = 0;
};

bool IsDigit(char c) { return c >= '0' && c <= '9'; }

// Reads s[begin, begin + n) as a decimal number; false unless all digits.
bool Digits(std::string_view s, size_t begin, size_t n, int* value) {
  if (begin + n > s.size()) return false;
  int v = 0;
  for (size_t i = begin; i < begin + n; ++i) {
    if (!IsDigit(s[i])) return false;
    v = v * 10 + (s[i] - '0');
  }
  *value = v;
  return true;
}

bool IsLeap(int year) {
  return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
}

int DaysInMonth(int year, int month) {
  static constexpr int kDays[] = {31, 28, 31, 30, 31, 30,
                                  31, 31, 30, 31, 30, 31};
  return month == 2 && IsLeap(year) ? 29 : kDays[month - 1];
}

Bounds Years(int first_year, int last_year) {
  return {DayNumber(first_year, 1, 1), DayNumber(last_year, 12, 31)};
}

// "YYYY", "YYYY-MM", "YYYY-MM-DD", and, if `masked`, "YYYX" and "YYXX".
bool ParsePoint(std::string_view s, bool masked, Bounds* out) {
  int year = 0, month = 0, day = 0;
  if (s.size() == 4 && Digits(s, 0, 4, &year)) {
    *out = Years(year, year);
    return true;
  }
  if (masked && s.size() == 4 && s[3] == 'X') {
    if (Digits(s, 0, 3, &year)) {
      *out = Years(year * 10, year * 10 + 9);
      return true;
    }
    if (s[2] == 'X' && Digits(s, 0, 2, &year)) {
      *out = Years(year * 100, year * 100 + 99);
      return true;
    }
    return false;
  }
  if ((s.size() != 7 && s.size() != 10) || !Digits(s, 0, 4, &year) ||
      s[4] != '-' || !Digits(s, 5, 2, &month) || month < 1 || month > 12) {
    return false;
  }
  if (s.size() == 7) {
    *out = {DayNumber(year, month, 1),
            DayNumber(year, month, DaysInMonth(year, month))};
    return true;
  }
  if (s[7] != '-' || !Digits(s, 8, 2, &day) || day < 1 ||
      day > DaysInMonth(year, month)) {
    return false;
  }
  out->first = out->last = DayNumber(year, month, day);
  return true;
}

}  // namespace

// Howard Hinnant's days_from_civil: years start in March so that the leap
// day is the last day of its year, and 400-year eras repeat exactly.
int64_t DayNumber(int year, int month, int day) {
  const int64_t y = static_cast<int64_t>(year) - (month <= 2 ? 1 : 0);
  const int64_t era = (y >= 0 ? y : y - 399) / 400;
  const int64_t yoe = y - era * 400;
  const int64_t mp = (month + 9) % 12;
  const int64_t doy = (153 * mp + 2) / 5 + day - 1;
  const int64_t doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
  return era * 146097 + doe - 719468;
}

// The inverse, civil_from_days.
std::string DayString(int64_t day) {
  if (day == kOpenStart || day == kOpenEnd) return "..";
  const int64_t z = day + 719468;
  const int64_t era = (z >= 0 ? z : z - 146096) / 146097;
  const int64_t doe = z - era * 146097;
  const int64_t yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
  const int64_t doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
  const int64_t mp = (5 * doy + 2) / 153;
  const int64_t d = doy - (153 * mp + 2) / 5 + 1;
  const int64_t m = mp < 10 ? mp + 3 : mp - 9;
  const int64_t y = yoe + era * 400 + (m <= 2 ? 1 : 0);
  char buf[80];  // room for any int64_t fields, to keep -Wformat-truncation
                 // quiet
  std::snprintf(buf, sizeof buf, "%04lld-%02lld-%02lld",
                static_cast<long long>(y), static_cast<long long>(m),
                static_cast<long long>(d));
  return buf;
}

bool ParseEdtf(std::string_view edtf, DateRange* out) {
  const size_t slash = edtf.find('/');
  Bounds b;
  if (slash == edtf.npos) {
    if (!ParsePoint(edtf, /*masked=*/true, &b)) return false;
    *out = {b.first, b.last};
    return true;
  }
  const std::string_view from = edtf.substr(0, slash);
  const std::string_view to = edtf.substr(slash + 1);
  if (from == ".." && to == "..") return false;  // says nothing
  DateRange r;
  if (from != "..") {
    if (!ParsePoint(from, true, &b)) return false;
    r.start = b.first;
  }
  if (to != "..") {
    if (!ParsePoint(to, true, &b)) return false;
    r.end = b.last;
  }
  if (r.start > r.end) return false;
  *out = r;
  return true;
}

bool ParseDateArgument(std::string_view text, DateRange* out) {
  Bounds b;
  if (!ParsePoint(text, /*masked=*/false, &b)) return false;
  *out = {b.first, b.last};
  return true;
}

}  // namespace kg::graph
