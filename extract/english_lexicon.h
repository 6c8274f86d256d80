// EnglishLexicon: the word knowledge of the cascade's first stage - every
// form of every English verb, with its lemma and inflection, and the
// closed-class words (determiners, prepositions, auxiliaries, ...).
//
//   auto lex = kg::extract::EnglishLexicon::Parse("verbs.tsv", bytes);
//   const auto* forms = (*lex)->VerbForms("met");
//   // (*forms)[0].lemma == "meet", (*forms)[0].inflection == kPast
//   (*lex)->Closed("the") == kg::extract::WordClass::kDeterminer
//
// Verbs come from a table made from WordNet (rules/english/verbs.tsv, see
// make_verbs.py there): "lemma<TAB>flags<TAB>irregular forms", flags "n"
// when the lemma is also a noun. Regular forms are derived by rule: -s/-es/
// -ies, -ed/-d/-ied, -ing with a dropped silent e. Lookups take lower-case
// words; they never allocate.
#ifndef KG_EXTRACT_ENGLISH_LEXICON_H_
#define KG_EXTRACT_ENGLISH_LEXICON_H_

#include <functional>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "base/status.h"

namespace kg::extract {

enum class Inflection : unsigned char {
  kBase,    ///< "meet", "sanction" (also the present, not third person)
  kThird,   ///< "meets"
  kPast,    ///< "met", "sanctioned" (past tense and past participle)
  kGerund,  ///< "meeting"
};

struct VerbForm {
  std::string_view lemma;
  Inflection inflection = Inflection::kBase;
  /// The lemma is also a noun ("attack", "talk"): the base and -s forms may
  /// be nouns ("the attacks"), which the tagger decides from context.
  bool also_noun = false;
};

/// Closed word classes, by the word alone.
enum class WordClass : unsigned char {
  kOpen,         ///< not a closed-class word
  kDeterminer,   ///< the, a, its, their, two, several
  kAnd,          ///< and
  kOr,           ///< or, nor
  kBoth,         ///< both, either, neither
  kPreposition,  ///< with, on, against, between, ...
  kBy,           ///< by
  kOf,           ///< of
  kTo,           ///< to (preposition or infinitive marker)
  kBe,           ///< is, was, been, being, ...
  kHave,         ///< has, had, having
  kDo,           ///< does, did
  kModal,        ///< will, would, could, may, might, must, should, can
  kNegation,     ///< not, never, n't
  kAdverb,  ///< also, again, later, jointly; words in -ly are found by rule
  kSubordinator,  ///< that, because, while, although, if, when, whether
  kRelative,      ///< who, which, whom, whose, where
  kPronoun,       ///< it, they, them, we, us, you, i, this (as a noun)
  kTime,          ///< monday, january, yesterday, today
};

class EnglishLexicon {
 public:
  /// Parses the verb table; errors name `path` and the line.
  static Result<std::unique_ptr<EnglishLexicon>> Parse(std::string_view path,
                                                       std::string_view bytes);
  ~EnglishLexicon();
  EnglishLexicon(const EnglishLexicon&) = delete;
  EnglishLexicon& operator=(const EnglishLexicon&) = delete;

  /// The verb readings of a lower-case word form, or nullptr.
  const std::vector<VerbForm>* VerbForms(std::string_view lower) const;
  /// Every form of `lemma` with `inflection` (for generated test sentences
  /// and `kg rules check`), the irregular ones only where there are some
  /// ("sent", not "sended"); empty if the lemma is unknown.
  std::vector<std::string> FormsOf(std::string_view lemma,
                                   Inflection inflection) const;
  /// The closed class of a lower-case word (kOpen if none).
  static WordClass Closed(std::string_view lower);
  /// Every closed-class word with its class, and every verb form with its
  /// readings (to build one table that answers all of them at once).
  static void ForEachClosed(
      const std::function<void(std::string_view, WordClass)>& fn);
  void ForEachForm(
      const std::function<void(std::string_view, const std::vector<VerbForm>&)>&
          fn) const;
  /// The plural of a noun by rule ("sanction" -> "sanctions").
  static std::string Plural(std::string_view noun);
  /// The singular of a lower-case plural noun by rule ("sanctions" ->
  /// "sanction", "parties" -> "party"); the word itself if it does not end
  /// in s.
  static std::string Singular(std::string_view lower);
  /// Singular(a) == Singular(b), without building either ("ally" and
  /// "allies" are the same noun).
  static bool SameSingular(std::string_view a, std::string_view b);
  size_t verb_count() const;

 private:
  EnglishLexicon();
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

}  // namespace kg::extract

#endif  // KG_EXTRACT_ENGLISH_LEXICON_H_
