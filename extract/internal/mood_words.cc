#include "extract/internal/mood_words.h"

namespace kg::extract::internal {

MoodWords::MoodWords() {
  RE2::Options ci;
  ci.set_case_sensitive(false);
  re_[kNegation] = std::make_unique<RE2>(
      R"(\b(?:not|never|no longer|neither|nor|refused to|declined to|failed to)\b|n't\b)",
      ci);
  // Lower case only: "May 2015" is no modal.
  re_[kModality] = std::make_unique<RE2>(
      R"(\b(?:could|would|might|may|should|will|shall|if|unless|whether|plans? to|intends? to)\b)");
  re_[kHearsay] = std::make_unique<RE2>(
      R"(\b(?:reportedly|allegedly|purportedly|reported that|reports that|claimed that|claims that|alleged that|alleges that|rumou?red)\b|\baccording to [^,;]{1,60},)",
      ci);
  re_[kCondition] =
      std::make_unique<RE2>(R"(\b(?:if|unless|whether|should)\b)", ci);
  // The phrases of each pattern, every one after a \b (WordGates keys a
  // gate by their first words).
  gate_[kNegation] = gates_.AddFirstWords(
      {"not", "never", "no longer", "neither", "nor", "refused to",
       "declined to", "failed to"},
      true);
  gate_[kModality] = gates_.AddFirstWords(
      {"could", "would", "might", "may", "should", "will", "shall", "if",
       "unless", "whether", "plan to", "plans to", "intend to", "intends to"},
      false);
  gate_[kHearsay] = gates_.AddFirstWords(
      {"reportedly", "allegedly", "purportedly", "reported that",
       "reports that", "claimed that", "claims that", "alleged that",
       "alleges that", "rumored", "rumoured", "according to"},
      true);
  gate_[kCondition] =
      gates_.AddFirstWords({"if", "unless", "whether", "should"}, true);
}

}  // namespace kg::extract::internal
