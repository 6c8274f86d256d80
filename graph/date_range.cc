#include "graph/date_range.h"

#include <cstdio>

#include "base/calendar.h"

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

int64_t DayNumber(int year, int month, int day) {
  return DaysFromCivil(year, month, day);
}

std::string DayString(int64_t day) {
  if (day == kOpenStart || day == kOpenEnd) return "..";
  const CivilDate d = CivilFromDays(day);
  if (d.year < 0 || d.year > 9999) {
    char buf[32];
    std::snprintf(buf, sizeof buf, "%04d-%02d-%02d", d.year, d.month, d.day);
    return buf;
  }
  // The exporters write two days an edge: snprintf was a tenth of writing
  // a GraphML file.
  std::string s = "0000-00-00";
  auto put = [&s](size_t at, int value, int digits) {
    for (int i = digits - 1; i >= 0; --i, value /= 10)
      s[at + static_cast<size_t>(i)] = static_cast<char>('0' + value % 10);
  };
  put(0, d.year, 4);
  put(5, d.month, 2);
  put(8, d.day, 2);
  return s;
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
