#include "base/utf8.h"

#include <utf8proc.h>

#include <algorithm>

namespace kg {
namespace {

constexpr std::string_view kReplacement = "\xEF\xBF\xBD";

}  // namespace

Utf8Char DecodeUtf8(std::string_view text, size_t pos) {
  const auto c = static_cast<unsigned char>(text[pos]);
  if (c < 0x80) return {c, 1, true};  // most text is ASCII: no call
  utf8proc_int32_t cp = -1;
  // utf8proc checks exactly Table 3-7 (overlongs, surrogates, > U+10FFFF).
  const utf8proc_ssize_t n = utf8proc_iterate(
      reinterpret_cast<const utf8proc_uint8_t*>(text.data() + pos),
      static_cast<utf8proc_ssize_t>(text.size() - pos), &cp);
  if (n <= 0 || cp < 0) return {};
  return {static_cast<char32_t>(cp), static_cast<size_t>(n), true};
}

char32_t DecodeUtf8Before(std::string_view text, size_t pos) {
  if (pos == 0) return 0;
  size_t start = pos - 1;
  while (start > 0 && pos - start < 4 &&
         (static_cast<unsigned char>(text[start]) & 0xC0) == 0x80)
    --start;
  const Utf8Char c = DecodeUtf8(text, start);
  // A character that does not end at pos (a stray continuation byte after
  // a complete one) is a bad byte.
  return c.valid && start + c.length == pos ? c.cp : kReplacementChar;
}

void AppendUtf8(char32_t cp, std::string* out) {
  utf8proc_uint8_t buffer[4];
  const utf8proc_ssize_t n =
      utf8proc_encode_char(static_cast<utf8proc_int32_t>(cp), buffer);
  out->append(reinterpret_cast<const char*>(buffer), static_cast<size_t>(n));
}

namespace {

// Unicode categories L* and M*, by utf8proc's tables.
bool LetterOrMarkCategory(utf8proc_category_t c) {
  switch (c) {
    case UTF8PROC_CATEGORY_LU:
    case UTF8PROC_CATEGORY_LL:
    case UTF8PROC_CATEGORY_LT:
    case UTF8PROC_CATEGORY_LM:
    case UTF8PROC_CATEGORY_LO:
    case UTF8PROC_CATEGORY_MN:
    case UTF8PROC_CATEGORY_MC:
    case UTF8PROC_CATEGORY_ME:
      return true;
    default:
      return false;
  }
}

utf8proc_category_t CategoryOf(char32_t cp) {
  return utf8proc_category(static_cast<utf8proc_int32_t>(cp));
}

}  // namespace

bool IsWordChar(char32_t cp) {
  if (cp < 0x80)
    return (cp >= '0' && cp <= '9') ||
           ((cp | 0x20) >= 'a' && (cp | 0x20) <= 'z');
  const utf8proc_category_t c = CategoryOf(cp);
  return LetterOrMarkCategory(c) || c == UTF8PROC_CATEGORY_ND ||
         c == UTF8PROC_CATEGORY_NL || c == UTF8PROC_CATEGORY_NO;
}

bool IsUpperLetter(char32_t cp) {
  if (cp < 0x80) return cp >= 'A' && cp <= 'Z';
  return CategoryOf(cp) == UTF8PROC_CATEGORY_LU;
}

bool IsLetterOrMark(char32_t cp) {
  if (cp < 0x80) return (cp | 0x20) >= 'a' && (cp | 0x20) <= 'z';
  return LetterOrMarkCategory(CategoryOf(cp));
}

std::string RepairUtf8(std::string_view bytes,
                       std::vector<size_t>* replacements) {
  if (replacements != nullptr) replacements->clear();
  std::string out;
  out.reserve(bytes.size());
  size_t i = 0;
  while (i < bytes.size()) {
    // Copy a run of ASCII at once: most text is ASCII.
    size_t j = i;
    while (j < bytes.size() && static_cast<unsigned char>(bytes[j]) < 0x80) ++j;
    out.append(bytes.substr(i, j - i));
    i = j;
    if (i == bytes.size()) break;
    const Utf8Char c = DecodeUtf8(bytes, i);
    if (c.valid) {
      out.append(bytes.substr(i, c.length));
    } else {
      if (replacements != nullptr) replacements->push_back(out.size());
      out.append(kReplacement);
    }
    i += c.length;
  }
  return out;
}

size_t OriginalOffset(const std::vector<size_t>& replacements, size_t pos) {
  // Replacements that end at or before `pos` each added 2 bytes.
  const auto ended = std::upper_bound(
      replacements.begin(), replacements.end(), pos,
      [](size_t p, size_t r) { return p < r + kReplacement.size(); });
  const auto before = static_cast<size_t>(ended - replacements.begin());
  if (ended != replacements.end() && *ended < pos) {
    // Inside an inserted U+FFFD: point at the byte it replaced.
    return *ended - 2 * before;
  }
  return pos - 2 * before;
}

std::string InvalidUtf8Warning(std::string_view where,
                               const std::vector<size_t>& replacements) {
  std::string out(where);
  out += ": invalid UTF-8 at byte ";
  // The first replacement has nothing before it to shift it.
  out += std::to_string(replacements.empty() ? 0 : replacements.front());
  out += " replaced by U+FFFD";
  if (replacements.size() > 1)
    out += " (and " + std::to_string(replacements.size() - 1) + " more)";
  return out;
}

}  // namespace kg
