// ReferenceResolver: mentions that refer back - pronouns ("he", "she") to
// the paragraph's last person, pair phrases ("the two countries", "both
// leaders") to the two actors the last two sentences name most, and roles
// ("the Secretary", "the Foreign Minister") to the person the document last
// named with that title.
//
//   internal::ReferenceResolver r;
//   Status s = r.Init(pack);
//   r.Add(sentence, &actors, &candidates);   // after names are settled
#ifndef KG_EXTRACT_INTERNAL_REFERENCE_RESOLVER_H_
#define KG_EXTRACT_INTERNAL_REFERENCE_RESOLVER_H_

#include <memory>
#include <string_view>
#include <vector>

#include "base/status.h"
#include "extract/document_actors.h"
#include "extract/internal/mention_candidate.h"
#include "extract/internal/name_trie.h"
#include "extract/internal/phrase_finder.h"
#include "extract/rule_pack.h"

namespace kg::extract::internal {

class ReferenceResolver {
 public:
  /// Compiles the pack's pronouns and pair phrases.
  Status Init(const RulePack& pack);
  /// Sorts *accepted by position and appends the references of `s` that
  /// overlap none of them. Pair phrases take the two actors named most
  /// often in this sentence (before the phrase) and the previous one, the
  /// most recent on a tie, then the paragraph's, then the section's and the
  /// document's focus; countries through CountryOf().
  void Add(std::string_view s, DocumentActors* actors,
           std::vector<Candidate>* accepted) const;

 private:
  std::unique_ptr<RE2> pronoun_;
  std::unique_ptr<RE2> country_pair_;
  std::unique_ptr<RE2> person_pair_;
  std::unique_ptr<RE2> role_;  // "the (title)", not followed by a name
  // The pronouns and pair phrases found by hand (the regexes above serve
  // the texts PhraseFinder leaves to RE2), lists kPronouns, kCountryPairs,
  // kPersonPairs.
  PhraseFinder phrases_;
  // The titles, for a cheap test that role_ cannot match (most sentences
  // have no "the" before a title).
  NameTrie titles_;
};

}  // namespace kg::extract::internal

#endif  // KG_EXTRACT_INTERNAL_REFERENCE_RESOLVER_H_
