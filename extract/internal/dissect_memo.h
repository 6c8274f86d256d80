// DissectMemo: the pieces a date match was taken apart into, remembered by
// the match's text, for the next match with the same text.
//
//   internal::DissectMemo memo;
//   DateParts parts;
//   if (!memo.Get(found, &parts)) {          // parts point into `found`
//     ok = Dissect(found, &parts);
//     memo.Put(found, ok, parts);
//   }
//
// Taking a match apart runs RE2 on the match's bytes alone (no context
// around them), so its result is a function of those bytes; corpora repeat
// their date strings ("in 2019", "March 2020"), and a lookup costs far less
// than the pieces' RE2 calls. Get() rebuilds the pieces at the same offsets
// in the new text. Past kMaxEntries the memo starts over. Not thread-safe:
// one per thread.
#ifndef KG_EXTRACT_INTERNAL_DISSECT_MEMO_H_
#define KG_EXTRACT_INTERNAL_DISSECT_MEMO_H_

#include <array>
#include <cstdint>
#include <string>
#include <string_view>
#include <unordered_map>

#include "extract/internal/piece_re.h"

namespace kg::extract::internal {

class DissectMemo {
 public:
  static constexpr size_t kMaxEntries = 1 << 14;

  /// If `text` was Put(), sets *ok and *parts (pointing into `text`) as
  /// they were for it and returns true.
  bool Get(re2::StringPiece text, bool* ok, DateParts* parts) const;
  /// Remembers `ok` and `parts` (which must point into `text` or be null)
  /// for `text`.
  void Put(re2::StringPiece text, bool ok, const DateParts& parts);

  size_t size() const { return entries_.size(); }

 private:
  struct Entry {
    bool ok = false;
    // Per group: offset in the text and length; offset -1 for none.
    std::array<std::pair<int32_t, int32_t>, kGroupCount> groups;
  };
  std::unordered_map<std::string, Entry> entries_;
};

}  // namespace kg::extract::internal

#endif  // KG_EXTRACT_INTERNAL_DISSECT_MEMO_H_
