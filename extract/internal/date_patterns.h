// Internal: the RE2 pattern text that finds dates, the names of its capture
// groups, and the month and weekday name tables.
//
//   const DatePatterns p = BuildDatePatterns();
//   RE2 scan(ScanPattern(p));         // finds candidates, no captures
//   RE2 day_first(p.cores[2]);        // re-matches one form with its groups
//   MonthNumber("Sept.");             // 9
//
// A candidate is an optional head (a prefix word, whose role is decided in
// C++, or a joining dash), an optional qualifier ("late", "the end of") and
// one core form. The named groups are listed in kGroupNames, whose order
// GroupId follows. Every function is pure and thread-safe.
#ifndef KG_EXTRACT_INTERNAL_DATE_PATTERNS_H_
#define KG_EXTRACT_INTERNAL_DATE_PATTERNS_H_

#include <array>
#include <string>
#include <string_view>
#include <vector>

namespace kg::extract::internal {

struct DatePatterns {
  std::string head;                ///< a prefix word (prep) or a dash (dash)
  std::string qual;                ///< "late", "the end of" ... (qual)
  std::vector<std::string> cores;  ///< the date forms, in priority order
};

/// The head, qualifier and core patterns, with named groups. Cores are tried
/// leftmost-first at one start, so longer forms come first.
DatePatterns BuildDatePatterns();

/// One pattern for all of `p`: "(head)?(qual)?(core|core|...)", with every
/// named group made non-capturing so that RE2 can stay on its DFA.
std::string ScanPattern(const DatePatterns& p);

/// Matches "onwards", "onward" or "and beyond" (after optional spaces), as
/// in "2018 onwards".
std::string OnwardsPattern();

/// The capture group names of the patterns; GroupId follows this order.
/// "core" names no group: it is the span of whichever core matched.
inline constexpr std::array<std::string_view, 32> kGroupNames = {
    "prep",     "dash",   "qual",   "core",   "iso_y",   "iso_m",   "iso_d",
    "sy_y",     "sy_e",   "dmy_d1", "dmy_l",  "dmy_d2",  "dmy_m",   "dmy_y",
    "mdy_m",    "mdy_d1", "mdy_l",  "mdy_d2", "mdy_y",   "my_m",    "my_y",
    "dec",      "y",      "ago_n",  "ago_u",  "rel_day", "rel_mod", "rel_which",
    "rel_unit", "wd_mod", "wd",     "mo"};

/// Index into kGroupNames (and into DateParts).
enum GroupId {
  kPrep,
  kDashG,
  kQual,
  kCore,
  kIsoY,
  kIsoM,
  kIsoD,
  kSyY,
  kSyE,
  kDmyD1,
  kDmyL,
  kDmyD2,
  kDmyM,
  kDmyY,
  kMdyM,
  kMdyD1,
  kMdyL,
  kMdyD2,
  kMdyY,
  kMyM,
  kMyY,
  kDec,
  kY,
  kAgoN,
  kAgoU,
  kRelDay,
  kRelMod,
  kRelWhich,
  kRelUnit,
  kWdMod,
  kWd,
  kMo,
  kGroupCount
};
static_assert(kGroupNames.size() == kGroupCount);

/// 1-12 for a month name or abbreviation as the patterns match it
/// ("March", "Sept."); 0 for anything else. Case-sensitive.
int MonthNumber(std::string_view name);
/// 0 (Monday) - 6 (Sunday) for a weekday name; -1 for anything else.
int WeekdayNumber(std::string_view name);

}  // namespace kg::extract::internal

#endif  // KG_EXTRACT_INTERNAL_DATE_PATTERNS_H_
