// MentionFinder: the actor mentions of one sentence.
//
//   auto finder = kg::extract::MentionFinder::Create(pack, gazetteer.get());
//   kg::extract::DocumentActors actors(gazetteer.get());
//   auto mentions = (*finder)->Find("Canadian Prime Minister Mark Carney met Xi.",
//                                   &actors);
//   // mentions[0]: "Canadian Prime Minister Mark Carney" -> a person "Mark
//   //   Carney" discovered from the title, affiliated with Canada
//   // mentions[1]: "Xi" -> Xi Jinping (gazetteer surname)
//
// Sources, strongest first when spans overlap (the longer span wins, then
// the earlier source in this list):
//   - gazetteer names, aliases, capitals, demonyms and unique surnames;
//   - persons after a title ("President Tsai", "North Korean leader Kim Jong
//     Un": the demonym or country before the title gives the affiliation and
//     is part of the mention) or before one in apposition ("Ma Ying-jeou, the
//     president of ...");
//   - organizations: capitalized words ending in an organization head noun
//     ("Office of Personnel Management", "Russian Armed Forces");
//   - persons by the shape of their name: a known given name and one or two
//     capitalized words ("Alexei Kosygin", "John F. Kennedy"), or a known
//     East Asian family name and one or two ("Zhou Enlai", "Kim Jong Un"),
//     unless a word of the pack's "non_name_words" ends it ("Han Dynasty");
//   - names the document introduced earlier (a bare "Carney");
//   - pronouns ("he", "she"): the paragraph's last person, else the
//     document's focus;
//   - pair phrases ("the two countries", "both leaders"): the two most recent
//     distinct countries (or persons) of the paragraph, completed with the
//     section's and the document's focus.
// Find() updates *actors: discovered actors, full mentions, recency.
#ifndef KG_EXTRACT_MENTION_FINDER_H_
#define KG_EXTRACT_MENTION_FINDER_H_

#include <memory>
#include <string_view>
#include <vector>

#include "base/status.h"
#include "extract/document_actors.h"
#include "extract/gazetteer.h"
#include "extract/rule_pack.h"

namespace re2 {
class RE2;
}

namespace kg::extract {

enum class MentionSource {
  kGazetteer,
  kTitle,
  kApposition,
  kOrganization,
  kPersonName,
  kLocalName,
  kPronoun,
  kPair
};

struct Mention {
  size_t begin = 0;  ///< byte range in the sentence
  size_t end = 0;
  std::vector<int> actors;  ///< one actor; two for a pair phrase
  MentionSource source = MentionSource::kGazetteer;
  NameKind kind = NameKind::kName;  ///< for gazetteer mentions
  /// True when the mention refers back (pronoun, pair phrase).
  bool resolved() const {
    return source == MentionSource::kPronoun || source == MentionSource::kPair;
  }
};

class MentionFinder {
 public:
  static Result<std::unique_ptr<MentionFinder>> Create(
      const RulePack& pack, const Gazetteer* gazetteer);
  ~MentionFinder();
  MentionFinder(const MentionFinder&) = delete;
  MentionFinder& operator=(const MentionFinder&) = delete;

  /// The mentions of `sentence`, left to right, not overlapping.
  std::vector<Mention> Find(std::string_view sentence,
                            DocumentActors* actors) const;

  /// The first actor that `text` (a title or heading) names, or -1; adds a
  /// person discovered from a title to *actors.
  int FindFocus(std::string_view text, DocumentActors* actors) const;

 private:
  MentionFinder() = default;
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

}  // namespace kg::extract

#endif  // KG_EXTRACT_MENTION_FINDER_H_
