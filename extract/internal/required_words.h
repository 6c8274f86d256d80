// RequiredWords: words that every match of a pattern puts in the text, read
// from the pattern alone, so that a sentence without them need not run it.
//
//   auto clauses = internal::RequiredWords(
//       "\\x01P\\d+\\x02 (?:met|visited) \\x01C\\d+\\x02 in \\w+");
//   // {{"met", "visited"}, {"in"}}: a text with a match has "met" or
//   // "visited", and "in", each as a whole word
//
// The contract: if RE2, ignoring case, finds `pattern` anywhere in a text,
// then for every clause the text has one of its words as a whole run of
// ASCII word characters ([0-9A-Za-z_], the words RE2's \b sees), compared
// in lower case - unless the text has a Kelvin sign or a long s, which
// (?i) folds into k and s. A word counts only where the pattern proves its
// edges: "met" at the very start of a pattern is no word of the text (the
// match may begin inside "helmet"); "met" after a space is. The result is
// a conjunction of disjunctions, and may be empty (the pattern promises no
// word: always run it); so is it for any syntax the reader does not know.
//
// Pure; thread-safe.
#ifndef KG_EXTRACT_INTERNAL_REQUIRED_WORDS_H_
#define KG_EXTRACT_INTERNAL_REQUIRED_WORDS_H_

#include <string>
#include <string_view>
#include <vector>

namespace kg::extract::internal {

/// The clauses of `pattern` (RE2 syntax, matched ignoring case), each a
/// sorted list of distinct lower-case words; see above.
std::vector<std::vector<std::string>> RequiredWords(std::string_view pattern);

}  // namespace kg::extract::internal

#endif  // KG_EXTRACT_INTERNAL_REQUIRED_WORDS_H_
