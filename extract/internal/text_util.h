// Word helpers shared by the matchers (letters are base/utf8.h's
// IsWordChar).
#ifndef KG_EXTRACT_INTERNAL_TEXT_UTIL_H_
#define KG_EXTRACT_INTERNAL_TEXT_UTIL_H_

#include <cstdint>
#include <string>
#include <string_view>

namespace kg::extract::internal {

/// True iff a word or name beginning at `pos` is not glued to a letter or
/// digit before it (one that itself begins with punctuation never is).
inline bool StartsFree(std::string_view text, size_t pos);
/// StartsFree for any text (the inline one decides ASCII itself: it is
/// asked at every byte of every sentence).
bool StartsFreeSlow(std::string_view text, size_t pos);
/// RE2's \w on one byte: [0-9A-Za-z_] (IsAsciiWordByte below leaves '_'
/// out).
constexpr bool IsRe2WordByte(unsigned char c) {
  return (c >= '0' && c <= '9') || ((c | 0x20) >= 'a' && (c | 0x20) <= 'z') ||
         c == '_';
}
/// True iff [begin, end) is not glued to a letter or digit on either side.
bool IsWholeWord(std::string_view text, size_t begin, size_t end);
/// ASCII lower-casing.
std::string AsciiLower(std::string_view s);
/// Lower-case ASCII slug: "Mark Carney" -> "mark-carney"; Latin letters with
/// diacritics lose them ("Tô Lâm" -> "to-lam").
std::string Slug(std::string_view name);

constexpr bool IsAsciiWordByte(unsigned char c) {
  return (c >= '0' && c <= '9') || ((c | 0x20) >= 'a' && (c | 0x20) <= 'z');
}

/// The position after the run of ASCII letters and digits that ends at or
/// after pos + 1: a scan that has tried `pos` may go on from there, since
/// no position inside such a run after its first byte StartsFree.
///   NextCandidate("Kremlin said", 0);   // 7
///   NextCandidate("Kremlin said", 7);   // 8 (a space: one step)
inline size_t NextCandidate(std::string_view text, size_t pos) {
  if (!IsAsciiWordByte(static_cast<unsigned char>(text[pos]))) return pos + 1;
  ++pos;
  while (pos < text.size() &&
         IsAsciiWordByte(static_cast<unsigned char>(text[pos])))
    ++pos;
  return pos;
}

inline bool StartsFree(std::string_view text, size_t pos) {
  if (pos == 0) return true;
  const unsigned char before = static_cast<unsigned char>(text[pos - 1]);
  if (before >= 0x80) return StartsFreeSlow(text, pos);
  if (!IsAsciiWordByte(before)) return true;
  if (pos >= text.size()) return false;
  const unsigned char here = static_cast<unsigned char>(text[pos]);
  return here < 0x80 ? !IsAsciiWordByte(here) : StartsFreeSlow(text, pos);
}

}  // namespace kg::extract::internal

#endif  // KG_EXTRACT_INTERNAL_TEXT_UTIL_H_
