// Gazetteer: finds the actors of a rule pack in text by their names,
// aliases, demonyms, capitals and unambiguous surnames, in one RE2 pass.
//
//   kg::Result<std::unique_ptr<kg::extract::Gazetteer>> g =
//       kg::extract::Gazetteer::Build(pack.actors);
//   for (const auto& hit : (*g)->Find("Beijing and the U.S. agreed."))
//     std::cout << (*g)->actor(hit.actor).name << "\n";   // China, United States
//
// Matching is case-sensitive, leftmost-longest and whole-word (a name is
// never found inside a longer word, in any script): at each word start, a
// trie of every surface form gives the longest (internal::NameTrie). A surface
// form that two actors share is dropped, except that a name or alias beats a
// capital, a capital beats a demonym and a demonym beats a surname. Surnames
// that two persons share are not matched alone; SurnameOwners() lists them so
// that a document that names one of them in full can use the surname
// afterwards.
//
// Thread safety: Find() is const and safe to call from many threads.
#ifndef KG_EXTRACT_GAZETTEER_H_
#define KG_EXTRACT_GAZETTEER_H_

#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "base/status.h"
#include "extract/actor.h"

namespace kg::extract {

namespace internal {
class NameTrie;
class WordStarts;
}  // namespace internal

/// How a mention names its actor; earlier kinds win over later ones.
enum class NameKind { kName, kAlias, kCapital, kDemonym, kSurname };

struct GazetteerHit {
  size_t begin = 0;  ///< byte range in the text given to Find()
  size_t end = 0;
  int actor = -1;  ///< index into actors()
  NameKind kind = NameKind::kName;
};

class Gazetteer {
 public:
  /// Builds the matcher. Fails (kInvalidArgument) if a person's "country"
  /// names no country actor, or RE2 cannot compile the alternation.
  /// `common_words` are capitalized words that are also surnames ("May",
  /// "Brown"): never matched alone (a document that names the person in
  /// full can still use them: see DocumentActors).
  static Result<std::unique_ptr<Gazetteer>> Build(
      std::vector<Actor> actors,
      const std::vector<std::string>& common_words = {});
  ~Gazetteer();
  Gazetteer(const Gazetteer&) = delete;
  Gazetteer& operator=(const Gazetteer&) = delete;

  /// Every actor name in `text`, left to right, not overlapping.
  std::vector<GazetteerHit> Find(std::string_view text) const;
  /// The same for starts.text(), trying its word starts alone, and the
  /// positions of the few other bytes a surface form begins with ("'" in
  /// "'Akilisi Pohiva"; see internal::WordStarts::Covers).
  std::vector<GazetteerHit> Find(const internal::WordStarts& starts) const;

  const std::vector<Actor>& actors() const { return actors_; }
  const Actor& actor(int i) const { return actors_[static_cast<size_t>(i)]; }
  /// The actor with this id, or -1.
  int FindId(std::string_view id) const;
  /// The actor that this exact surface form names, or -1 (ambiguous forms
  /// and shared surnames give -1).
  int Lookup(std::string_view surface) const;
  /// Persons whose surname is `surname` (several when it is shared).
  std::vector<int> SurnameOwners(std::string_view surname) const;
  /// The actor whose canonical name, id or alias folds (case and
  /// diacritics aside) to the same as `name`, or -1.
  int LookupLoose(std::string_view name) const;
  /// The RE2 alternation of every surface form, as a regex-only gazetteer
  /// would search it (for bench/re2_limit: the speed limit of a one-pass
  /// RE2 design).
  const std::string& pattern() const { return pattern_; }

 private:
  Gazetteer() = default;
  struct Entry {
    int actor;
    NameKind kind;
  };
  std::vector<Actor> actors_;
  std::unordered_map<std::string, int> by_id_;
  std::unordered_map<std::string, Entry> surfaces_;
  std::unordered_map<std::string, std::vector<int>> surnames_;
  std::unordered_map<std::string, int> loose_;
  std::string pattern_;
  std::unique_ptr<internal::NameTrie> trie_;  // every surface form
  std::vector<Entry> form_entry_;             // by the trie's name index
  // The forms' first bytes that WordStarts does not cover.
  std::string uncovered_;
  // The forms' first two bytes (a one-byte form: with any second), 65536
  // bits: most word starts begin no form, and this says so before the
  // trie walk.
  std::vector<uint64_t> pairs_;
  bool MayBeginForm(std::string_view text, size_t pos) const;
};

}  // namespace kg::extract

#endif  // KG_EXTRACT_GAZETTEER_H_
