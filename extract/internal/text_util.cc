#include "extract/internal/text_util.h"

namespace kg::extract::internal {
namespace {

// Base letter of a Latin-1 / Latin Extended-A / Vietnamese letter, or 0.
char FoldLatin(char32_t c) {
  if (c < 0x80) return static_cast<char>(c);
  static const struct {
    char32_t lo, hi;
    char base;
  } kRanges[] = {
      {0xC0, 0xC5, 'a'},     {0xC7, 0xC7, 'c'},     {0xC8, 0xCB, 'e'},
      {0xCC, 0xCF, 'i'},     {0xD1, 0xD1, 'n'},     {0xD2, 0xD6, 'o'},
      {0xD8, 0xD8, 'o'},     {0xD9, 0xDC, 'u'},     {0xDD, 0xDD, 'y'},
      {0xE0, 0xE5, 'a'},     {0xE7, 0xE7, 'c'},     {0xE8, 0xEB, 'e'},
      {0xEC, 0xEF, 'i'},     {0xF1, 0xF1, 'n'},     {0xF2, 0xF6, 'o'},
      {0xF8, 0xF8, 'o'},     {0xF9, 0xFC, 'u'},     {0xFD, 0xFF, 'y'},
      {0x100, 0x105, 'a'},   {0x106, 0x10D, 'c'},   {0x10E, 0x111, 'd'},
      {0x112, 0x11B, 'e'},   {0x11C, 0x123, 'g'},   {0x124, 0x127, 'h'},
      {0x128, 0x131, 'i'},   {0x134, 0x135, 'j'},   {0x136, 0x137, 'k'},
      {0x139, 0x142, 'l'},   {0x143, 0x148, 'n'},   {0x14C, 0x151, 'o'},
      {0x154, 0x159, 'r'},   {0x15A, 0x161, 's'},   {0x162, 0x167, 't'},
      {0x168, 0x173, 'u'},   {0x174, 0x175, 'w'},   {0x176, 0x178, 'y'},
      {0x179, 0x17E, 'z'},   {0x1A0, 0x1A1, 'o'},   {0x1AF, 0x1B0, 'u'},
      {0x1EA0, 0x1EB7, 'a'}, {0x1EB8, 0x1EC7, 'e'}, {0x1EC8, 0x1ECB, 'i'},
      {0x1ECC, 0x1EE3, 'o'}, {0x1EE4, 0x1EF1, 'u'}, {0x1EF2, 0x1EF9, 'y'},
  };
  for (const auto& r : kRanges)
    if (c >= r.lo && c <= r.hi) return r.base;
  return 0;
}

}  // namespace

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

bool IsWholeWord(std::string_view text, size_t begin, size_t end) {
  if (begin > 0 && IsWordChar(DecodeBefore(text, begin))) {
    // A name that itself starts with punctuation is glued to nothing.
    size_t len = 0;
    if (IsWordChar(DecodeAt(text, begin, &len))) return false;
  }
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

std::string FoldName(std::string_view name) {
  std::string out;
  bool space = false;
  for (size_t i = 0; i < name.size();) {
    size_t len = 0;
    char32_t c = DecodeAt(name, i, &len);
    char f = FoldLatin(c);
    if (f != 0 && IsWordChar(c)) {
      if (space && !out.empty()) out += ' ';
      space = false;
      out += static_cast<char>(f >= 'A' && f <= 'Z' ? f - 'A' + 'a' : f);
    } else if (f == 0 && IsWordChar(c)) {
      if (space && !out.empty()) out += ' ';
      space = false;
      out.append(name.substr(i, len));  // other scripts kept as they are
    } else {
      space = true;
    }
    i += len;
  }
  return out;
}

std::string Slug(std::string_view name) {
  std::string folded = FoldName(name);
  for (char& c : folded)
    if (c == ' ') c = '-';
  return folded;
}

}  // namespace kg::extract::internal
