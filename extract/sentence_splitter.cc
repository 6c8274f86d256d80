#include "extract/sentence_splitter.h"

#include <algorithm>
#include <iterator>
#include <optional>
#include <string_view>

namespace kg::extract {
namespace {

// A period after these never ends a sentence: they announce a name, a
// number or an example ("Dr. Li", "No. 5", "Jan. 5", "e.g. rice").
constexpr std::string_view kPrefixAbbreviations[] = {
    "Mr",   "Mrs", "Ms",  "Dr",  "Prof", "Gen", "Col", "Lt",  "Sgt", "Capt",
    "Gov",  "Sen", "Rep", "St",  "Mt",   "vs",  "No",  "Nos", "Fig", "Vol",
    "p",    "pp",  "Jan", "Feb", "Mar",  "Apr", "Jun", "Jul", "Aug", "Sep",
    "Sept", "Oct", "Nov", "Dec", "e.g",  "i.e", "cf",  "viz"};

// These also end sentences ("... at Apple Inc. The firm ..."), so like
// initials and dotted acronyms they get the sentence-starter test below.
constexpr std::string_view kTrailingAbbreviations[] = {
    "Jr", "Sr", "etc", "Inc", "Ltd", "Co", "Corp"};

// After an ambiguous period ("U.S.", "F.", "Inc.") a capitalised word may be
// a name that continues the sentence ("the U.S. Congress", "John F.
// Kennedy") or the start of the next one. Only words that commonly open a
// sentence and rarely continue a name count as a new sentence.
constexpr std::string_view kSentenceStarters[] = {
    "A",      "According",    "After",     "Also",      "Although",
    "An",     "And",          "As",        "At",        "Because",
    "Before", "Both",         "But",       "By",        "Despite",
    "During", "Following",    "For",       "From",      "Furthermore",
    "He",     "Her",          "His",       "How",       "However",
    "I",      "If",           "In",        "Instead",   "It",
    "Its",    "Later",        "Many",      "Meanwhile", "Moreover",
    "Most",   "Nevertheless", "Now",       "On",        "Or",
    "Our",    "Since",        "She",       "So",        "Some",
    "Still",  "That",         "The",       "Their",     "Then",
    "There",  "These",        "They",      "This",      "Those",
    "Though", "Thus",         "Today",     "We",        "What",
    "When",   "Where",        "While",     "Who",       "Why",
    "With",   "Yet",          "Yesterday", "Tomorrow"};

bool IsSpace(char c) {
  return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' ||
         c == '\v';
}
bool IsUpper(char c) { return c >= 'A' && c <= 'Z'; }
bool IsLower(char c) { return c >= 'a' && c <= 'z'; }
bool IsAlpha(char c) { return IsUpper(c) || IsLower(c); }
bool IsDigit(char c) { return c >= '0' && c <= '9'; }
bool IsHighByte(char c) { return static_cast<unsigned char>(c) >= 0x80; }

template <size_t N>
bool Contains(const std::string_view (&list)[N], std::string_view word) {
  return std::find(std::begin(list), std::end(list), word) != std::end(list);
}

// Length of the closing quote or bracket at `pos`, or 0.
size_t CloserLength(std::string_view text, size_t pos) {
  const std::string_view rest = text.substr(pos);
  if (rest.empty()) return 0;
  if (rest[0] == '"' || rest[0] == '\'' || rest[0] == ')' || rest[0] == ']') {
    return 1;
  }
  for (std::string_view closer : {"\u201D", "\u2019", "\u00BB"}) {
    if (rest.starts_with(closer)) return closer.size();
  }
  // A Wikipedia citation mark: "[12]", "[a]", "[citation needed]".
  if (rest[0] == '[') {
    size_t i = 1;
    while (i < rest.size() && i <= 24 &&
           (IsAlpha(rest[i]) || IsDigit(rest[i]) || rest[i] == ' ')) {
      ++i;
    }
    if (i > 1 && i < rest.size() && rest[i] == ']') return i + 1;
  }
  return 0;
}

// Length of the opening quote or bracket at `pos`, or 0.
size_t OpenerLength(std::string_view text, size_t pos) {
  const std::string_view rest = text.substr(pos);
  if (rest.empty()) return 0;
  if (rest[0] == '"' || rest[0] == '\'' || rest[0] == '(' || rest[0] == '[') {
    return 1;
  }
  for (std::string_view opener : {"\u201C", "\u2018", "\u00AB"}) {
    if (rest.starts_with(opener)) return opener.size();
  }
  return 0;
}

enum class Mark { kPeriod, kEllipsis, kStrong };

// The word right before the period at `dot`: ASCII letters, digits, inner
// periods and UTF-8 letters, cut after a dash or curly quote (U+2010-U+203F)
// so that "China\u2013U.S." yields "U.S".
std::string_view WordBefore(std::string_view text, size_t dot) {
  size_t begin = dot;
  while (begin > 0) {
    const char c = text[begin - 1];
    if (!(IsAlpha(c) || IsDigit(c) || c == '.' || IsHighByte(c))) break;
    --begin;
  }
  std::string_view word = text.substr(begin, dot - begin);
  const size_t punct = word.rfind("\xE2\x80");
  if (punct != std::string_view::npos) {
    word.remove_prefix(std::min(word.size(), punct + 3));
  }
  while (!word.empty() && word.front() == '.') word.remove_prefix(1);
  return word;
}

// "U.S", "U.S.S.R", "a.m", "Ph.D": letters in groups of at most two,
// joined by periods (so "3.5" and "example.com" are not acronyms).
bool IsDottedAcronym(std::string_view word) {
  if (word.find('.') == std::string_view::npos) return false;
  size_t group = 0;
  for (char c : word) {
    if (c == '.') {
      if (group == 0) return false;
      group = 0;
    } else if (IsAlpha(c) && ++group <= 2) {
      continue;
    } else {
      return false;
    }
  }
  return group > 0;
}

struct NextWord {
  char first = '\0';      // first byte of the word, '\0' at the end
  std::string_view word;  // its leading ASCII letters
  bool initial = false;   // a single letter and a period: "A. A. Milne"
};

NextWord WordAfter(std::string_view text, size_t pos) {
  while (pos < text.size() && IsSpace(text[pos])) ++pos;
  while (size_t n = OpenerLength(text, pos)) pos += n;
  NextWord next;
  if (pos >= text.size()) return next;
  next.first = text[pos];
  size_t end = pos;
  while (end < text.size() && IsAlpha(text[end])) ++end;
  next.word = text.substr(pos, end - pos);
  next.initial = next.word.size() == 1 && end < text.size() && text[end] == '.';
  return next;
}

// Whether the punctuation run [begin, ...) that ends at `after` (closers
// included) ends the sentence.
bool EndsSentence(std::string_view text, size_t begin, Mark mark,
                  size_t after) {
  const NextWord next = WordAfter(text, after);
  if (next.first == '\0') return true;
  const bool lower_next = IsLower(next.first);
  if (mark != Mark::kPeriod) return !lower_next;
  const std::string_view word = WordBefore(text, begin);
  if (Contains(kPrefixAbbreviations, word)) return false;
  const bool initial = word.size() == 1 && IsUpper(word[0]);
  if (initial || IsDottedAcronym(word) ||
      Contains(kTrailingAbbreviations, word)) {
    return !next.initial && Contains(kSentenceStarters, next.word);
  }
  return !lower_next;
}

// Length of a sentence-ending mark at `pos` ('.', '!', '?', U+2026), or 0.
size_t MarkLength(std::string_view text, size_t pos) {
  const char c = text[pos];
  if (c == '.' || c == '!' || c == '?') return 1;
  return text.substr(pos).starts_with("\u2026") ? 3 : 0;
}

// If a sentence ends at `pos`, returns the offset right after it (past
// closing quotes). *resume is where scanning goes on.
std::optional<size_t> SentenceEndAt(std::string_view text, size_t pos,
                                    size_t* resume) {
  *resume = pos + 1;
  if (text[pos] == '\n') {
    // A blank line always ends a sentence.
    size_t j = pos + 1;
    while (j < text.size() && text[j] != '\n' && IsSpace(text[j])) ++j;
    if (j < text.size() && text[j] == '\n') {
      *resume = j;
      return pos;
    }
    return std::nullopt;
  }
  if (MarkLength(text, pos) == 0) return std::nullopt;
  size_t end = pos;
  size_t dots = 0;
  bool strong = false;
  bool ellipsis = false;
  while (end < text.size()) {
    const size_t n = MarkLength(text, end);
    if (n == 0) break;
    dots += text[end] == '.' ? 1 : 0;
    strong = strong || text[end] == '!' || text[end] == '?';
    ellipsis = ellipsis || n == 3;
    end += n;
  }
  *resume = end;
  while (size_t n = CloserLength(text, end)) end += n;
  // "3.5", "U.S.-led", "e.g.," : the mark must be followed by space.
  if (end < text.size() && !IsSpace(text[end])) return std::nullopt;
  const Mark mark = strong                    ? Mark::kStrong
                    : (ellipsis || dots >= 2) ? Mark::kEllipsis
                                              : Mark::kPeriod;
  if (!EndsSentence(text, pos, mark, end)) return std::nullopt;
  return end;
}

// Where to cut a sentence too long to match as one: the length of the
// first piece of `window` (kMaxSentenceBytes of it, plus the byte after),
// after the last clause mark followed by a space (";", ":", ","), else
// before the last space, else at a UTF-8 character boundary. Marks and
// spaces in the first half are passed over, so that pieces stay large.
size_t LongSentenceCut(std::string_view window) {
  const size_t limit = std::min(window.size() - 1, kMaxSentenceBytes);
  const size_t floor = limit / 2;
  for (size_t at = limit; at > floor; --at) {
    const char c = window[at - 1];
    if ((c == ';' || c == ':' || c == ',') && IsSpace(window[at])) return at;
  }
  for (size_t at = limit; at > floor; --at) {
    if (IsSpace(window[at])) return at;
  }
  size_t cut = limit;
  while (cut > 1 && (static_cast<unsigned char>(window[cut]) & 0xC0) == 0x80)
    --cut;
  return cut;
}

void AddTrimmed(std::string_view text, size_t begin, size_t end,
                std::vector<Span>* out) {
  while (begin < end && IsSpace(text[begin])) ++begin;
  while (end > begin && IsSpace(text[end - 1])) --end;
  // Text without sentence punctuation (a list of names, a 20 MB line) would
  // be one sentence, copied whole into each of its triples' evidence: cut
  // it into pieces of at most kMaxSentenceBytes, each matched on its own.
  while (end - begin > kMaxSentenceBytes) {
    const size_t cut = begin + LongSentenceCut(text.substr(
                                   begin, kMaxSentenceBytes + 1));
    size_t piece_end = cut;
    while (piece_end > begin && IsSpace(text[piece_end - 1])) --piece_end;
    if (piece_end > begin) out->push_back({begin, piece_end});
    begin = cut;
    while (begin < end && IsSpace(text[begin])) ++begin;
  }
  if (begin < end) out->push_back({begin, end});
}

}  // namespace

std::vector<Span> SplitSentences(std::string_view text) {
  std::vector<Span> sentences;
  size_t start = 0;
  size_t pos = 0;
  while (pos < text.size()) {
    size_t resume = 0;
    if (const std::optional<size_t> end = SentenceEndAt(text, pos, &resume)) {
      AddTrimmed(text, start, *end, &sentences);
      start = *end;
    }
    pos = resume;
  }
  AddTrimmed(text, start, text.size(), &sentences);
  return sentences;
}

}  // namespace kg::extract
