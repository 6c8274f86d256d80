// Mention gates: cheap tests that a mention pattern cannot match at a
// position, so that RE2 need not be asked there
// (WordStartMatcher::ForEachWhere).
//
//   internal::AppositionMayStart("Ma Ying-jeou, the president of", 0,
//                                {"van"});                    // true
//   internal::NameTrie heads({"Ministry"});
//   internal::OrgHeadAhead("the Foreign Ministry said", 4, heads, 5);  // true
//
// Each holds wherever its pattern matches (the tests run both at every
// position of many sentences); where it fails, the pattern cannot match.
#ifndef KG_EXTRACT_INTERNAL_MENTION_GATES_H_
#define KG_EXTRACT_INTERNAL_MENTION_GATES_H_

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "extract/internal/name_trie.h"

namespace kg::extract::internal {

/// Whether ", " and "the ", "a ", "an " or "then " begin at `pos`.
bool CommaArticleAt(std::string_view text, size_t pos);

/// For "(name2), (?:the|a|an|then) ...", name2 being two to four name
/// words with particles (NameEnds): whether such a name begins at `pos`
/// and ends right before a CommaArticleAt.
bool AppositionMayStart(std::string_view text, size_t pos,
                        const std::vector<std::string>& particles);

/// For "(?:word ){1,max_words}head..." or "head...": whether a head of
/// `heads` begins at `pos`, or after 1 to `max_words` name words there,
/// each followed by one space.
bool OrgHeadAhead(std::string_view text, size_t pos, const NameTrie& heads,
                  int max_words);

/// For "\b[Tt]he (titles)...": whether "the " or "The " begins somewhere
/// in `text` at a \b (RE2's: ASCII letters, digits and '_' are word
/// bytes) with one of `titles` (case-sensitive) right after it.
bool TheTitleAhead(std::string_view text, const NameTrie& titles);

}  // namespace kg::extract::internal

#endif  // KG_EXTRACT_INTERNAL_MENTION_GATES_H_
