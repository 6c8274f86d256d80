#include "extract/internal/word_start_matcher.h"

#include <cctype>

#include "extract/internal/match_groups.h"

namespace kg::extract::internal {

WordStartMatcher::WordStartMatcher(std::unique_ptr<RE2> re,
                                   const std::vector<std::string>& first_words)
    : re_(std::move(re)) {
  for (int c = 'A'; c <= 'Z'; ++c) first_bytes_.set(static_cast<size_t>(c));
  // Any non-ASCII character may be an upper-case letter; continuation bytes
  // never start one.
  for (int c = 0xC0; c <= 0xFF; ++c) first_bytes_.set(static_cast<size_t>(c));
  for (const auto& w : first_words) {
    if (w.empty()) continue;
    const unsigned char c = static_cast<unsigned char>(w[0]);
    first_bytes_.set(c);
    first_bytes_.set(static_cast<unsigned char>(std::tolower(c)));
    first_bytes_.set(static_cast<unsigned char>(std::toupper(c)));
  }
  covered_ = WordStarts::Covers(first_bytes_);
}

WordStartMatcher& WordStartMatcher::RequireFirstBytesOf(
    const std::vector<std::string>& words) {
  std::bitset<256> first;
  for (const auto& w : words)
    if (!w.empty()) first.set(static_cast<unsigned char>(w[0]));
  first_bytes_ &= first;
  covered_ = WordStarts::Covers(first_bytes_);
  return *this;
}

WordStartMatcher& WordStartMatcher::RequireLeadWord(
    const std::vector<std::string>& lead_words, bool ignore_case) {
  for (const auto& w : lead_words) {
    // A lead word with non-ASCII letters could match in a case the trie
    // does not fold: no filter is then safe.
    if (ignore_case)
      for (char c : w)
        if (static_cast<unsigned char>(c) >= 0x80) return *this;
  }
  lead_words_ = NameTrie(lead_words, ignore_case);
  fold_lead_ = ignore_case;
  // The first two bytes of each lead word; a one-byte word and its space.
  lead_pairs_.assign(65536 / 64, 0);
  for (const auto& w : lead_words) {
    if (w.empty()) continue;
    const size_t second = w.size() > 1 ? FoldLead(w[1]) : ' ';
    const size_t pair = size_t{FoldLead(w[0])} << 8 | second;
    lead_pairs_[pair >> 6] |= uint64_t{1} << (pair & 63);
  }
  // A byte no lead word begins with fails StartsWord at once: the bit
  // test says so before StartsFree and the call.
  for (int c = 0; c < 256 && !lead_words_.empty(); ++c)
    if (!lead_words_.MayBegin(static_cast<char>(c)))
      first_bytes_.reset(static_cast<size_t>(c));
  covered_ = WordStarts::Covers(first_bytes_);
  return *this;
}

bool WordStartMatcher::MatchAt(std::string_view text, size_t pos,
                               re2::StringPiece* groups, int n) const {
  return MatchGroups(*re_, text, pos, groups, n, RE2::ANCHOR_START);
}

}  // namespace kg::extract::internal
