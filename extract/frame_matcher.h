// FrameMatcher: stage 3 of the extraction cascade - frames (generic
// constructions, RulePack::frames) over the chunk string, validated against
// the event lexicon. One frame serves every verb of the lexicon in every
// tense; one lexicon line serves every frame.
//
//   auto fm = kg::extract::FrameMatcher::Create(pack);
//   auto matches = (*fm)->Find("Iran was sanctioned by the United States.",
//                              mentions, {}, nullptr);
//   // matches[0]: frame "passive", entry "sanction" (171), subject slot
//   //   {mention 1}, object slot {mention 0}
//
// A match's subject and object come from the frame's named groups; the
// lexicon entry is the first of the head word's entries whose phrase words
// stand between the verb and the object and whose object marker ("dobj",
// "with", ...) is the one the sentence uses.
#ifndef KG_EXTRACT_FRAME_MATCHER_H_
#define KG_EXTRACT_FRAME_MATCHER_H_

#include <memory>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "base/status.h"
#include "extract/event_lexicon.h"
#include "extract/rule_pack.h"
#include "extract/sentence_tagger.h"

namespace kg::extract {

class FrameMatcher {
 public:
  /// Compiles the pack's frames and lexicons; errors name the frame's file
  /// and line. A pack without frames gives a matcher that finds nothing.
  static Result<std::unique_ptr<FrameMatcher>> Create(const RulePack& pack);
  ~FrameMatcher();
  FrameMatcher(const FrameMatcher&) = delete;
  FrameMatcher& operator=(const FrameMatcher&) = delete;

  struct Match {
    const FrameSpec* frame = nullptr;
    const EventEntry* entry = nullptr;
    /// Mention indices: {subjects, objects}, or one list whose members
    /// relate pairwise (a symmetric entry's "X and Y met").
    std::vector<std::vector<size_t>> slots;
    size_t begin = 0, end = 0;  ///< bytes of the sentence
    size_t head = 0;            ///< byte where the verb or event noun starts
    bool negated = false;
    bool hypothetical = false;  ///< a modal, or "plans to", "threatened to"
  };

  /// The frame matches of one sentence, in frame order then text order.
  /// `trace`, if set, receives the chunks and the frames that fired.
  std::vector<Match> Find(std::string_view sentence,
                          const std::vector<MentionInfo>& mentions,
                          const std::vector<std::pair<size_t, size_t>>& times,
                          std::string* trace) const;

  bool empty() const;
  const EnglishLexicon& english() const;
  const EventLexicon& events() const;

 private:
  FrameMatcher();
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

}  // namespace kg::extract

#endif  // KG_EXTRACT_FRAME_MATCHER_H_
