#include "extract/internal/date_expr.h"

#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "base/calendar.h"
#include "extract/internal/civil_calendar.h"
#include "extract/internal/date_words.h"

namespace kg::extract::internal {
namespace {

bool Joins(Role r) {
  return r == Role::kTo || r == Role::kDash || r == Role::kUntil;
}

// Gives the yearless end of "30 March – 2 April 2023" the other end's year,
// moving across New Year when the months run backwards.
void ShareYear(DatePoint* a, DatePoint* b) {
  if (a->year == 0 && b->year != 0) {
    a->year = b->month != 0 && a->month > b->month ? b->year - 1 : b->year;
    a->source = b->source;
  } else if (b->year == 0 && a->year != 0) {
    b->year = b->month < a->month ? a->year + 1 : a->year;
    b->source = a->source;
  }
}

bool OnlySpaces(std::string_view s) {
  for (char c : s) {
    if (c != ' ' && c != '\t') return false;
  }
  return true;
}

// The nearest explicit year before `e` in the sentence, else after it.
std::optional<int> SentenceYear(const std::vector<DateExpr>& exprs,
                                const DateExpr& e) {
  std::optional<int> before, after;
  for (const DateExpr& o : exprs) {
    const DatePoint& p = o.last ? *o.last : o.first;
    const bool explicit_year = o.first.source == DateSource::kSentence &&
                               o.first.year != 0 &&
                               o.first.precision >= Precision::kYear;
    if (!explicit_year || &o == &e) continue;
    if (o.end <= e.begin) before = p.year;
    if (o.begin >= e.end && !after) after = o.first.year;
  }
  return before ? before : after;
}

}  // namespace

Role RoleOf(std::string_view prep) {
  const std::string w = Words(prep);
  if (w == "from") return Role::kFrom;
  if (w == "between") return Role::kBetween;
  if (w == "to") return Role::kTo;
  if (w == "and") return Role::kAnd;
  if (w == "before") return Role::kBefore;
  if (OneOf(w, {"since", "after", "as from"}) || w.starts_with("starting") ||
      w.starts_with("beginning")) {
    return Role::kSince;
  }
  if (OneOf(w, {"until", "till", "til", "up to", "up until", "through"})) {
    return Role::kUntil;
  }
  return Role::kPoint;
}

std::vector<DateExpr> MergeIntervals(std::string_view s,
                                     std::vector<DateExpr> in) {
  std::vector<DateExpr> out;
  for (DateExpr& b : in) {
    if (!out.empty()) {
      DateExpr& a = out.back();
      const bool joins =
          Joins(b.role) || (b.role == Role::kAnd && a.role == Role::kBetween);
      if (joins && !a.merged && !a.last && !b.last && a.end <= b.begin &&
          OnlySpaces(s.substr(a.end, b.begin - a.end))) {
        DatePoint first = a.first;
        DatePoint last = b.first;
        ShareYear(&first, &last);
        // "from 2025 to 2013" is two dates, not a backwards interval; nor
        // is "from 31 March to 2 March" (no year yet: a later month is the
        // year before, the same month cannot go back; a fuzzing finding).
        const bool both_known = first.year != 0 && last.year != 0;
        const bool same_month_back = first.year == 0 && last.year == 0 &&
                                     first.month == last.month &&
                                     first.day > last.day;
        if (!same_month_back &&
            (!both_known || StartKey(first) <= StartKey(last))) {
          a.first = first;
          a.last = last;
          a.end = b.end;
          a.role = Role::kPoint;
          a.merged = true;
          continue;
        }
      }
    }
    out.push_back(std::move(b));
  }
  return out;
}

bool AnchorYear(const std::vector<DateExpr>& exprs, const DateContext& ctx,
                DateExpr* e) {
  const bool needs = e->first.year == 0 || (e->last && e->last->year == 0);
  if (!needs) return true;
  std::optional<int> year = SentenceYear(exprs, *e);
  DateSource source = DateSource::kSentence;
  if (!year) {
    year = ctx.year_anchor;
    source = ctx.year_anchor_source;
  }
  if (!year) return false;
  // The later end takes the year, so that the earlier one can move back
  // across New Year in ShareYear.
  DatePoint* last = e->last ? &*e->last : &e->first;
  last->year = *year;
  last->source = source;
  if (e->last) ShareYear(&e->first, last);
  // "29 February" was checked against a leap year; in the year it takes it
  // may not exist (fuzzing found "On 29 Feb, in 2023." giving 2023-02-29).
  for (const DatePoint* p : {&e->first, last})
    if (p->precision == Precision::kDay && !ValidDay(p->year, p->month, p->day))
      return false;
  return true;
}

bool HasEdtfYears(const DateExpr& e) {
  for (const DatePoint* p : {&e.first, e.last ? &*e.last : &e.first})
    if (p->year < 1 || p->year > 9999) return false;
  return true;
}

DateMention ToMention(const DateExpr& e) {
  DateMention out;
  // A connector that joined nothing is not part of the date.
  const bool connector =
      !e.merged &&
      (e.role == Role::kTo || e.role == Role::kAnd || e.role == Role::kDash);
  out.span = {connector ? e.value_begin : e.begin, e.end};
  out.year = e.first.year;
  out.source = e.first.source;
  if (e.open_start) {
    out.edtf = ToEdtf(e.first) + "/..";
  } else if (e.open_end) {
    out.edtf = "../" + ToEdtf(e.first);
  } else if (e.last) {
    out.edtf = ToEdtf(e.first) + "/" + ToEdtf(*e.last);
    if (out.source == DateSource::kSentence) out.source = e.last->source;
  } else {
    out.edtf = ToEdtf(e.first);
  }
  return out;
}

}  // namespace kg::extract::internal
