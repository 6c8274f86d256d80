// PhraseFinder: the matches of several regexes \b(?i:phrase|phrase|...)\b,
// one for each list of ASCII phrases ("he", "both sides", "the two
// countries"), in one scan and without RE2.
//
//   internal::PhraseFinder finder({{"he", "she"}, {"both sides"}});
//   std::vector<std::vector<internal::PhraseFinder::Span>> found;
//   finder.FindAll("Then she said both sides agreed.", &found);
//   // found[0] == {{5, 8}}, found[1] == {{14, 24}}
//
// Each list's matches are RE2's for its regex searched again and again
// from the end of the last match (ForEachMatch): the leftmost start where
// one of its phrases matches, ASCII case ignored, between word boundaries
// (\b: ASCII letters, digits and '_' are word bytes), and the longest
// phrase there, as the alternation (longest first, see Alternation)
// prefers. usable(list, text) is false for a list with a phrase that has a
// non-ASCII byte or does not begin and end with a word byte, and for a
// text with the Kelvin sign or the long s, which (?i) folds into k and s:
// the caller then asks RE2 for that list.
//
// Why: the resolver asks every sentence for its pronouns and pair phrases;
// an unanchored RE2 search costs thousands of instructions a call, and
// this scan a few a word for all the lists together.
#ifndef KG_EXTRACT_INTERNAL_PHRASE_FINDER_H_
#define KG_EXTRACT_INTERNAL_PHRASE_FINDER_H_

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "extract/internal/name_trie.h"

namespace kg::extract::internal {

class PhraseFinder {
 public:
  struct Span {
    size_t begin = 0;
    size_t end = 0;
    bool operator==(const Span& o) const {
      return begin == o.begin && end == o.end;
    }
  };

  PhraseFinder() = default;
  /// At most 32 lists.
  explicit PhraseFinder(const std::vector<std::vector<std::string>>& lists);

  /// Whether FindAll gives RE2's answers for `list` on `text` (see above).
  bool usable(size_t list, std::string_view text) const;

  /// (*found)[i]: the matches of list i, left to right (empty for a list
  /// that is not usable on `text`). Returns the usable lists (bit i: list
  /// i).
  uint32_t FindAll(std::string_view text,
                   std::vector<std::vector<Span>>* found) const;

 private:
  size_t lists_ = 0;
  uint32_t usable_ = 0;  // bit i: list i
  NameTrie phrases_;     // every phrase, ASCII case folded, once
  // By the trie's index: the lists that have the phrase (any case).
  std::vector<uint32_t> lists_of_;
};

}  // namespace kg::extract::internal

#endif  // KG_EXTRACT_INTERNAL_PHRASE_FINDER_H_
