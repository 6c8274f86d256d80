// WordStarts: the positions of a sentence where a word may begin, found in
// one pass and shared by the matchers that look only there (the
// gazetteer, WordStartMatcher, the name runs of MentionFinder).
//
//   internal::WordStarts starts;
//   starts.Reset("Xi met al-Assad (again).");
//   starts.positions();   // {0, 3, 7, 18}: "Xi", "met", "al-Assad", "again"
//
// A position is listed iff it StartsFree and its byte is an ASCII letter
// or digit or begins a multi-byte UTF-8 character (0xC0 and up). A matcher
// that can begin only with such bytes (Covers) and only where StartsFree
// finds the same matches trying these positions alone: most bytes of a
// sentence are inside words, and each matcher scanning them all cost more
// than the matching.
#ifndef KG_EXTRACT_INTERNAL_WORD_STARTS_H_
#define KG_EXTRACT_INTERNAL_WORD_STARTS_H_

#include <bitset>
#include <string>
#include <string_view>
#include <vector>

namespace kg::extract::internal {

class WordStarts {
 public:
  /// Finds the word starts of `text` (which must outlive the use).
  void Reset(std::string_view text);

  std::string_view text() const { return text_; }
  /// Ascending.
  const std::vector<size_t>& positions() const { return positions_; }

  /// Whether a matcher whose possible first bytes are `first` needs no
  /// position but these: none of them is an ASCII byte other than a letter
  /// or digit, or a UTF-8 continuation byte (0x80-0xBF).
  static bool Covers(const std::bitset<256>& first);
  /// The bytes of `first` that make Covers false ("'" for a name such as
  /// "'Akilisi Pohiva"), ascending.
  static std::string Uncovered(const std::bitset<256>& first);

  /// positions() and every position whose byte is one of `bytes`,
  /// ascending, into *out: for a matcher whose first bytes are covered but
  /// for those.
  void With(std::string_view bytes, std::vector<size_t>* out) const;

  /// Calls try_at(pos) at each word start in turn; try_at returns the end
  /// of what it found there (the next start tried is the first at or after
  /// it), or 0 to go on with the next one.
  template <typename TryAt>
  void ForEach(TryAt try_at) const {
    ForEachOf(positions_, try_at);
  }
  /// The same over positions() and every position whose byte is one of
  /// `bytes` (With's list, merged as it goes: no copy).
  template <typename TryAt>
  void ForEachWith(std::string_view bytes, TryAt try_at) const {
    size_t i = 0, from = 0;
    size_t extra = NextOf(bytes, 0);
    for (;;) {
      while (i < positions_.size() && positions_[i] < from) ++i;
      if (extra < from) extra = NextOf(bytes, from);
      size_t pos;
      if (i < positions_.size() && positions_[i] < extra) {
        pos = positions_[i++];
      } else if (extra != std::string_view::npos) {
        pos = extra;
        extra = NextOf(bytes, extra + 1);
      } else {
        break;
      }
      const size_t end = try_at(pos);
      from = end > pos + 1 ? end : pos + 1;
    }
  }
  /// The same over any ascending positions (as With gives).
  template <typename TryAt>
  static void ForEachOf(const std::vector<size_t>& positions, TryAt try_at) {
    size_t i = 0;
    while (i < positions.size()) {
      const size_t end = try_at(positions[i]);
      ++i;
      while (i < positions.size() && positions[i] < end) ++i;
    }
  }

 private:
  // The first position at or after `from` with one of `bytes`, or npos.
  size_t NextOf(std::string_view bytes, size_t from) const;

  std::string_view text_;
  std::vector<size_t> positions_;
};

}  // namespace kg::extract::internal

#endif  // KG_EXTRACT_INTERNAL_WORD_STARTS_H_
