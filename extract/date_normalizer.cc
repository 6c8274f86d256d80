#include "extract/date_normalizer.h"

#include <re2/re2.h>

#include <algorithm>
#include <array>
#include <cassert>
#include <cctype>
#include <initializer_list>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace kg::extract {

std::string_view DateSourceName(DateSource s) {
  switch (s) {
    case DateSource::kSentence:
      return "sentence";
    case DateSource::kParagraph:
      return "paragraph";
    case DateSource::kSection:
      return "section";
    case DateSource::kDocument:
      return "document";
    case DateSource::kNone:
      break;
  }
  return "none";
}

namespace {

constexpr int kMinYear = 1000;
constexpr int kMaxYear = 2199;

// ---------------------------------------------------------------------------
// Calendar arithmetic (proleptic Gregorian, days since 1970-01-01; H. Hinnant's
// algorithms), needed to walk back from the document date.

bool IsLeap(int y) { return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0; }

int DaysInMonth(int y, int m) {
  static constexpr std::array<int, 12> kDays = {31, 28, 31, 30, 31, 30,
                                                31, 31, 30, 31, 30, 31};
  return m == 2 && IsLeap(y) ? 29 : kDays[static_cast<size_t>(m - 1)];
}

bool ValidDay(int y, int m, int d) {
  return m >= 1 && m <= 12 && d >= 1 && d <= DaysInMonth(y, m);
}

long DaysFromCivil(int y, int m, int d) {
  y -= m <= 2;
  const long era = (y >= 0 ? y : y - 399) / 400;
  const long yoe = y - era * 400;
  const long doy = (153L * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
  const long doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
  return era * 146097 + doe - 719468;
}

CivilDate CivilFromDays(long z) {
  z += 719468;
  const long era = (z >= 0 ? z : z - 146096) / 146097;
  const long doe = z - era * 146097;
  const long yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
  const long doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
  const long mp = (5 * doy + 2) / 153;
  const int d = static_cast<int>(doy - (153 * mp + 2) / 5 + 1);
  const int m = static_cast<int>(mp < 10 ? mp + 3 : mp - 9);
  return {static_cast<int>(yoe + era * 400 + (m <= 2)), m, d};
}

// 0 = Monday ... 6 = Sunday. 1970-01-01 was a Thursday.
int WeekdayOf(long days) { return static_cast<int>(((days % 7) + 7 + 3) % 7); }

// ---------------------------------------------------------------------------
// Values.

enum class Precision { kCentury, kDecade, kYear, kMonth, kDay };

struct Point {
  int year = 0;  ///< 0 until known
  int month = 0;
  int day = 0;
  Precision precision = Precision::kYear;
  DateSource source = DateSource::kSentence;
};

Point DayPoint(const CivilDate& d, DateSource source) {
  return {d.year, d.month, d.day, Precision::kDay, source};
}

// How the word in front of a date changes its meaning.
enum class Role {
  kPoint,    // in, on, by, during ...
  kFrom,     // from A (to B)
  kBetween,  // between A (and B)
  kSince,    // since, after, starting in: "A/.."
  kUntil,    // until, till, through, up to: "../A", or joins "from A until B"
  kBefore,   // before: "../A", never joins
  kTo,       // to: only joins
  kAnd,      // and: only joins "between A and B"
  kDash,     // "–": only joins
};

struct Expr {
  size_t begin = 0;        // including the prefix word
  size_t value_begin = 0;  // without it
  size_t end = 0;
  Role role = Role::kPoint;
  Point first;
  std::optional<Point> last;  // closed interval
  bool open_start = false;    // "A/.."
  bool open_end = false;      // "../A"
  bool merged = false;
};

std::string Pad(int v, size_t width) {
  std::string s = std::to_string(v);
  if (s.size() < width) s.insert(0, width - s.size(), '0');
  return s;
}

std::string Format(const Point& p) {
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

// Orders points by their first day (a year or decade starts on its 1 January).
long StartKey(const Point& p) { return (p.year * 13L + p.month) * 32 + p.day; }

// ---------------------------------------------------------------------------
// Small text helpers.

bool IsDigit(char c) { return c >= '0' && c <= '9'; }
bool IsAlnum(char c) {
  return std::isalnum(static_cast<unsigned char>(c)) != 0;
}

// The leading digits of `s` ("12th" -> 12).
int ToInt(std::string_view s) {
  int v = 0;
  for (size_t i = 0; i < s.size() && IsDigit(s[i]); ++i) {
    v = v * 10 + (s[i] - '0');
  }
  return v;
}

// Lower-cased, with runs of white space as one space. The word lists it is
// compared with are ASCII, so non-ASCII bytes (no-break and thin spaces)
// count as white space too.
std::string Words(std::string_view s) {
  std::string out;
  bool space = false;
  for (char c : s) {
    const auto u = static_cast<unsigned char>(c);
    if (std::isspace(u) || u >= 0x80) {
      space = !out.empty();
      continue;
    }
    if (space) out += ' ';
    space = false;
    out += static_cast<char>(std::tolower(u));
  }
  return out;
}

int MonthNumber(std::string_view name) {
  static constexpr std::array<std::string_view, 12> kAbbrev = {
      "Jan", "Feb", "Mar", "Apr", "May", "Jun",
      "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};
  for (size_t i = 0; i < kAbbrev.size(); ++i) {
    if (name.substr(0, 3) == kAbbrev[i]) return static_cast<int>(i) + 1;
  }
  return 0;
}

int WeekdayNumber(std::string_view name) {
  static constexpr std::array<std::string_view, 7> kAbbrev = {
      "Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"};
  for (size_t i = 0; i < kAbbrev.size(); ++i) {
    if (name.substr(0, 3) == kAbbrev[i]) return static_cast<int>(i);
  }
  return -1;
}

int CountWord(std::string_view w) {
  static constexpr std::array<std::string_view, 13> kWords = {
      "a",     "one",   "two",  "three", "four",   "five",  "six",
      "seven", "eight", "nine", "ten",   "eleven", "twelve"};
  if (!w.empty() && IsDigit(w[0])) return ToInt(w);
  if (w == "an") return 1;
  for (size_t i = 0; i < kWords.size(); ++i) {
    if (w == kWords[i]) return i == 0 ? 1 : static_cast<int>(i);
  }
  return 0;
}

// The word (run of non-space bytes) ending right before `pos`, skipping spaces.
std::string_view WordBefore(std::string_view s, size_t pos) {
  size_t end = pos;
  while (end > 0 && s[end - 1] == ' ') --end;
  size_t begin = end;
  while (begin > 0 && s[begin - 1] != ' ') --begin;
  return s.substr(begin, end - begin);
}

// The run of letters after `pos`, skipping spaces.
std::string_view WordAfter(std::string_view s, size_t pos) {
  while (pos < s.size() && s[pos] == ' ') ++pos;
  size_t end = pos;
  while (end < s.size() && std::isalpha(static_cast<unsigned char>(s[end]))) {
    ++end;
  }
  return s.substr(pos, end - pos);
}

bool OneOf(std::string_view word, std::initializer_list<std::string_view> set) {
  for (std::string_view w : set) {
    if (word == w) return true;
  }
  return false;
}

// A 4-digit number after these labels is a name or an index, not a year.
bool IsNumberLabel(std::string_view word) {
  const std::string w = Words(word);
  return OneOf(w, {"resolution", "resolutions", "no.",     "nos.",     "number",
                   "#",          "article",     "section", "chapter",  "page",
                   "p.",         "pp.",         "flight",  "route",    "room",
                   "highway",    "unit",        "model",   "platform", "gate",
                   "item",       "paragraph",   "clause",  "rule",     "iso",
                   "boeing",     "airbus",      "code",    "decree"});
}

// A number followed by these words is an amount, not a date.
bool IsAmountWord(std::string_view word) {
  const std::string w = Words(word);
  return OneOf(
      w,
      {"million", "billion",   "trillion",   "thousand",   "hundred", "percent",
       "per",     "km",        "kilometers", "kilometres", "miles",   "mile",
       "meters",  "metres",    "feet",       "ft",         "tons",    "tonnes",
       "kg",      "kilograms", "times",      "dollars",    "yuan",    "euros",
       "pounds",  "rupees",    "yen",        "usd",        "mw",      "gw",
       "kw",      "hectares",  "acres"});
}

bool EndsWithCurrency(std::string_view before) {
  for (std::string_view sign :
       {"$", "#", "\xC2\xA3", "\xE2\x82\xAC", "\xC2\xA5"}) {  // £ € ¥
    if (before.ends_with(sign)) return true;
  }
  return false;
}

// ---------------------------------------------------------------------------
// The pattern. One RE2 finds every candidate left to right: an optional
// prefix word (its role is decided in C++), an optional qualifier ("late",
// "the end of") and one core form. Alternatives are tried in order at the
// same start (leftmost-first), so longer forms come first.

constexpr std::string_view kSp = R"([\s\x{00A0}\x{2009}\x{202F}])";
constexpr std::string_view kDash = R"([\-\x{2010}-\x{2014}])";
constexpr std::string_view kMonthNames =
    "January|February|March|April|June|July|August|September|October|"
    "November|December";
constexpr std::string_view kMonthAbbrevs =
    "Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec";
constexpr std::string_view kWeekdays =
    "Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday";

struct Patterns {
  std::string head;                // a prefix word or a joining dash
  std::string qual;                // "late", "the end of" ...
  std::vector<std::string> cores;  // the date forms, in priority order
};

Patterns BuildPatterns() {
  const std::string sp(kSp), dash(kDash), wd(kWeekdays);
  const std::string names(kMonthNames), abbrevs(kMonthAbbrevs);
  // "May" is a verb unless a day or year is next to it: only `month` has it.
  const std::string month =
      "\\b(?:(?:May|" + names + ")\\b|(?:" + abbrevs + ")\\b\\.?)";
  const std::string month_no_may =
      "\\b(?:(?:" + names + ")\\b|(?:" + abbrevs + ")\\b\\.?)";
  const std::string day = "(?:3[01]|[12][0-9]|0?[1-9])(?:st|nd|rd|th)?\\b";
  const std::string to = "(?:" + sp + "*" + dash + sp + "*|" + sp +
                         "+(?i:to|until|till|through)" + sp + "+)";
  // Joins two days: a range, or for "and" a range only after "between".
  const std::string link = "(?:" + to + "|,?" + sp + "+and" + sp + "+)";
  const std::string weekday_prefix = "(?:(?:" + wd + "),?" + sp + "+)?";
  const std::string the = "(?:(?i:the)" + sp + "+)?";
  const std::string year = "[12][0-9]{3}\\b";

  const std::string head =
      "\\b(?P<prep>(?i:in|on|by|during|throughout|since|from|between|"
      "after|before|until|till|til|up" +
      sp + "+(?:to|until)|starting(?:" + sp + "+(?:in|from|on))?|beginning" +
      sp + "+(?:in|from|on)|as" + sp + "+(?:of|from)|through|to|and))" + sp +
      "+|" + sp + "*(?P<dash>" + dash + ")" + sp + "*";
  const std::string qual =
      "(?P<qual>\\b" + the + "(?:(?i:early|late|middle|mid)(?:" + sp + "+|" +
      dash +
      ")|(?i:end|beginning|start|middle|turn|(?:first|second|third|"
      "fourth|last)" +
      sp + "+(?:half|quarter))" + sp + "+(?i:of)" + sp + "+" + the +
      "|(?i:spring|summer|autumn|fall|winter)" + sp + "+(?:(?i:of)" + sp +
      "+)?))";

  std::vector<std::string> cores = {
      // 2016-03-12, 2016-03, 2014-15
      "\\b(?P<iso_y>" + year +
          ")-(?P<iso_m>[0-9]{2})(?:-(?P<iso_d>[0-9]{2}))?"
          "\\b",
      // 2008–09, 2015/16, 2015/2016
      "\\b(?P<sy_y>" + year + ")(?:" + sp + "*[\\x{2013}\\x{2014}]" + sp +
          "*|/)(?P<sy_e>[0-9]{2}(?:[0-9]{2})?)\\b",
      // (Monday,) 20(–22) March (2023)
      weekday_prefix + the + "\\b(?P<dmy_d1>" + day + ")(?:(?P<dmy_l>" + link +
          ")" + the + "(?P<dmy_d2>" + day + "))?" + sp + "+(?:of" + sp +
          "+)?(?P<dmy_m>" + month + ")(?:,?" + sp + "+(?P<dmy_y>" + year +
          "))?",
      // (Monday,) March 20(–22)(, 2023)
      weekday_prefix + "(?P<mdy_m>" + month + ")" + sp + "+(?P<mdy_d1>" + day +
          ")(?:(?P<mdy_l>" + link + ")(?P<mdy_d2>" + day + "))?(?:,?" + sp +
          "+(?P<mdy_y>" + year + "))?",
      // March 2016, March of 2016
      "(?P<my_m>" + month + "),?" + sp + "+(?:of" + sp + "+)?(?P<my_y>" + year +
          ")",
      the + "\\b(?P<dec>[12][0-9]{2}0)s\\b",
      "\\b(?P<y>" + year + ")",
      "\\b(?P<ago_n>[0-9]{1,3}|(?i:an|a|one|two|three|four|five|six|seven|"
      "eight|nine|ten|eleven|twelve))" +
          sp +
          "+(?P<ago_u>(?i:day|week|month|"
          "year))(?i:s)?" +
          sp + "+(?i:ago)\\b",
      "\\b(?P<rel_day>(?i:today|tonight|yesterday|tomorrow|last" + sp +
          "+night|this" + sp + "+(?:morning|afternoon|evening)))\\b",
      "\\b(?:(?P<rel_mod>(?i:earlier|later))" + sp +
          "+)?(?P<rel_which>(?i:"
          "this|last|next))" +
          sp + "+(?P<rel_unit>(?i:week|month|year))\\b",
      "\\b(?:(?P<wd_mod>(?i:last|next|this))" + sp + "+)?(?P<wd>" + wd + ")\\b",
      "(?P<mo>" + month_no_may + ")",
  };
  return {head, qual, std::move(cores)};
}

// `pattern` with every "(?P<name>" made a non-capturing "(?:".
std::string WithoutCaptures(std::string pattern) {
  for (size_t at = pattern.find("(?P<"); at != std::string::npos;
       at = pattern.find("(?P<", at)) {
    pattern.replace(at, pattern.find('>', at) + 1 - at, "(?:");
  }
  return pattern;
}

// Finds where dates are, without captures so that RE2 stays on its DFA.
std::string ScanPattern(const Patterns& p) {
  std::string core;
  for (const std::string& c : p.cores) core += (core.empty() ? "" : "|") + c;
  return WithoutCaptures("(?:" + p.head + ")?" + p.qual + "?(?:" + core + ")");
}

// Capturing group names; GroupId below follows this order.
constexpr std::array<std::string_view, 32> kGroupNames = {
    "prep",     "dash",   "qual",   "core",   "iso_y",   "iso_m",   "iso_d",
    "sy_y",     "sy_e",   "dmy_d1", "dmy_l",  "dmy_d2",  "dmy_m",   "dmy_y",
    "mdy_m",    "mdy_d1", "mdy_l",  "mdy_d2", "mdy_y",   "my_m",    "my_y",
    "dec",      "y",      "ago_n",  "ago_u",  "rel_day", "rel_mod", "rel_which",
    "rel_unit", "wd_mod", "wd",     "mo"};

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

// The pieces of one match, by GroupId; absent ones have a null data().
using Parts = std::array<re2::StringPiece, kGroupCount>;

// A small RE2 for one piece of the pattern, with its groups' GroupIds.
class PieceRe {
 public:
  PieceRe(const std::string& pattern, const RE2::Options& options)
      : re_(std::make_unique<RE2>(pattern, options)) {
    if (!re_->ok()) return;
    for (const auto& [name, index] : re_->NamedCapturingGroups()) {
      for (size_t id = 0; id < kGroupNames.size(); ++id) {
        if (name == kGroupNames[id]) {
          ids_.push_back({index, static_cast<GroupId>(id)});
        }
      }
    }
  }

  bool ok() const { return re_->ok() && ids_.size() < kMaxGroups; }

  // Matches at the start of `*text` (and to its end if `whole`), stores the
  // groups in `*parts` and drops the match from `*text`.
  bool Consume(re2::StringPiece* text, bool whole, Parts* parts) const {
    std::array<re2::StringPiece, kMaxGroups> groups;
    const int n = static_cast<int>(ids_.size()) + 1;
    if (!re_->Match(*text, 0, text->size(),
                    whole ? RE2::ANCHOR_BOTH : RE2::ANCHOR_START, groups.data(),
                    n)) {
      return false;
    }
    for (const auto& [index, id] : ids_) {
      (*parts)[id] = groups[static_cast<size_t>(index)];
    }
    text->remove_prefix(groups[0].size());
    return true;
  }

 private:
  static constexpr size_t kMaxGroups = 8;
  std::unique_ptr<RE2> re_;
  std::vector<std::pair<int, GroupId>> ids_;
};

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

bool Joins(Role r) {
  return r == Role::kTo || r == Role::kDash || r == Role::kUntil;
}

}  // namespace

// ---------------------------------------------------------------------------

struct DateNormalizer::Impl {
  Impl();
  std::vector<Expr> Scan(std::string_view s, const DateContext& ctx) const;
  bool Dissect(re2::StringPiece found, Parts* parts) const;
  void Parse(std::string_view s, const Parts& parts, const DateContext& ctx,
             std::vector<Expr>* done) const;
  void OpenInterval(std::string_view s, Expr* e) const;

  // Finding a date and taking it apart are two steps: RE2 extracts groups
  // with its slow engines over the whole program, so the big pattern has no
  // groups and small per-piece patterns re-match the few bytes found.
  std::unique_ptr<RE2> scan_re;
  std::unique_ptr<PieceRe> head_re;
  std::unique_ptr<PieceRe> qual_re;
  std::vector<std::unique_ptr<PieceRe>> core_res;
  std::unique_ptr<RE2> onwards_re;
  bool ok = false;
};

DateNormalizer::Impl::Impl() {
  RE2::Options options;
  options.set_log_errors(false);  // RE2::Quiet
  const Patterns patterns = BuildPatterns();
  head_re = std::make_unique<PieceRe>(patterns.head, options);
  qual_re = std::make_unique<PieceRe>(patterns.qual, options);
  ok = head_re->ok() && qual_re->ok();
  for (const std::string& core : patterns.cores) {
    core_res.push_back(std::make_unique<PieceRe>(core, options));
    ok = ok && core_res.back()->ok();
  }
  onwards_re = std::make_unique<RE2>(
      std::string(kSp) + "*(?i:onwards?|and" + std::string(kSp) + "+beyond)\\b",
      options);
  options.set_max_mem(64 << 20);  // room for the big pattern's DFA
  scan_re = std::make_unique<RE2>(ScanPattern(patterns), options);
  ok = ok && scan_re->ok() && onwards_re->ok();
}

// Splits a match of scan_re into its groups. The span starts with a prefix
// word or dash iff scan_re used one (no core starts like that), then the
// qualifier is taken if a core still matches the rest; the first core that
// matches the rest exactly is the one scan_re's leftmost-first order chose.
bool DateNormalizer::Impl::Dissect(re2::StringPiece found, Parts* parts) const {
  *parts = Parts{};
  head_re->Consume(&found, false, parts);
  auto core = [&](re2::StringPiece rest) {
    for (const auto& re : core_res) {
      re2::StringPiece text = rest;
      if (re->Consume(&text, true, parts)) {
        (*parts)[kCore] = rest;
        return true;
      }
    }
    return false;
  };
  re2::StringPiece rest = found;
  if (qual_re->Consume(&rest, false, parts) && core(rest)) return true;
  (*parts)[kQual] = re2::StringPiece();
  return core(found);
}

namespace {

struct Match {
  std::string_view s;
  const Parts& parts;

  re2::StringPiece Get(GroupId id) const { return parts[id]; }
  bool Has(GroupId id) const { return Get(id).data() != nullptr; }
  std::string_view Text(GroupId id) const {
    const re2::StringPiece p = Get(id);
    return {p.data(), p.size()};
  }
  size_t Begin(GroupId id) const {
    return static_cast<size_t>(Get(id).data() - s.data());
  }
  size_t End(GroupId id) const { return Begin(id) + Get(id).size(); }
  int Int(GroupId id) const { return ToInt(Text(id)); }
};

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
bool ParseDayMonth(const Match& m, const DayMonthGroups& g, Expr* e,
                   std::optional<Expr>* other) {
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
  const Point last{year, month, day2, Precision::kDay, DateSource::kSentence};
  if (Words(m.Text(g.link)).ends_with("and") && e->role != Role::kBetween) {
    Expr second = *e;
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

bool ParseIso(const Match& m, Expr* e) {
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
  e->last = Point{year - year % 100 + mm, 0, 0, Precision::kYear,
                  DateSource::kSentence};
  return true;
}

bool ParseShortYearRange(const Match& m, Expr* e) {
  const int year = m.Int(kSyY);
  if (!InYearRange(year)) return false;
  int end = m.Int(kSyE);
  if (m.Text(kSyE).size() == 2) {
    end += year - year % 100;
    if (end <= year) end += 100;  // "1999–00"
  }
  if (end <= year || !InYearRange(end)) return false;
  e->first = {year, 0, 0, Precision::kYear, DateSource::kSentence};
  e->last = Point{end, 0, 0, Precision::kYear, DateSource::kSentence};
  return true;
}

bool ParseDecade(const Match& m, Expr* e) {
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
bool ParseAgo(const Match& m, const CivilDate& doc, Expr* e) {
  const int n = CountWord(Words(m.Text(kAgoN)));
  const std::string unit = Words(m.Text(kAgoU));
  if (n <= 0) return false;
  if (unit == "year") {
    e->first = {doc.year - n, 0, 0, Precision::kYear, DateSource::kDocument};
    return true;
  }
  if (doc.month == 0) return false;
  if (unit == "month") {
    const int months = doc.year * 12 + doc.month - 1 - n;
    e->first = {months / 12, months % 12 + 1, 0, Precision::kMonth,
                DateSource::kDocument};
    return true;
  }
  if (doc.day == 0) return false;
  const long days = DaysFromCivil(doc.year, doc.month, doc.day);
  if (unit == "day") {
    e->first = DayPoint(CivilFromDays(days - n), DateSource::kDocument);
    return true;
  }
  // Weeks ago name a week, which is only reliably inside a month.
  const CivilDate d = CivilFromDays(days - 7L * n);
  e->first = {d.year, d.month, 0, Precision::kMonth, DateSource::kDocument};
  return true;
}

// "today", "yesterday", "tomorrow", "last night", "this morning".
bool ParseRelativeDay(const Match& m, const CivilDate& doc, Expr* e) {
  if (doc.month == 0 || doc.day == 0) return false;
  const std::string w = Words(m.Text(kRelDay));
  long offset = 0;
  if (w == "yesterday" || w == "last night") offset = -1;
  if (w == "tomorrow") offset = 1;
  const long days = DaysFromCivil(doc.year, doc.month, doc.day) + offset;
  e->first = DayPoint(CivilFromDays(days), DateSource::kDocument);
  return true;
}

// "(earlier|later) this|last|next week|month|year". A week is given as the
// month it falls in (shifted by 7 days for last/next week): EDTF has no
// plain week value that downstream consumers handle.
bool ParseRelativeUnit(const Match& m, const CivilDate& doc, Expr* e) {
  const std::string which = Words(m.Text(kRelWhich));
  const std::string unit = Words(m.Text(kRelUnit));
  const int step = which == "last" ? -1 : which == "next" ? 1 : 0;
  if (unit == "year") {
    e->first = {doc.year + step, 0, 0, Precision::kYear, DateSource::kDocument};
    return true;
  }
  if (doc.month == 0) return false;
  if (unit == "month") {
    const int months = doc.year * 12 + doc.month - 1 + step;
    e->first = {months / 12, months % 12 + 1, 0, Precision::kMonth,
                DateSource::kDocument};
    return true;
  }
  CivilDate d = doc;
  if (step != 0) {
    if (doc.day == 0) return false;
    d = CivilFromDays(DaysFromCivil(doc.year, doc.month, doc.day) + 7 * step);
  }
  e->first = {d.year, d.month, 0, Precision::kMonth, DateSource::kDocument};
  return true;
}

// News convention: "on Monday" and "this Monday" are the latest Monday on or
// before the document date, "last Monday" the latest strictly before it,
// "next Monday" the first strictly after it.
bool ParseWeekday(const Match& m, const CivilDate& doc, Expr* e) {
  if (doc.month == 0 || doc.day == 0) return false;
  const std::string mod = m.Has(kWdMod) ? Words(m.Text(kWdMod)) : "";
  const long today = DaysFromCivil(doc.year, doc.month, doc.day);
  const int target = WeekdayNumber(m.Text(kWd));
  long back = (WeekdayOf(today) - target + 7) % 7;
  long days = today - back;
  if (mod == "last" && back == 0) days -= 7;
  if (mod == "next") days += 7;
  e->first = DayPoint(CivilFromDays(days), DateSource::kDocument);
  return true;
}

// The cheap rejections that keep amounts, codes and names out.
bool LooksLikeNumberNotDate(const Match& m, const Expr& e,
                            const std::vector<Expr>& done) {
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

// Appends the expression(s) of one match to `done`, unless it is no date.
void DateNormalizer::Impl::Parse(std::string_view s, const Parts& parts,
                                 const DateContext& ctx,
                                 std::vector<Expr>* done) const {
  const Match m{s, parts};
  Expr e;
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
  std::optional<Expr> second;
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

std::vector<Expr> DateNormalizer::Impl::Scan(std::string_view s,
                                             const DateContext& ctx) const {
  std::vector<Expr> exprs;
  const re2::StringPiece text(s.data(), s.size());
  re2::StringPiece found;
  Parts parts;
  size_t pos = 0;
  while (pos < s.size() &&
         scan_re->Match(text, pos, s.size(), RE2::UNANCHORED, &found, 1)) {
    const size_t end =
        static_cast<size_t>(found.data() - s.data()) + found.size();
    if (Dissect(found, &parts)) Parse(s, parts, ctx, &exprs);
    pos = std::max(end, pos + 1);
  }
  return exprs;
}

// "since 2018", "2018 onwards" -> "2018/.."; "until 2019" -> "../2019".
void DateNormalizer::Impl::OpenInterval(std::string_view s, Expr* e) const {
  const re2::StringPiece rest(s.data() + e->end, s.size() - e->end);
  re2::StringPiece onwards;
  if (onwards_re->Match(rest, 0, rest.size(), RE2::ANCHOR_START, &onwards, 1)) {
    e->open_start = true;
    e->end += onwards.size();
  }
  e->open_start = e->open_start || e->role == Role::kSince;
  e->open_end =
      !e->open_start && (e->role == Role::kUntil || e->role == Role::kBefore);
}

namespace {

// Gives the yearless end of "30 March – 2 April 2023" the other end's year,
// moving across New Year when the months run backwards.
void ShareYear(Point* a, Point* b) {
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

// "from A to B", "between A and B", "A–B" become one interval.
std::vector<Expr> MergeIntervals(std::string_view s, std::vector<Expr> in) {
  std::vector<Expr> out;
  for (Expr& b : in) {
    if (!out.empty()) {
      Expr& a = out.back();
      const bool joins =
          Joins(b.role) || (b.role == Role::kAnd && a.role == Role::kBetween);
      if (joins && !a.merged && !a.last && !b.last && a.end <= b.begin &&
          OnlySpaces(s.substr(a.end, b.begin - a.end))) {
        Point first = a.first;
        Point last = b.first;
        ShareYear(&first, &last);
        const bool both_known = first.year != 0 && last.year != 0;
        if (!both_known || StartKey(first) <= StartKey(last)) {
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

// The nearest explicit year before `e` in the sentence, else after it.
std::optional<int> SentenceYear(const std::vector<Expr>& exprs, const Expr& e) {
  std::optional<int> before, after;
  for (const Expr& o : exprs) {
    const Point& p = o.last ? *o.last : o.first;
    const bool explicit_year = o.first.source == DateSource::kSentence &&
                               o.first.year != 0 &&
                               o.first.precision >= Precision::kYear;
    if (!explicit_year || &o == &e) continue;
    if (o.end <= e.begin) before = p.year;
    if (o.begin >= e.end && !after) after = o.first.year;
  }
  return before ? before : after;
}

// Completes dates written without a year; false if no year can be found.
bool AnchorYear(const std::vector<Expr>& exprs, const DateContext& ctx,
                Expr* e) {
  const bool needs = e->first.year == 0 || (e->last && e->last->year == 0);
  if (!needs) return true;
  std::optional<int> year = SentenceYear(exprs, *e);
  DateSource source = DateSource::kSentence;
  if (!year) {
    year = ctx.year_anchor;
    source = ctx.year_anchor_source;
  }
  if (!year) return false;
  Point* last = e->last ? &*e->last : &e->first;
  last->year = *year;
  last->source = source;
  if (e->last) ShareYear(&e->first, last);
  return true;
}

DateMention ToMention(const Expr& e) {
  DateMention out;
  // A connector that joined nothing is not part of the date.
  const bool connector =
      !e.merged &&
      (e.role == Role::kTo || e.role == Role::kAnd || e.role == Role::kDash);
  out.span = {connector ? e.value_begin : e.begin, e.end};
  out.year = e.first.year;
  out.source = e.first.source;
  if (e.open_start) {
    out.edtf = Format(e.first) + "/..";
  } else if (e.open_end) {
    out.edtf = "../" + Format(e.first);
  } else if (e.last) {
    out.edtf = Format(e.first) + "/" + Format(*e.last);
    if (out.source == DateSource::kSentence) out.source = e.last->source;
  } else {
    out.edtf = Format(e.first);
  }
  return out;
}

}  // namespace

DateNormalizer::DateNormalizer() : impl_(std::make_unique<Impl>()) {
  assert(impl_->ok);
}

DateNormalizer::~DateNormalizer() = default;

std::vector<DateMention> DateNormalizer::Find(std::string_view sentence,
                                              const DateContext& ctx) const {
  // Every form needs a digit, a year anchor (bare months) or the document
  // date (relative phrases); most sentences of a corpus stop here.
  const bool has_digit = std::any_of(sentence.begin(), sentence.end(), IsDigit);
  if (!impl_->ok || (!has_digit && !ctx.year_anchor && !ctx.document_date)) {
    return {};
  }
  std::vector<Expr> exprs =
      MergeIntervals(sentence, impl_->Scan(sentence, ctx));

  std::vector<DateMention> out;
  for (Expr& e : exprs) {
    if (!e.last) impl_->OpenInterval(sentence, &e);
    if (AnchorYear(exprs, ctx, &e)) out.push_back(ToMention(e));
  }
  return out;
}

}  // namespace kg::extract
