// Helpers shared by MentionFinder and ReferenceResolver: the candidate
// mention they build, and small RE2 utilities.
#ifndef KG_EXTRACT_INTERNAL_MENTION_CANDIDATE_H_
#define KG_EXTRACT_INTERNAL_MENTION_CANDIDATE_H_

#include <re2/re2.h>

#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "base/status.h"
#include "extract/internal/match_groups.h"
#include "extract/mention_finder.h"

namespace kg::extract::internal {

/// A mention before overlaps are settled.
struct Candidate {
  size_t begin = 0;
  size_t end = 0;
  std::vector<int> actors;
  MentionSource source = MentionSource::kGazetteer;
  NameKind kind = NameKind::kName;
};

/// The words as an RE2 alternation, quoted, longest first (so that
/// leftmost-first matching prefers "Deputy Prime Minister" over "Prime
/// Minister"); a pattern that never matches for an empty list.
std::string Alternation(std::vector<std::string> words);

/// Compiles `pattern` (log errors off); on failure sets *status, if still
/// ok, to an Internal error naming `what`.
std::unique_ptr<RE2> CompilePattern(const std::string& pattern,
                                    const char* what, Status* status);

/// Calls fn(groups, begin) for each non-overlapping match of `re` in `text`.
template <typename Fn>
void ForEachMatch(const RE2& re, std::string_view text, Fn fn) {
  int n = 1 + re.NumberOfCapturingGroups();
  std::vector<re2::StringPiece> groups(static_cast<size_t>(n));
  size_t pos = 0;
  while (pos <= text.size() && MatchGroups(re, text, pos, groups.data(), n)) {
    size_t begin = static_cast<size_t>(groups[0].data() - text.data());
    size_t end = begin + groups[0].size();
    fn(groups, begin);
    pos = end > begin ? end : begin + 1;
  }
}

}  // namespace kg::extract::internal

#endif  // KG_EXTRACT_INTERNAL_MENTION_CANDIDATE_H_
