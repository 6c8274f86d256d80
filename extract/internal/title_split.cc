#include "extract/internal/title_split.h"

#include <utility>

#include "extract/internal/name_scanner.h"

namespace kg::extract::internal {
namespace {

constexpr size_t kNone = std::string_view::npos;
// Titles that can begin at one position, and steps of the search: far
// more than any real text needs (stacked titles branch little); past them
// the caller asks RE2.
constexpr size_t kMaxPrefixes = 16;
constexpr int kBudget = 256;

}  // namespace

TitleSplit::TitleSplit(const std::vector<std::string>& titles,
                       std::vector<std::string> particles)
    : titles_(titles, /*fold_ascii_case=*/true),
      particles_(std::move(particles)) {
  usable_ = !titles.empty();
  for (const std::string& t : titles)
    for (char c : t) usable_ &= static_cast<unsigned char>(c) < 0x80;
}

size_t TitleSplit::NameBegin(std::string_view text, size_t begin,
                             size_t end) const {
  if (!usable_ || end > text.size() || begin >= end) return kNone;
  const std::string_view span = text.substr(0, end);
  // (?i) matches 'k' to the Kelvin sign and 's' to the long s: leave
  // those spans to RE2.
  const std::string_view match = span.substr(begin);
  if (match.find("\xE2\x84\xAA") != std::string_view::npos ||
      match.find("\xC5\xBF") != std::string_view::npos)
    return kNone;
  int budget = kBudget;
  const size_t found = Titles(span, begin, &budget);
  return budget < 0 ? kNone : found;
}

size_t TitleSplit::Titles(std::string_view span, size_t pos,
                          int* budget) const {
  size_t lengths[kMaxPrefixes];
  const size_t n = titles_.Prefixes(span, pos, lengths, kMaxPrefixes);
  if (n > kMaxPrefixes || --*budget < 0) {
    *budget = -1;
    return kNone;
  }
  // Longest first, as the alternation lists them.
  for (size_t i = n; i-- > 0;) {
    const size_t found = AfterTitle(span, pos + lengths[i], budget);
    if (found != kNone || *budget < 0) return found;
  }
  return kNone;
}

size_t TitleSplit::AfterTitle(std::string_view span, size_t pos,
                              int* budget) const {
  if (pos >= span.size() || span[pos] != ' ') return kNone;
  // "(?: T)*" is greedy: one more title first, then the name.
  const size_t more = Titles(span, pos + 1, budget);
  if (more != kNone || *budget < 0) return more;
  return IsName(span, pos + 1) ? pos + 1 : kNone;
}

bool TitleSplit::IsName(std::string_view span, size_t pos) const {
  size_t ends[4];
  const int n = NameEnds(span, pos, particles_, 4, ends);
  for (int i = 0; i < n; ++i)
    if (ends[i] == span.size()) return true;
  return false;
}

}  // namespace kg::extract::internal
