// Internal: reads one match of the date pattern (its groups, by GroupId)
// as the date expression(s) it writes, or rejects it.
//
//   DateParts parts = ...;  // "since 2018" dissected: kPrep, kCore, kY
//   std::vector<DateExpr> exprs;
//   AppendDateExprs(DateMatch{sentence, parts}, ctx, &exprs);
//   // exprs.back(): role kSince, first {2018, kYear}
//
// Pure; thread-safe.
#ifndef KG_EXTRACT_INTERNAL_DATE_MATCH_H_
#define KG_EXTRACT_INTERNAL_DATE_MATCH_H_

#include <cstddef>
#include <string_view>
#include <vector>

#include "extract/date_normalizer.h"
#include "extract/internal/date_expr.h"
#include "extract/internal/date_patterns.h"
#include "extract/internal/date_words.h"
#include "extract/internal/piece_re.h"

namespace kg::extract::internal {

/// A match's groups, with their text and offsets in the sentence `s`.
/// REQUIRES: every present group lies inside `s`; both outlive the DateMatch.
struct DateMatch {
  std::string_view s;
  const DateParts& parts;

  re2::StringPiece Get(GroupId id) const { return parts[id]; }
  bool Has(GroupId id) const { return Get(id).data() != nullptr; }
  std::string_view Text(GroupId id) const {
    const re2::StringPiece p = Get(id);
    return {p.data(), p.size()};
  }
  /// Byte offsets in `s`. REQUIRES: Has(id).
  size_t Begin(GroupId id) const {
    return static_cast<size_t>(Get(id).data() - s.data());
  }
  size_t End(GroupId id) const { return Begin(id) + Get(id).size(); }
  /// The leading digits of the group's text as a number.
  int Int(GroupId id) const { return ToInt(Text(id)); }
};

/// Appends to `*done` the expression `m` writes, or two for "2 and 3 March"
/// (two days, unless after "between"). Appends nothing when it is no date:
/// an amount, code or name ("$2000", "Resolution 2758", "COVID-2019"), a
/// day that does not exist, a year outside 1000-2199, a bare month without
/// a prefix word or qualifier, or a relative date without a document date
/// precise enough to resolve it. `*done` holds the earlier expressions of the
/// sentence (a dash joins only right after one). Years may be left 0 (unknown).
void AppendDateExprs(const DateMatch& m, const DateContext& ctx,
                     std::vector<DateExpr>* done);

}  // namespace kg::extract::internal

#endif  // KG_EXTRACT_INTERNAL_DATE_MATCH_H_
