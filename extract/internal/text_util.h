// Small UTF-8 and word helpers shared by the matchers.
#ifndef KG_EXTRACT_INTERNAL_TEXT_UTIL_H_
#define KG_EXTRACT_INTERNAL_TEXT_UTIL_H_

#include <cstdint>
#include <string>
#include <string_view>

namespace kg::extract::internal {

/// The code point that starts at text[pos] (U+FFFD for a bad sequence) and
/// its length in bytes through *len.
char32_t DecodeAt(std::string_view text, size_t pos, size_t* len);
/// The code point that ends just before text[pos], or 0 at the start.
char32_t DecodeBefore(std::string_view text, size_t pos);
/// Letters and digits of any script (approximation: ASCII alnum, and
/// non-ASCII code points outside the punctuation and space blocks).
bool IsWordChar(char32_t c);
/// True iff a word or name beginning at `pos` is not glued to a letter or
/// digit before it (one that itself begins with punctuation never is).
bool StartsFree(std::string_view text, size_t pos);
/// True iff [begin, end) is not glued to a letter or digit on either side.
bool IsWholeWord(std::string_view text, size_t begin, size_t end);
/// Upper-case letter (ASCII, Latin-1, Latin Extended, Greek, Cyrillic).
bool IsUpper(char32_t c);
/// ASCII lower-casing.
std::string AsciiLower(std::string_view s);
/// Lower-case ASCII slug: "Mark Carney" -> "mark-carney"; Latin letters with
/// diacritics lose them ("Tô Lâm" -> "to-lam").
std::string Slug(std::string_view name);

}  // namespace kg::extract::internal

#endif  // KG_EXTRACT_INTERNAL_TEXT_UTIL_H_
