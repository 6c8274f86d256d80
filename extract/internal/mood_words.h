// MoodWords: the extractor's four patterns of polarity and mood - negation
// ("did not meet"), modality ("could meet"), hearsay ("reportedly met",
// "according to Kyodo,") and condition ("if X meets Y") - each run only on
// a text that has one of its first words.
//
//   internal::MoodWords mood;
//   uint32_t open = mood.Open("X has not met Y");
//   mood.Negated("X has not met Y", open);   // true
//   mood.Modal("X has not met Y", open);     // false, without RE2
//
// Every answer is RE2::PartialMatch's with the pattern (pattern() gives
// it); `open` must be Open() of the same text, or of a text whose runs of
// ASCII word characters include the text's. Why: most texts have none of
// the words, and one pass over a text for all four costs less than one
// PartialMatch. Thread safety: const methods may be called from many
// threads.
#ifndef KG_EXTRACT_INTERNAL_MOOD_WORDS_H_
#define KG_EXTRACT_INTERNAL_MOOD_WORDS_H_

#include <re2/re2.h>

#include <cstdint>
#include <memory>
#include <string_view>

#include "extract/internal/word_gates.h"

namespace kg::extract::internal {

class MoodWords {
 public:
  enum Mood { kNegation, kModality, kHearsay, kCondition, kMoods };

  MoodWords();

  /// The gates of `text`, for the tests below.
  uint32_t Open(std::string_view text) const { return gates_.Open(text); }

  bool Negated(std::string_view text, uint32_t open) const {
    // "n't" follows a letter, so no word gate can stand for it.
    return ((open >> gate_[kNegation] & 1) != 0 ||
            text.find('\'') != std::string_view::npos) &&
           RE2::PartialMatch(text, *re_[kNegation]);
  }
  bool Modal(std::string_view text, uint32_t open) const {
    return Match(kModality, text, open);
  }
  bool Hearsay(std::string_view text, uint32_t open) const {
    return Match(kHearsay, text, open);
  }
  bool Condition(std::string_view text, uint32_t open) const {
    return Match(kCondition, text, open);
  }

  const RE2& pattern(Mood m) const { return *re_[m]; }

 private:
  bool Match(Mood m, std::string_view text, uint32_t open) const {
    return (open >> gate_[m] & 1) != 0 && RE2::PartialMatch(text, *re_[m]);
  }
  std::unique_ptr<RE2> re_[kMoods];
  int gate_[kMoods] = {};
  WordGates gates_;
};

}  // namespace kg::extract::internal

#endif  // KG_EXTRACT_INTERNAL_MOOD_WORDS_H_
