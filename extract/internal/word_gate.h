// WordGate: a cheap test that a regex over a list of phrases cannot match
// a text, so that the regex need not run.
//
//   auto gate = internal::WordGate::LastWords({"both sides", "the two
//                                              countries"}, true);
//   gate.MayMatch("Both Sides agreed");   // true: "sides" is there
//   gate.MayMatch("Kenya and Uganda");    // false: the regex is skipped
//
// The text is cut into runs of ASCII word characters ([0-9A-Za-z_], the
// words RE2's \b sees); the gate opens when one run is a key word of some
// phrase: its first or last run. For a pattern that needs one of the
// phrases between \b's, a match always has that run in the text, so a
// closed gate proves there is no match. A phrase that begins (FirstWords)
// or ends (LastWords) with anything but an ASCII word character would not
// leave such a run: the gate then always opens. With `ignore_case`, RE2's
// (?i) also folds the Kelvin sign and the long s into k and s: a text with
// either opens the gate too.
//
// Why: kg's reference phrases (pronouns, "both sides", "the Secretary")
// are asked of every sentence, and an RE2 search costs tens of
// instructions a byte where this costs a few.
#ifndef KG_EXTRACT_INTERNAL_WORD_GATE_H_
#define KG_EXTRACT_INTERNAL_WORD_GATE_H_

#include <string>
#include <string_view>
#include <unordered_set>
#include <vector>

namespace kg::extract::internal {

class WordGate {
 public:
  /// Opens on every text.
  WordGate() = default;
  /// Keys are each phrase's first run of word characters.
  static WordGate FirstWords(const std::vector<std::string>& phrases,
                             bool ignore_case);
  /// Keys are each phrase's last run of word characters.
  static WordGate LastWords(const std::vector<std::string>& phrases,
                            bool ignore_case);

  /// False only if no phrase can match in `text` (see above).
  bool MayMatch(std::string_view text) const;

 private:
  static WordGate Build(const std::vector<std::string>& phrases,
                        bool ignore_case, bool first);
  bool always_ = true;
  bool ignore_case_ = false;
  size_t longest_ = 0;
  std::unordered_set<std::string> keys_;
};

}  // namespace kg::extract::internal

#endif  // KG_EXTRACT_INTERNAL_WORD_GATE_H_
