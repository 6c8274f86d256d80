#include "extract/internal/text_util.h"

#include "extract/name_fold.h"

namespace kg::extract::internal {
namespace {}  // namespace

char32_t DecodeAt(std::string_view text, size_t pos, size_t* len) {
  auto b = [&](size_t i) { return static_cast<unsigned char>(text[i]); };
  unsigned char c = b(pos);
  size_t n = c < 0x80         ? 1
             : (c >> 5) == 6  ? 2
             : (c >> 4) == 14 ? 3
             : (c >> 3) == 30 ? 4
                              : 0;
  if (n == 0 || pos + n > text.size()) {
    *len = 1;
    return 0xFFFD;
  }
  char32_t cp = n == 1   ? c
                : n == 2 ? (c & 0x1F)
                : n == 3 ? (c & 0x0F)
                         : (c & 0x07);
  for (size_t i = 1; i < n; ++i) {
    if ((b(pos + i) & 0xC0) != 0x80) {
      *len = 1;
      return 0xFFFD;
    }
    cp = (cp << 6) | (b(pos + i) & 0x3F);
  }
  *len = n;
  return cp;
}

char32_t DecodeBefore(std::string_view text, size_t pos) {
  if (pos == 0) return 0;
  size_t start = pos - 1;
  while (start > 0 && pos - start < 4 &&
         (static_cast<unsigned char>(text[start]) & 0xC0) == 0x80)
    --start;
  size_t len = 0;
  return DecodeAt(text, start, &len);
}

bool IsWordChar(char32_t c) {
  if (c < 0x80)
    return (c >= '0' && c <= '9') || ((c | 0x20) >= 'a' && (c | 0x20) <= 'z');
  if (c >= 0x80 && c <= 0xBF) return false;      // Latin-1 punctuation, NBSP
  if (c == 0xD7 || c == 0xF7) return false;      // x and division signs
  if (c >= 0x2000 && c <= 0x2BFF) return false;  // punctuation, symbols, arrows
  if (c >= 0x3000 && c <= 0x303F) return false;  // CJK punctuation
  if (c >= 0xFE30 && c <= 0xFE4F) return false;
  if (c >= 0xFF00 && c <= 0xFF0F) return false;
  if (c == 0xFFFD) return false;
  return true;
}

bool StartsFree(std::string_view text, size_t pos) {
  if (pos == 0 || !IsWordChar(DecodeBefore(text, pos))) return true;
  // A name that itself starts with punctuation is glued to nothing.
  size_t len = 0;
  return pos < text.size() && !IsWordChar(DecodeAt(text, pos, &len));
}

bool IsWholeWord(std::string_view text, size_t begin, size_t end) {
  if (!StartsFree(text, begin)) return false;
  if (end < text.size()) {
    size_t len = 0;
    if (IsWordChar(DecodeAt(text, end, &len)) &&
        IsWordChar(DecodeBefore(text, end)))
      return false;
  }
  return true;
}

bool IsUpper(char32_t c) {
  if (c < 0x80) return c >= 'A' && c <= 'Z';
  if (c >= 0xC0 && c <= 0xDE) return c != 0xD7;
  if (c >= 0x100 && c <= 0x17F) return c % 2 == 0;    // Latin Extended-A pairs
  if (c == 0x1A0 || c == 0x1AF) return true;          // Ơ Ư
  if (c >= 0x1EA0 && c <= 0x1EF9) return c % 2 == 0;  // Vietnamese
  if (c >= 0x391 && c <= 0x3AB) return true;          // Greek
  if (c >= 0x400 && c <= 0x42F) return true;          // Cyrillic
  return false;
}

std::string AsciiLower(std::string_view s) {
  std::string out(s);
  for (char& c : out)
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  return out;
}

std::string Slug(std::string_view name) {
  std::string folded = extract::FoldName(name);
  for (char& c : folded)
    if (c == ' ') c = '-';
  return folded;
}

}  // namespace kg::extract::internal
