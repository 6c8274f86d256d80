#include "extract/internal/date_patterns.h"

#include <array>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace kg::extract::internal {
namespace {

constexpr std::string_view kSp = R"([\s\x{00A0}\x{2009}\x{202F}])";
constexpr std::string_view kDash = R"([\-\x{2010}-\x{2014}])";
constexpr std::string_view kMonthNames =
    "January|February|March|April|June|July|August|September|October|"
    "November|December";
constexpr std::string_view kMonthAbbrevs =
    "Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec";
constexpr std::string_view kWeekdays =
    "Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday";

// `pattern` with every "(?P<name>" made a non-capturing "(?:".
std::string WithoutCaptures(std::string pattern) {
  for (size_t at = pattern.find("(?P<"); at != std::string::npos;
       at = pattern.find("(?P<", at)) {
    pattern.replace(at, pattern.find('>', at) + 1 - at, "(?:");
  }
  return pattern;
}

}  // namespace

DatePatterns BuildDatePatterns() {
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

std::string ScanPattern(const DatePatterns& p) {
  std::string core;
  for (const std::string& c : p.cores) core += (core.empty() ? "" : "|") + c;
  return WithoutCaptures("(?:" + p.head + ")?" + p.qual + "?(?:" + core + ")");
}

std::string OnwardsPattern() {
  return std::string(kSp) + "*(?i:onwards?|and" + std::string(kSp) +
         "+beyond)\\b";
}

// Three letters tell the months apart, and cover "Sept" and "Sept.".
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

}  // namespace kg::extract::internal
