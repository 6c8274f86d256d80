// PersonNameScanner: the persons named by the shape of their name, as the
// regex
//   (?:Given|...)(?: \p{Lu}\.)?(?: Word){1,2}|(?:Family|...)(?: Word){1,2}
// anchored at a position (Word: kNameWordPattern; the names literal, as
// alternations longest first) matches, without RE2.
//
//   internal::PersonNameScanner persons({"John", "Alexei"}, {"Zhou"});
//   persons.MatchEnd("John F. Kennedy said", 0);   // 15
//   persons.MatchEnd("Zhou Enlai met", 0);         // 10
//   persons.MatchEnd("John said", 0);              // npos
//
// RE2's leftmost-first choice: the given names first, longest first, each
// with a middle initial if one fits and then two name words if two fit;
// then the family names the same way without an initial. Name words
// followed by a space end where NameWordEnd says, so each choice has one
// end (the tests compare every position with the regex).
//
// Why: MentionFinder asked RE2 at every word that begins with a known name
// (thousands of names in one pattern, thousands of instructions a try);
// this is one trie walk and a few word scans.
#ifndef KG_EXTRACT_INTERNAL_PERSON_NAME_SCANNER_H_
#define KG_EXTRACT_INTERNAL_PERSON_NAME_SCANNER_H_

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "extract/internal/name_trie.h"

namespace kg::extract::internal {

class PersonNameScanner {
 public:
  PersonNameScanner() = default;
  PersonNameScanner(const std::vector<std::string>& given_names,
                    const std::vector<std::string>& family_names);

  /// False for lists with more than 64 names that are prefixes of one
  /// another: MatchEnd would need more room (the caller asks RE2).
  bool usable() const;

  /// The end of the match anchored at `pos`, or npos.
  size_t MatchEnd(std::string_view text, size_t pos) const;

 private:
  static constexpr uint8_t kGiven = 1, kFamily = 2;
  NameTrie names_;              // given and family names, once each
  std::vector<uint8_t> kinds_;  // by the trie's index: kGiven | kFamily
  size_t max_nested_ = 0;       // names that can begin at one position
};

}  // namespace kg::extract::internal

#endif  // KG_EXTRACT_INTERNAL_PERSON_NAME_SCANNER_H_
