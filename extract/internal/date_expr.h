// Internal: a date expression found in a sentence (a point, an interval or
// an open interval, with the word in front of it), and the sentence-level
// steps that turn a list of them into DateMentions.
//
//   std::vector<DateExpr> exprs = ...;  // "from 2013" and "to 2025", in order
//   exprs = MergeIntervals(sentence, std::move(exprs));  // one: 2013/2025
//   for (DateExpr& e : exprs) {
//     if (AnchorYear(exprs, ctx, &e)) mentions.push_back(ToMention(e));
//   }
//
// Plain values; every function is pure and thread-safe.
#ifndef KG_EXTRACT_INTERNAL_DATE_EXPR_H_
#define KG_EXTRACT_INTERNAL_DATE_EXPR_H_

#include <cstddef>
#include <optional>
#include <string_view>
#include <vector>

#include "extract/date_normalizer.h"
#include "extract/internal/date_point.h"

namespace kg::extract::internal {

/// How the word in front of a date changes its meaning.
enum class Role {
  kPoint,    ///< in, on, by, during ...
  kFrom,     ///< from A (to B)
  kBetween,  ///< between A (and B)
  kSince,    ///< since, after, starting in: "A/.."
  kUntil,    ///< until, till, through, up to: "../A", or joins "from A until B"
  kBefore,   ///< before: "../A", never joins
  kTo,       ///< to: only joins
  kAnd,      ///< and: only joins "between A and B"
  kDash,     ///< "–": only joins
};

/// The Role of a prefix word as the date pattern's head matches it ("Up
/// to", "starting in"); kPoint for the plain ones and anything unknown.
Role RoleOf(std::string_view prep);

/// One date expression; offsets are bytes in the sentence.
struct DateExpr {
  size_t begin = 0;        ///< including the prefix word
  size_t value_begin = 0;  ///< without it
  size_t end = 0;
  Role role = Role::kPoint;
  DatePoint first;
  std::optional<DatePoint> last;  ///< set for a closed interval
  bool open_start = false;        ///< "A/.."
  bool open_end = false;          ///< "../A"
  bool merged = false;            ///< made by MergeIntervals
};

/// `in` (left to right, not overlapping) with "from A to B", "between A and
/// B" and "A–B" each made one interval: an expression whose role joins is
/// merged into the one before it when only spaces separate them, neither is
/// an interval yet, and (once both years are known) it does not start
/// before it. A yearless end takes the other end's year.
std::vector<DateExpr> MergeIntervals(std::string_view s,
                                     std::vector<DateExpr> in);

/// Completes `*e` if it lacks a year: from the nearest explicit year of
/// another expression in `exprs` (before it, else after it), else from
/// ctx.year_anchor, and records where it came from. Returns false if a
/// year is needed and none is found (`*e` is then unchanged), or if a day
/// does not exist in the year it takes ("29 February" and 2023).
bool AnchorYear(const std::vector<DateExpr>& exprs, const DateContext& ctx,
                DateExpr* e);

/// True if every year of `e` has EDTF's four digits (1-9999): "two years
/// ago" in a document dated the year 1 has not (a fuzzing finding).
bool HasEdtfYears(const DateExpr& e);

/// The mention for `e`: its EDTF value ("A", "A/B", "A/..", "../A"), span
/// (without a connector word that joined nothing), first year and source.
DateMention ToMention(const DateExpr& e);

}  // namespace kg::extract::internal

#endif  // KG_EXTRACT_INTERNAL_DATE_EXPR_H_
