// MatchGroups: RE2::Match with groups, fast on short texts.
//
// Asked for groups on a short text, RE2 skips its DFA and backtracks
// (BitState) from every start position to the end of the text, at a cost
// that grows with the pattern's size: with kg's rule patterns that was most
// of the extraction time. Finding the match with the DFAs first (no groups)
// and then asking for the groups on exactly the matched bytes gives the same
// answer: the leftmost match is the highest-priority path from its start,
// so it is also the highest-priority path spanning exactly those bytes, and
// RE2 evaluates \b at the edges against the whole text either way.
#ifndef KG_EXTRACT_INTERNAL_MATCH_GROUPS_H_
#define KG_EXTRACT_INTERNAL_MATCH_GROUPS_H_

#include <re2/re2.h>

#include <string_view>

namespace kg::extract::internal {

/// As re.Match(text, pos, text.size(), anchor, groups, n), anchor
/// UNANCHORED or ANCHOR_START.
inline bool MatchGroups(const RE2& re, std::string_view text, size_t pos,
                        re2::StringPiece* groups, int n,
                        RE2::Anchor anchor = RE2::UNANCHORED) {
  re2::StringPiece whole;
  if (!re.Match(text, pos, text.size(), anchor, &whole, 1)) return false;
  if (n <= 1) {
    if (n == 1) groups[0] = whole;
    return true;
  }
  size_t begin = static_cast<size_t>(whole.data() - text.data());
  return re.Match(text, begin, begin + whole.size(), RE2::ANCHOR_BOTH, groups,
                  n);
}

}  // namespace kg::extract::internal

#endif  // KG_EXTRACT_INTERNAL_MATCH_GROUPS_H_
