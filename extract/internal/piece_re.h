// Internal: a small RE2 for one piece of the date pattern (the head, the
// qualifier or one core form) that files its named groups by GroupId.
//
//   PieceRe head(BuildDatePatterns().head, options);
//   DateParts parts{};
//   re2::StringPiece text = "since 2018";
//   if (head.Consume(&text, false, &parts)) {
//     // parts[kPrep] == "since", text == "2018"
//   }
//
// RE2 extracts groups with its slower engines over the whole program, so
// the big scan pattern has none and PieceRe re-matches the few bytes found.
// Thread safety: const methods may be called from many threads.
#ifndef KG_EXTRACT_INTERNAL_PIECE_RE_H_
#define KG_EXTRACT_INTERNAL_PIECE_RE_H_

#include <re2/re2.h>

#include <array>
#include <cstddef>
#include <memory>
#include <string>
#include <utility>
#include <vector>

#include "extract/internal/date_patterns.h"

namespace kg::extract::internal {

/// The pieces of one match, by GroupId; absent ones have a null data().
using DateParts = std::array<re2::StringPiece, kGroupCount>;

class PieceRe {
 public:
  /// Compiles `pattern`; check ok() before use.
  PieceRe(const std::string& pattern, const RE2::Options& options);

  /// True iff the pattern compiled and has few enough groups for Consume().
  bool ok() const { return re_->ok() && ids_.size() < kMaxGroups; }

  /// Matches at the start of `*text` (and to its end if `whole`). On a
  /// match, stores this pattern's groups in `*parts` (others are left as
  /// they were), drops the match from `*text` and returns true; otherwise
  /// changes nothing and returns false. REQUIRES: ok().
  bool Consume(re2::StringPiece* text, bool whole, DateParts* parts) const;

 private:
  static constexpr size_t kMaxGroups = 8;
  std::unique_ptr<RE2> re_;  // RE2 can be neither copied nor moved
  std::vector<std::pair<int, GroupId>> ids_;  // group index -> GroupId
};

}  // namespace kg::extract::internal

#endif  // KG_EXTRACT_INTERNAL_PIECE_RE_H_
