// Loose name matching for ResolveActor: folding case and Latin diacritics,
// and the edit distance between folded names.
//
//   FoldName("TÔ LÂM")            == "to lam"
//   FoldName("xi-jinping")        == "xi jinping"
//   EditDistance("pution", "putin") == 1
//
// graph/ keeps its own copy of the fold rather than including
// extract/internal/text_util.h: internal headers stay in their folder. The
// table is extract's FoldLatin plus the letters that fold to two (ß, æ, œ)
// and ð; both sides of every comparison go through this fold, so a query
// and an actor's id, names and surname always fold the same way.
//
// Header-only: graph/CMakeLists.txt lists the library's sources, and this
// helper is small enough not to need a .cc of its own.
#ifndef KG_GRAPH_INTERNAL_NAME_FOLD_H_
#define KG_GRAPH_INTERNAL_NAME_FOLD_H_

#include <algorithm>
#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace kg::graph::internal {

/// The code point at `pos` of UTF-8 `text`; *len receives its length in
/// bytes. A malformed or truncated sequence is one byte of U+FFFD.
inline char32_t DecodeUtf8At(std::string_view text, size_t pos, size_t* len) {
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
                : n == 2 ? (c & 0x1Fu)
                : n == 3 ? (c & 0x0Fu)
                         : (c & 0x07u);
  for (size_t i = 1; i < n; ++i) {
    if ((b(pos + i) & 0xC0) != 0x80) {
      *len = 1;
      return 0xFFFD;
    }
    cp = (cp << 6) | (b(pos + i) & 0x3Fu);
  }
  *len = n;
  return cp;
}

/// The lowercase ASCII spelling of a Latin-1 / Latin Extended-A /
/// Vietnamese letter (c >= 0x80), or "" for any other code point.
inline std::string_view FoldLatin(char32_t c) {
  static constexpr struct {
    char32_t lo, hi;
    std::string_view base;
  } kRanges[] = {
      {0xC0, 0xC5, "a"},     {0xC6, 0xC6, "ae"},    {0xC7, 0xC7, "c"},
      {0xC8, 0xCB, "e"},     {0xCC, 0xCF, "i"},     {0xD0, 0xD0, "d"},
      {0xD1, 0xD1, "n"},     {0xD2, 0xD6, "o"},     {0xD8, 0xD8, "o"},
      {0xD9, 0xDC, "u"},     {0xDD, 0xDD, "y"},     {0xDF, 0xDF, "ss"},
      {0xE0, 0xE5, "a"},     {0xE6, 0xE6, "ae"},    {0xE7, 0xE7, "c"},
      {0xE8, 0xEB, "e"},     {0xEC, 0xEF, "i"},     {0xF0, 0xF0, "d"},
      {0xF1, 0xF1, "n"},     {0xF2, 0xF6, "o"},     {0xF8, 0xF8, "o"},
      {0xF9, 0xFC, "u"},     {0xFD, 0xFF, "y"},     {0x100, 0x105, "a"},
      {0x106, 0x10D, "c"},   {0x10E, 0x111, "d"},   {0x112, 0x11B, "e"},
      {0x11C, 0x123, "g"},   {0x124, 0x127, "h"},   {0x128, 0x131, "i"},
      {0x134, 0x135, "j"},   {0x136, 0x137, "k"},   {0x139, 0x142, "l"},
      {0x143, 0x148, "n"},   {0x14C, 0x151, "o"},   {0x152, 0x153, "oe"},
      {0x154, 0x159, "r"},   {0x15A, 0x161, "s"},   {0x162, 0x167, "t"},
      {0x168, 0x173, "u"},   {0x174, 0x175, "w"},   {0x176, 0x178, "y"},
      {0x179, 0x17E, "z"},   {0x1A0, 0x1A1, "o"},   {0x1AF, 0x1B0, "u"},
      {0x1EA0, 0x1EB7, "a"}, {0x1EB8, 0x1EC7, "e"}, {0x1EC8, 0x1ECB, "i"},
      {0x1ECC, 0x1EE3, "o"}, {0x1EE4, 0x1EF1, "u"}, {0x1EF2, 0x1EF9, "y"},
  };
  for (const auto& r : kRanges)
    if (c >= r.lo && c <= r.hi) return r.base;
  return {};
}

/// True for letters and digits of any script; false for ASCII punctuation,
/// spaces, Latin-1 symbols and the general punctuation blocks.
inline bool IsNameChar(char32_t c) {
  if (c < 0x80)
    return (c >= '0' && c <= '9') || ((c | 0x20) >= 'a' && (c | 0x20) <= 'z');
  if (c <= 0xBF || c == 0xD7 || c == 0xF7) return false;
  if (c >= 0x2000 && c <= 0x2BFF) return false;
  if (c >= 0x3000 && c <= 0x303F) return false;
  if (c >= 0xFE30 && c <= 0xFE4F) return false;
  if (c >= 0xFF00 && c <= 0xFF0F) return false;
  return c != 0xFFFD;
}

/// Lowercase, diacritics removed, every run of non-letters one space,
/// trimmed: "  Tô  Lâm! " -> "to lam". Letters of other scripts are kept.
inline std::string FoldName(std::string_view name) {
  std::string out;
  bool space = false;
  for (size_t i = 0; i < name.size();) {
    size_t len = 0;
    char32_t c = DecodeUtf8At(name, i, &len);
    if (IsNameChar(c)) {
      if (space && !out.empty()) out += ' ';
      space = false;
      if (c < 0x80) {
        out += static_cast<char>(c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c);
      } else {
        std::string_view f = FoldLatin(c);
        out.append(f.empty() ? name.substr(i, len)
                             : f);  // other scripts as written
      }
    } else {
      space = true;
    }
    i += len;
  }
  return out;
}

/// Levenshtein distance between two UTF-8 strings, counted in code points.
inline size_t EditDistance(std::string_view a, std::string_view b) {
  auto decode = [](std::string_view s) {
    std::u32string out;
    for (size_t i = 0, len = 0; i < s.size(); i += len)
      out += DecodeUtf8At(s, i, &len);
    return out;
  };
  std::u32string x = decode(a), y = decode(b);
  std::vector<size_t> row(y.size() + 1);
  for (size_t j = 0; j <= y.size(); ++j) row[j] = j;
  for (size_t i = 1; i <= x.size(); ++i) {
    size_t diagonal = row[0];
    row[0] = i;
    for (size_t j = 1; j <= y.size(); ++j) {
      size_t above = row[j];
      row[j] = std::min({row[j] + 1, row[j - 1] + 1,
                         diagonal + (x[i - 1] == y[j - 1] ? 0 : 1)});
      diagonal = above;
    }
  }
  return row[y.size()];
}

}  // namespace kg::graph::internal

#endif  // KG_GRAPH_INTERNAL_NAME_FOLD_H_
