// Name words scanned by hand: the capitalized words kg's name patterns are
// made of, found without a regex call.
//
//   internal::NameWordEnd("al-Assad said", 0);        // 8
//   internal::NameRunEnd("Mark Carney met", 0, 4);   // 11 ("Mark Carney")
//   internal::NameWordEnd("the Kremlin", 0);         // npos
//
// A name word is what the regex
//   (?:(?:al|el)-)?\p{Lu}(?:[\p{L}\p{M}\-]|['’]\p{Lu})*
// matches (greedily): an optional "al-"/"el-", an upper-case letter, then
// letters, marks and hyphens, or an apostrophe before another capital
// ("O'Brien"; "Trump's" stops before the possessive). A run is up to
// `max_words` name words joined by single spaces. They give the same spans
// as that regex anchored at the position (the tests compare the two), at a
// fraction of the cost: kg asks at every capitalized word of every
// sentence.
#ifndef KG_EXTRACT_INTERNAL_NAME_SCANNER_H_
#define KG_EXTRACT_INTERNAL_NAME_SCANNER_H_

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace kg::extract::internal {

/// The regex kNameWord, as RE2 syntax (for patterns that embed it).
inline constexpr char kNameWordPattern[] =
    R"((?:(?:al|el)-)?\p{Lu}(?:[\p{L}\p{M}\-]|['’]\p{Lu})*)";

/// The end of the name word that begins at `pos`, or npos if none does.
size_t NameWordEnd(std::string_view text, size_t pos);

/// The end of the longest run of 1..max_words name words that begins at
/// `pos`, or npos if no name word begins there.
size_t NameRunEnd(std::string_view text, size_t pos, int max_words);

/// The ends of the names with particles that begin at `pos`, as the regex
///   word(?: (?:particle )?word){0,max_words-1}
/// (word: kNameWordPattern; particle: one of `particles`, lower-case words
/// such as "bin" or "van") may end: ends[i] after i + 1 name words. Returns
/// how many (0 when no name word begins at `pos`); each word count has one
/// end, since a particle never begins a name word.
///   NameEnds("Ludwig van Beethoven said", 0, {"van"}, 4, ends);  // 2: 6, 20
int NameEnds(std::string_view text, size_t pos,
             const std::vector<std::string>& particles, int max_words,
             size_t* ends);

}  // namespace kg::extract::internal

#endif  // KG_EXTRACT_INTERNAL_NAME_SCANNER_H_
