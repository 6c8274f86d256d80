// TitleSplit: the groups of a title-person match without asking RE2 for
// them.
//
//   internal::TitleSplit split(pack.person_titles, {"bin", "van"});
//   // "Foreign Minister Prince Faisal" matched "(T(?: T)*) (Name)" at [0, 30):
//   split.NameBegin(text, 0, 30);   // 25: "Prince" is a title, "Faisal" the name
//
// The pattern is "(T(?: T)*) (N)": T the titles, any ASCII case, as an
// alternation longest first; N a name with particles (NameEnds). Given
// the span RE2 matched, the name group begins where RE2's leftmost-first
// choice puts it: the titles are tried longest first at each step, one
// more title before stopping, and the first choice that leaves exactly a
// name up to the span's end wins (a depth-first search in RE2's priority
// order). NameBegin returns npos when it cannot vouch for RE2's answer -
// titles with non-ASCII bytes, a span with the Kelvin sign or long s that
// (?i) folds into k and s, or no split found: the caller then asks RE2.
//
// Why: RE2 finds the groups of a span by backtracking over the whole
// program (thousands of names and titles), tens of thousands of
// instructions a match; this walk costs a few hundred.
#ifndef KG_EXTRACT_INTERNAL_TITLE_SPLIT_H_
#define KG_EXTRACT_INTERNAL_TITLE_SPLIT_H_

#include <string>
#include <string_view>
#include <vector>

#include "extract/internal/name_trie.h"

namespace kg::extract::internal {

class TitleSplit {
 public:
  TitleSplit() = default;
  TitleSplit(const std::vector<std::string>& titles,
             std::vector<std::string> particles);

  /// The start of the name group of the match [begin, end), or npos (see
  /// above).
  size_t NameBegin(std::string_view text, size_t begin, size_t end) const;

 private:
  // The name start if a title begins at `pos` of `span` (the text cut at
  // the match's end), then the rest splits; else npos. Each call spends
  // one of *budget; below zero the search gives up (and says npos).
  size_t Titles(std::string_view span, size_t pos, int* budget) const;
  size_t AfterTitle(std::string_view span, size_t pos, int* budget) const;
  bool IsName(std::string_view span, size_t pos) const;

  bool usable_ = false;  // every title ASCII
  NameTrie titles_;      // ASCII case folded
  std::vector<std::string> particles_;
};

}  // namespace kg::extract::internal

#endif  // KG_EXTRACT_INTERNAL_TITLE_SPLIT_H_
