// SentenceTagger: stage 1 of the extraction cascade - a sentence as tokens,
// each with one byte of class, actor mentions as single tokens.
//
//   kg::extract::SentenceTagger tagger(&english, &events);
//   kg::extract::TaggedSentence tagged;
//   tagger.Tag("France condemns Russia.", {{0, 6}, {16, 22}}, {}, &tagged);
//   // tagged.tokens' tags: "NZN." - actor, verb (3rd person), actor, stop;
//   // tagged.tokens[1].lower == "condemns"
//
// Classes (Token::tag): N actor, J actor adjective ("Chinese" before a
// noun), d determiner or number, a and, o or, b both/either, p preposition,
// y by, f of, t to, B be, H have, O do, M modal, X negation, r adverb,
// c subordinator, w relative pronoun, k other pronoun, V verb base form,
// Z verb -s, D verb past/participle, G verb -ing, E event noun of the
// lexicon (or a noun its state words describe: "relations"), n other word, T time (a date or a time word), q possessive 's,
// ',' comma, '-' a hyphen or en dash between words ("Russia–Turkey"), '.'
// a stop (. ; : ! ? em dash), '(' and ')'.
#ifndef KG_EXTRACT_SENTENCE_TAGGER_H_
#define KG_EXTRACT_SENTENCE_TAGGER_H_

#include <functional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "extract/english_lexicon.h"
#include "extract/event_lexicon.h"
#include "extract/internal/flat_word_map.h"

namespace kg::extract {

/// What the tagger needs to know of an actor mention.
struct MentionInfo {
  size_t begin = 0, end = 0;  ///< bytes in the sentence
  bool demonym = false;       ///< "Chinese", "Romanian"
  bool person = false;
  int actors = 1;  ///< 2 for a pair phrase ("the two countries")
};

struct Token {
  size_t begin = 0, end = 0;  ///< bytes in the sentence
  char tag = 'n';
  /// The word in lower case; for a mention its last word ("the relations"
  /// -> "relations"). A view into TaggedSentence::lower, or of a static
  /// string for a word the tagger rewrote ("ca" -> "can", "at least").
  std::string_view lower;
  /// Verb readings (for V, Z, D, G and ambiguous nouns), else nullptr.
  const std::vector<VerbForm>* verb = nullptr;
  int mention = -1;         ///< index into the mentions, for N and J
  bool event_noun = false;  ///< a noun of the event lexicon, if a noun
};

/// A sentence's tokens and the lower-case copy their words view. Reused
/// from sentence to sentence, it keeps its buffers.
struct TaggedSentence {
  std::string lower;  ///< the sentence, A-Z lowered: the same byte offsets
  std::vector<Token> tokens;
};

class SentenceTagger {
 public:
  /// Builds one table of every closed-class word, verb form and event noun
  /// (singular and plural): a token costs one hash probe.
  SentenceTagger(const EnglishLexicon* english, const EventLexicon* events);

  /// Tokens of `sentence` into *out (its old contents dropped); `mentions`
  /// left to right, not overlapping; `times` are byte spans of dates, whose
  /// words become T. The tokens' words view out->lower.
  void Tag(std::string_view sentence, const std::vector<MentionInfo>& mentions,
           const std::vector<std::pair<size_t, size_t>>& times,
           TaggedSentence* out) const;

  /// The verb lemma a V/Z/D/G token stands for ("" if none).
  static std::string_view VerbLemma(const Token& t);
  /// Every lemma it may stand for, those of its tag's inflection first:
  /// "fined" is "fine" or "fin"; "wound" wind, then wound.
  static std::vector<std::string_view> VerbLemmas(const Token& t);

 private:
  struct WordInfo {
    char closed = 0;  ///< the closed class's tag, 0 for an open word
    bool month = false;
    bool event_noun = false;
    const std::vector<VerbForm>* verb = nullptr;
  };
  const WordInfo* Lookup(std::string_view lower) const {
    return words_.Find(lower);
  }
  internal::FlatWordMap<WordInfo> words_;
};

}  // namespace kg::extract

#endif  // KG_EXTRACT_SENTENCE_TAGGER_H_
