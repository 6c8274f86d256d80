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
bool StartsFree(std::string_view text, size_t pos);
/// True iff [begin, end) is not glued to a letter or digit on either side.
bool IsWholeWord(std::string_view text, size_t begin, size_t end);
/// ASCII lower-casing.
std::string AsciiLower(std::string_view s);
/// Lower-case ASCII slug: "Mark Carney" -> "mark-carney"; Latin letters with
/// diacritics lose them ("Tô Lâm" -> "to-lam").
std::string Slug(std::string_view name);

}  // namespace kg::extract::internal

#endif  // KG_EXTRACT_INTERNAL_TEXT_UTIL_H_
