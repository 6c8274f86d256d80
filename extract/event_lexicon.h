// EventLexicon: what an event word means - the verbs, light-verb phrases
// and event nouns of a rule pack, each with its relation, CAMEO code,
// symmetry and the way its object is introduced.
//
//   std::vector<kg::extract::EventEntry> entries;
//   auto st = kg::extract::ParseEventTable("events.tsv",
//       "verb\tcriticize\tdobj\tcriticize\t111\t-\n"
//       "verb\thold talks\twith\thold talks\t043\tsym\n", &entries);
//   kg::extract::EventLexicon lex(entries);
//   lex.Verb("hold")   // -> {&"hold talks" entry}, longest phrase first
//
// Table format (TSV, '#' comments), one entry a line, six columns:
//   kind      "verb", "noun" or "state" (a word that says how relations
//             stand: "improve", "sour", "hostile"; its object column lists
//             the nouns it describes, "relations|ties|relationship")
//   phrase    lemma words: the verb first, then the particle or object noun
//             words that stand between it and the object ("cut off",
//             "impose sanctions"); for a noun, the noun ("invasion"), with
//             the words before it if it is a compound ("phone call")
//   object    how the object follows: "dobj" (direct object) or a
//             preposition; several as "dobj|with", preferred first
//   relation  the triple's relation, a lemma phrase ("criticize")
//   code      CAMEO event code, 2-4 digits; its first two are the root 01-20
//   symmetric "sym" or "-"
#ifndef KG_EXTRACT_EVENT_LEXICON_H_
#define KG_EXTRACT_EVENT_LEXICON_H_

#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "base/status.h"

namespace kg::extract {

struct EventEntry {
  enum class Kind { kVerb, kNoun, kState };
  Kind kind = Kind::kVerb;
  std::vector<std::string> words;    ///< phrase lemmas (a verb's head first,
                                     ///< a noun's last)
  std::vector<std::string> objects;  ///< "dobj" or prepositions
  std::string relation;
  std::string code;  ///< "111"
  bool symmetric = false;
  std::string source_path;
  size_t source_line = 0;

  std::string root() const { return code.substr(0, 2); }
  std::string phrase() const;
  bool TakesObject(std::string_view marker) const;
};

/// Parses a table in the format above, appending to *out. Errors name
/// path:line and the column.
Status ParseEventTable(std::string_view path, std::string_view bytes,
                       std::vector<EventEntry>* out);

class EventLexicon {
 public:
  explicit EventLexicon(std::vector<EventEntry> entries);

  /// Entries whose head is the verb `lemma`, longest phrase first; nullptr
  /// if none.
  const std::vector<const EventEntry*>* Verb(std::string_view lemma) const;
  /// Entries whose head is the event noun `lemma` (singular), longest
  /// first; nullptr if none.
  const std::vector<const EventEntry*>* Noun(std::string_view lemma) const;
  /// State entries of the word `w` (a verb lemma or an adjective).
  const std::vector<const EventEntry*>* State(std::string_view w) const;
  /// Whether `lemma` (singular) is a noun that state words describe.
  bool IsStateNoun(std::string_view lemma) const;
  const std::vector<EventEntry>& entries() const { return entries_; }

 private:
  // Looked up by string_view for every word of a sentence: a transparent
  // hash spares a std::string a lookup.
  struct Hash {
    using is_transparent = void;
    size_t operator()(std::string_view s) const {
      return std::hash<std::string_view>{}(s);
    }
  };
  using Index = std::unordered_map<std::string, std::vector<const EventEntry*>,
                                   Hash, std::equal_to<>>;
  std::vector<EventEntry> entries_;
  Index verbs_;
  Index nouns_;
  Index states_;
  std::unordered_map<std::string, bool, Hash, std::equal_to<>> state_nouns_;
};

}  // namespace kg::extract

#endif  // KG_EXTRACT_EVENT_LEXICON_H_
