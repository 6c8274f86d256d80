// FramePrefilter: the chunk letters a frame's pattern cannot match without,
// in pattern order, read once from the pattern - so a chunk string lacking
// them skips the frame's RE2, and a search starts where a match may begin.
//
//   auto p = internal::FramePrefilter::FromPattern("(?P<subj>N)r*(?P<verb>V)");
//   p.NextStart("dNrV.", 0) == 1;      // a match may begin at the N
//   p.NextStart("dNr.V", 2) == npos;   // no N at or after 2
//   p.NextStart("NdN", 0) == npos;     // no V after an N
//   // A caller searching one string from many places asks once how far:
//   p.MayMatch(FramePrefilter::Letters("NdN")) == false;  // no V at all
//   size_t last = p.LastStart("NVdNV");          // 3
//   p.NextStart("NVdNV", 1, last) == 3;
//
// When the pattern is one letter and then a part that cannot be empty, the
// letter after a start must be one that part may begin with.
//
// Conservative by construction: a part it cannot read (flags such as (?i),
// escapes like \d, non-ASCII bytes) makes it need nothing, and optional or
// alternative parts need nothing; so NextStart(cs, from) is never past the
// first position >= from where the pattern matches.
#ifndef KG_EXTRACT_INTERNAL_FRAME_PREFILTER_H_
#define KG_EXTRACT_INTERNAL_FRAME_PREFILTER_H_

#include <array>
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace kg::extract::internal {

class FramePrefilter {
 public:
  /// A set of bytes (ASCII only: the chunk alphabet).
  using ByteSet = std::array<uint64_t, 2>;

  /// The pattern's needs; a pattern it cannot read needs nothing.
  static FramePrefilter FromPattern(std::string_view pattern);

  /// The letters of a chunk string (bytes >= 128 as their low seven bits),
  /// found once for all frames: a frame whose needs are not all among them
  /// cannot match, and its scan is skipped.
  static ByteSet Letters(std::string_view cs);
  bool MayMatch(const ByteSet& letters) const {
    for (const ByteSet& n : need_)
      if (((n[0] & letters[0]) | (n[1] & letters[1])) == 0) return false;
    return true;
  }

  /// The last position where a match may begin (the needs all stand from
  /// there on), or npos when none can; cs.size() if it needs nothing.
  size_t LastStart(std::string_view cs) const;
  /// The first position in [from, last] where a match may begin, or npos;
  /// `last` is LastStart(cs).
  size_t NextStart(std::string_view cs, size_t from, size_t last) const;
  /// The same, for one search.
  size_t NextStart(std::string_view cs, size_t from) const {
    return NextStart(cs, from, LastStart(cs));
  }

  /// Whether a match always begins with the first need's letter: then the
  /// places NextStart gives are the only starts, each one to try anchored.
  bool first_starts() const { return first_starts_; }

  /// The name of the group that is a match's first letter and nothing
  /// else ("both" in "(?P<both>N)V"), or "": it is the chunk at the start.
  const std::string& head_group() const { return head_group_; }

  /// The needs as text, for tests: "N V [NJ]", "^" first when a match
  /// always begins with the first need ("^N V N"), then "(name)" of the
  /// head group, and " / next qV" when the letter after a start must be
  /// one of those.
  std::string Describe() const;

 private:
  static bool Has(const ByteSet& s, unsigned char c) {
    return c < 128 && ((s[c >> 6] >> (c & 63)) & 1) != 0;
  }
  std::vector<ByteSet> need_;  // each a letter the match holds, in order
  bool first_starts_ = false;  // a match begins with need_[0]
  // member_[c & 127] bit k: c is in need_[k], for the first kMaxNeeds needs
  // (the scans use these; fewer needs only makes them less strict). A byte
  // >= 128 reads as its low seven bits: a false "may", never a false "no".
  static constexpr size_t kMaxNeeds = 32;
  std::array<uint32_t, 128> member_{};
  size_t scanned_ = 0;  // min(need_.size(), kMaxNeeds)
  // Whether the letter after a start is checked, and which may stand there
  // (when the pattern is one letter and then a part that cannot be empty).
  bool second_ = false;
  std::array<bool, 256> next_ok_{};
  std::string head_group_;
};

}  // namespace kg::extract::internal

#endif  // KG_EXTRACT_INTERNAL_FRAME_PREFILTER_H_
