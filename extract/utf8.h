// UTF-8 repair: makes any byte string valid UTF-8 and remembers where.
//
//   std::vector<size_t> replaced;
//   std::string text = kg::extract::RepairUtf8("a\xFF" "b", &replaced);
//   // text == "a\xEF\xBF\xBD" "b", replaced == {1}
//   kg::extract::OriginalOffset(replaced, 4);  // == 2, the 'b'
//
// Every byte that does not start or continue a well-formed sequence (a stray
// continuation byte, C0/C1/F5-FF, a truncated sequence, an overlong form, a
// surrogate, a code point above U+10FFFF) becomes one U+FFFD (3 bytes), so
// each replacement moves the bytes after it by +2. Only the first byte of a
// broken sequence is replaced; decoding restarts at the next byte (which is
// then replaced too if it cannot start a sequence). A U+FFFD already present
// in the input is valid and is not recorded.
//
// Internal to kg::extract (Document and DocumentReader use it).
#ifndef KG_EXTRACT_UTF8_H_
#define KG_EXTRACT_UTF8_H_

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace kg::extract {

/// Returns `bytes` with every invalid byte replaced by U+FFFD. If
/// `replacements` is not null it receives, ascending, the offset in the
/// returned string of each U+FFFD inserted (it is cleared first).
std::string RepairUtf8(std::string_view bytes,
                       std::vector<size_t>* replacements);

/// Maps offset `pos` of a repaired string back to the input's byte offset,
/// given the `replacements` RepairUtf8 recorded. A `pos` inside an inserted
/// U+FFFD maps to the invalid byte it replaced.
size_t OriginalOffset(const std::vector<size_t>& replacements, size_t pos);

/// The warning for a non-empty `replacements`: "<where>: invalid UTF-8 at
/// byte N replaced by U+FFFD", N the first invalid byte's input offset, plus
/// " (and K more)" when there are K further replacements.
std::string InvalidUtf8Warning(std::string_view where,
                               const std::vector<size_t>& replacements);

}  // namespace kg::extract

#endif  // KG_EXTRACT_UTF8_H_
