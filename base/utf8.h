// kg's one UTF-8 decoder (utf8proc's), the repair of bad bytes it implies,
// and what a word is made of.
//
//   kg::Utf8Char c = kg::DecodeUtf8("Łódź", 0);     // {U+0141, 2, true}
//   kg::DecodeUtf8("a\xFF", 1);                      // {U+FFFD, 1, false}
//
//   std::vector<size_t> replaced;
//   std::string text = kg::RepairUtf8("a\xFF" "b", &replaced);
//   // text == "a\xEF\xBF\xBD" "b", replaced == {1}
//   kg::OriginalOffset(replaced, 4);                 // == 2, the 'b'
//
// Well-formed means Table 3-7 of the Unicode standard: no stray
// continuation byte, no C0/C1/F5-FF lead byte, no truncated or overlong
// sequence, no surrogate, nothing above U+10FFFF. Every byte that does not
// start a well-formed sequence is one bad byte: decoding restarts at the
// next byte, so each bad byte becomes one U+FFFD (3 bytes) when repaired,
// the same wherever kg decodes (documents, names, XML output).
#ifndef KG_BASE_UTF8_H_
#define KG_BASE_UTF8_H_

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace kg {

/// The UTF-8 byte order mark, which some editors put before a text.
inline constexpr std::string_view kUtf8Bom = "\xEF\xBB\xBF";

inline constexpr char32_t kReplacementChar = 0xFFFD;

/// One decoded character: its code point and length in bytes. A bad byte
/// is {U+FFFD, 1, false}; a U+FFFD written in the input is valid.
struct Utf8Char {
  char32_t cp = kReplacementChar;
  size_t length = 1;
  bool valid = false;
};

/// The character that starts at text[pos]. REQUIRES: pos < text.size().
Utf8Char DecodeUtf8(std::string_view text, size_t pos);
/// The code point of the character that ends just before text[pos]: 0 at
/// the start, U+FFFD if the bytes before pos do not end a valid character.
char32_t DecodeUtf8Before(std::string_view text, size_t pos);
/// Appends the UTF-8 of `cp` (a scalar value) to *out.
void AppendUtf8(char32_t cp, std::string* out);

/// True for what words are made of: letters, combining marks and digits
/// (Unicode categories L*, M* and N*). Punctuation, symbols, spaces,
/// controls, unassigned code points and U+FFFD are not.
bool IsWordChar(char32_t cp);
/// True for upper-case letters (Unicode category Lu).
bool IsUpperLetter(char32_t cp);
/// True for letters and combining marks (categories L* and M*).
bool IsLetterOrMark(char32_t cp);

/// Returns `bytes` with every bad byte replaced by U+FFFD. If
/// `replacements` is not null it receives, ascending, the offset in the
/// returned string of each U+FFFD inserted (it is cleared first).
std::string RepairUtf8(std::string_view bytes,
                       std::vector<size_t>* replacements);

/// Maps offset `pos` of a repaired string back to the input's byte offset,
/// given the `replacements` RepairUtf8 recorded. A `pos` inside an inserted
/// U+FFFD maps to the bad byte it replaced.
size_t OriginalOffset(const std::vector<size_t>& replacements, size_t pos);

/// The warning for a non-empty `replacements`: "<where>: invalid UTF-8 at
/// byte N replaced by U+FFFD", N the first bad byte's input offset, plus
/// " (and K more)" when there are K further replacements.
std::string InvalidUtf8Warning(std::string_view where,
                               const std::vector<size_t>& replacements);

}  // namespace kg

#endif  // KG_BASE_UTF8_H_
