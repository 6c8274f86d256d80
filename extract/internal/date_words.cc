#include "extract/internal/date_words.h"

#include <array>
#include <cctype>
#include <string>
#include <string_view>

namespace kg::extract::internal {

int ToInt(std::string_view s) {
  int v = 0;
  for (size_t i = 0; i < s.size() && IsDigit(s[i]); ++i) {
    v = v * 10 + (s[i] - '0');
  }
  return v;
}

// The word lists compared with are ASCII, so every non-ASCII byte may be
// taken for a space: the no-break and thin spaces of typeset text are.
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

std::string_view WordBefore(std::string_view s, size_t pos) {
  size_t end = pos;
  while (end > 0 && s[end - 1] == ' ') --end;
  size_t begin = end;
  while (begin > 0 && s[begin - 1] != ' ') --begin;
  return s.substr(begin, end - begin);
}

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

bool IsNumberLabel(std::string_view word) {
  const std::string w = Words(word);
  return OneOf(w, {"resolution", "resolutions", "no.",     "nos.",     "number",
                   "#",          "article",     "section", "chapter",  "page",
                   "p.",         "pp.",         "flight",  "route",    "room",
                   "highway",    "unit",        "model",   "platform", "gate",
                   "item",       "paragraph",   "clause",  "rule",     "iso",
                   "boeing",     "airbus",      "code",    "decree"});
}

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

}  // namespace kg::extract::internal
