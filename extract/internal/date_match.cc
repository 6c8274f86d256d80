#include "extract/internal/date_match.h"

#include <algorithm>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "base/calendar.h"
#include "extract/internal/civil_calendar.h"
#include "extract/internal/date_point.h"

namespace kg::extract::internal {
namespace {

// Wider than any year news writes about, narrow enough to keep out most
// counts and codes.
constexpr int kMinYear = 1000;
constexpr int kMaxYear = 2199;

bool InYearRange(int y) { return y >= kMinYear && y <= kMaxYear; }

struct DayMonthGroups {
  GroupId day1, link, day2, month, year;
};
constexpr DayMonthGroups kDayFirst = {kDmyD1, kDmyL, kDmyD2, kDmyM, kDmyY};
constexpr DayMonthGroups kMonthFirst = {kMdyD1, kMdyL, kMdyD2, kMdyM, kMdyY};

// Day-first or month-first dates, possibly day ranges, possibly yearless.
// "2 and 3 March" (without "between") names two days, not a range: `e`
// becomes the first and `*other` the second. Returns false if a day does
// not exist.
bool ParseDayMonth(const DateMatch& m, const DayMonthGroups& g, DateExpr* e,
                   std::optional<DateExpr>* other) {
  const int month = MonthNumber(m.Text(g.month));
  int year = m.Has(g.year) ? m.Int(g.year) : 0;
  if (year != 0 && !InYearRange(year)) {
    // "on 12 March 2500 ..." : the number is not this date's year.
    year = 0;
    e->end = std::max(m.End(g.month), m.End(m.Has(g.day2) ? g.day2 : g.day1));
  }
  // Leap days without a year are checked against a leap year.
  const int check_year = year != 0 ? year : 2000;
  const int day1 = m.Int(g.day1);
  if (!ValidDay(check_year, month, day1)) return false;
  e->first = {year, month, day1, Precision::kDay, DateSource::kSentence};
  if (!m.Has(g.day2)) return true;
  const int day2 = m.Int(g.day2);
  if (!ValidDay(check_year, month, day2) || day2 <= day1) return false;
  const DatePoint last{year, month, day2, Precision::kDay,
                       DateSource::kSentence};
  if (Words(m.Text(g.link)).ends_with("and") && e->role != Role::kBetween) {
    DateExpr second = *e;
    second.begin = second.value_begin = m.Begin(g.day2);
    second.role = Role::kPoint;
    second.first = last;
    e->end = m.End(g.day1);
    *other = second;
    return true;
  }
  e->last = last;
  return true;
}

bool ParseIso(const DateMatch& m, DateExpr* e) {
  const int year = m.Int(kIsoY);
  if (!InYearRange(year)) return false;
  const int mm = m.Int(kIsoM);
  if (m.Has(kIsoD)) {
    if (!ValidDay(year, mm, m.Int(kIsoD))) return false;
    e->first = {year, mm, m.Int(kIsoD), Precision::kDay, DateSource::kSentence};
    return true;
  }
  if (mm >= 1 && mm <= 12) {
    e->first = {year, mm, 0, Precision::kMonth, DateSource::kSentence};
    return true;
  }
  // "2014-15": a span of years, since 15 cannot be a month.
  if (mm <= year % 100) return false;
  e->first = {year, 0, 0, Precision::kYear, DateSource::kSentence};
  e->last = DatePoint{year - year % 100 + mm, 0, 0, Precision::kYear,
                      DateSource::kSentence};
  return true;
}

bool ParseShortYearRange(const DateMatch& m, DateExpr* e) {
  const int year = m.Int(kSyY);
  if (!InYearRange(year)) return false;
  int end = m.Int(kSyE);
  if (m.Text(kSyE).size() == 2) {
    end += year - year % 100;
    if (end <= year) end += 100;  // "1999–00"
  }
  if (end <= year || !InYearRange(end)) return false;
  e->first = {year, 0, 0, Precision::kYear, DateSource::kSentence};
  e->last = DatePoint{end, 0, 0, Precision::kYear, DateSource::kSentence};
  return true;
}

bool ParseDecade(const DateMatch& m, DateExpr* e) {
  const int year = m.Int(kDec);
  if (!InYearRange(year)) return false;
  // "the 1900s" is a century; "the 2000s" is read as the decade 2000-2009,
  // as news uses it.
  const bool century = year % 100 == 0 && year < 2000;
  e->first = {year, 0, 0, century ? Precision::kCentury : Precision::kDecade,
              DateSource::kSentence};
  return true;
}

// "two days ago", "three years ago".
bool ParseAgo(const DateMatch& m, const CivilDate& doc, DateExpr* e) {
  const int n = CountWord(Words(m.Text(kAgoN)));
  const std::string unit = Words(m.Text(kAgoU));
  if (n <= 0) return false;
  if (unit == "year") {
    e->first = {doc.year - n, 0, 0, Precision::kYear, DateSource::kDocument};
    return true;
  }
  if (doc.month == 0) return false;
  if (unit == "month") {
    const CivilDate d = AddMonths(doc, -n);
    e->first = {d.year, d.month, 0, Precision::kMonth, DateSource::kDocument};
    return true;
  }
  if (doc.day == 0) return false;
  if (unit == "day") {
    e->first = DayPoint(AddDays(doc, -n), DateSource::kDocument);
    return true;
  }
  // Weeks ago name a week, which is only reliably inside a month.
  const CivilDate d = AddDays(doc, -7L * n);
  e->first = {d.year, d.month, 0, Precision::kMonth, DateSource::kDocument};
  return true;
}

// "today", "yesterday", "tomorrow", "last night", "this morning".
bool ParseRelativeDay(const DateMatch& m, const CivilDate& doc, DateExpr* e) {
  if (doc.month == 0 || doc.day == 0) return false;
  const std::string w = Words(m.Text(kRelDay));
  long offset = 0;
  if (w == "yesterday" || w == "last night") offset = -1;
  if (w == "tomorrow") offset = 1;
  e->first = DayPoint(AddDays(doc, offset), DateSource::kDocument);
  return true;
}

// "(earlier|later) this|last|next week|month|year". A week is given as the
// month it falls in (shifted by 7 days for last/next week): EDTF has no
// plain week value that downstream consumers handle.
bool ParseRelativeUnit(const DateMatch& m, const CivilDate& doc, DateExpr* e) {
  const std::string which = Words(m.Text(kRelWhich));
  const std::string unit = Words(m.Text(kRelUnit));
  const int step = which == "last" ? -1 : which == "next" ? 1 : 0;
  if (unit == "year") {
    e->first = {doc.year + step, 0, 0, Precision::kYear, DateSource::kDocument};
    return true;
  }
  if (doc.month == 0) return false;
  if (unit == "month") {
    const CivilDate d = AddMonths(doc, step);
    e->first = {d.year, d.month, 0, Precision::kMonth, DateSource::kDocument};
    return true;
  }
  CivilDate d = doc;
  if (step != 0) {
    if (doc.day == 0) return false;
    d = AddDays(doc, 7 * step);
  }
  e->first = {d.year, d.month, 0, Precision::kMonth, DateSource::kDocument};
  return true;
}

// News convention: "on Monday" and "this Monday" are the latest Monday on or
// before the document date, "last Monday" the latest strictly before it,
// "next Monday" the first strictly after it.
bool ParseWeekday(const DateMatch& m, const CivilDate& doc, DateExpr* e) {
  if (doc.month == 0 || doc.day == 0) return false;
  const std::string mod = m.Has(kWdMod) ? Words(m.Text(kWdMod)) : "";
  const WeekdayPick pick = mod == "last"   ? WeekdayPick::kBefore
                           : mod == "next" ? WeekdayPick::kAfter
                                           : WeekdayPick::kOnOrBefore;
  e->first = DayPoint(PickWeekday(doc, WeekdayNumber(m.Text(kWd)), pick),
                      DateSource::kDocument);
  return true;
}

// The cheap rejections that keep amounts, codes and names out.
bool LooksLikeNumberNotDate(const DateMatch& m, const DateExpr& e,
                            const std::vector<DateExpr>& done) {
  const std::string_view s = m.s;
  const size_t core = m.Begin(kCore);
  const bool bare = e.begin == core;
  if (bare && core > 0 && IsDigit(s[core])) {
    const std::string_view before = s.substr(0, core);
    if (EndsWithCurrency(before)) return true;
    const char c = s[core - 1];
    if ((c == '.' || c == ',') && core >= 2 && IsDigit(s[core - 2])) {
      return true;
    }
    if (m.Has(kY) && IsNumberLabel(WordBefore(s, core))) return true;
  }
  if (m.Has(kDashG)) {
    // "COVID-2019" is a name unless a date ends right before the dash.
    const size_t dash = m.Begin(kDashG);
    const bool joins = !done.empty() && done.back().end == dash;
    if (!joins && dash > 0 && IsAlnum(s[dash - 1])) return true;
  }
  if (e.end > 0 && IsDigit(s[e.end - 1]) && e.end < s.size()) {
    const char c = s[e.end];
    if (c == '%') return true;
    if ((c == '.' || c == ',') && e.end + 1 < s.size() &&
        IsDigit(s[e.end + 1])) {
      return true;
    }
    if (IsAmountWord(WordAfter(s, e.end))) return true;
  }
  // "over the last year" is a duration.
  if (m.Has(kRelWhich) && !m.Has(kRelMod) && bare &&
      Words(WordBefore(s, core)) == "the") {
    return true;
  }
  return false;
}

}  // namespace

void AppendDateExprs(const DateMatch& m, const DateContext& ctx,
                     std::vector<DateExpr>* done) {
  DateExpr e;
  e.value_begin = m.Has(kQual) ? m.Begin(kQual) : m.Begin(kCore);
  e.begin = e.value_begin;
  if (m.Has(kPrep)) e.begin = m.Begin(kPrep);
  if (m.Has(kDashG)) e.begin = m.Begin(kDashG);
  e.end = m.End(kCore);
  if (m.Has(kPrep)) e.role = RoleOf(m.Text(kPrep));
  if (m.Has(kDashG)) e.role = Role::kDash;
  if (LooksLikeNumberNotDate(m, e, *done)) return;

  const CivilDate* doc = ctx.document_date ? &*ctx.document_date : nullptr;
  bool valid = false;
  std::optional<DateExpr> second;
  if (m.Has(kIsoY)) {
    valid = ParseIso(m, &e);
  } else if (m.Has(kSyY)) {
    valid = ParseShortYearRange(m, &e);
  } else if (m.Has(kDmyD1)) {
    valid = ParseDayMonth(m, kDayFirst, &e, &second);
  } else if (m.Has(kMdyD1)) {
    valid = ParseDayMonth(m, kMonthFirst, &e, &second);
  } else if (m.Has(kMyY)) {
    const int year = m.Int(kMyY);
    valid = InYearRange(year);
    e.first = {year, MonthNumber(m.Text(kMyM)), 0, Precision::kMonth,
               DateSource::kSentence};
  } else if (m.Has(kDec)) {
    valid = ParseDecade(m, &e);
  } else if (m.Has(kY)) {
    e.first = {m.Int(kY), 0, 0, Precision::kYear, DateSource::kSentence};
    valid = InYearRange(e.first.year);
  } else if (m.Has(kMo)) {
    // A bare capitalised month is too often a name; want "in March".
    valid = m.Has(kPrep) || m.Has(kQual);
    e.first = {0, MonthNumber(m.Text(kMo)), 0, Precision::kMonth,
               DateSource::kSentence};
  } else if (doc != nullptr) {
    if (m.Has(kAgoN)) valid = ParseAgo(m, *doc, &e);
    if (m.Has(kRelDay)) valid = ParseRelativeDay(m, *doc, &e);
    if (m.Has(kRelWhich)) valid = ParseRelativeUnit(m, *doc, &e);
    if (m.Has(kWd)) valid = ParseWeekday(m, *doc, &e);
  }
  if (!valid) return;
  done->push_back(e);
  if (second) done->push_back(*second);
}

}  // namespace kg::extract::internal
