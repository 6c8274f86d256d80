// WordGates: cheap tests that regexes over lists of phrases cannot match a
// text, so that they need not run - all gates in one pass over the text.
//
//   internal::WordGates gates;
//   int pairs = gates.AddLastWords({"both sides", "the two countries"}, true);
//   int titles = gates.AddFirstWords({"Prime Minister"}, false);
//   uint32_t open = gates.Open("Both Sides agreed");
//   open >> pairs & 1;    // 1: "sides" is there, run the regex
//   open >> titles & 1;   // 0: no "Prime", skip it
//
// The text is cut into runs of ASCII word characters ([0-9A-Za-z_], the
// words RE2's \b sees); a gate opens when one run is a key of it: the first
// (AddFirstWords) or last (AddLastWords) run of one of its phrases. For a
// pattern that needs one of the phrases between \b's, a match always has
// that run in the text, so a closed gate proves there is no match. A
// phrase that begins (first) or ends (last) with anything but an ASCII
// word character leaves no such run: its gate always opens. With
// `ignore_case`, RE2's (?i) also folds the Kelvin sign and the long s into
// k and s: a text with either opens such gates too.
//
// Why: kg's reference phrases (pronouns, "both sides", "the Secretary")
// are asked of every sentence; an RE2 search costs tens of instructions a
// byte, this pass a few for all of them together.
#ifndef KG_EXTRACT_INTERNAL_WORD_GATES_H_
#define KG_EXTRACT_INTERNAL_WORD_GATES_H_

#include <cstdint>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace kg::extract::internal {

class WordGates {
 public:
  /// A gate keyed by each phrase's first run; returns its bit (0-31; from
  /// the 33rd gate on, all share bit 31, which then always opens).
  int AddFirstWords(const std::vector<std::string>& phrases, bool ignore_case);
  /// A gate keyed by each phrase's last run; returns its bit (0-31).
  int AddLastWords(const std::vector<std::string>& phrases, bool ignore_case);

  /// Bit i set: gate i may match in `text` (see above).
  uint32_t Open(std::string_view text) const;

 private:
  int Add(const std::vector<std::string>& phrases, bool ignore_case,
          bool first);
  int count_ = 0;
  uint32_t always_ = 0;  // gates that open on every text
  uint32_t folded_ = 0;  // gates that ignore case
  // Keys by their lower-case form, in an open-addressing table probed
  // with a hash computed while the run is scanned: no copy, no std::hash.
  struct Key {
    std::string lower;
    uint64_t hash = 0;
    uint32_t folded = 0;  // gates that match it in any case
    std::vector<std::pair<std::string, uint32_t>> exact;  // case-sensitive
  };
  const Key* Find(uint64_t hash, std::string_view lower_run) const;
  void Insert(const std::string& key, uint32_t gate_bit, bool ignore_case);
  void Rehash();
  std::vector<Key> keys_;
  std::vector<int32_t> table_;  // index into keys_, or -1; size a power of 2
};

}  // namespace kg::extract::internal

#endif  // KG_EXTRACT_INTERNAL_WORD_GATES_H_
