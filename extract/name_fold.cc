#include "extract/name_fold.h"

#include <algorithm>
#include <vector>

#include "extract/internal/text_util.h"

namespace kg::extract {
namespace {

// The lowercase ASCII spelling of a Latin letter above ASCII, or "".
std::string_view FoldLatin(char32_t c) {
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

}  // namespace

std::string FoldName(std::string_view name) {
  std::string out;
  bool space = false;
  for (size_t i = 0; i < name.size();) {
    size_t len = 0;
    char32_t c = internal::DecodeAt(name, i, &len);
    if (internal::IsWordChar(c)) {
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

size_t EditDistance(std::string_view a, std::string_view b) {
  auto decode = [](std::string_view s) {
    std::u32string out;
    for (size_t i = 0, len = 0; i < s.size(); i += len)
      out += internal::DecodeAt(s, i, &len);
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

}  // namespace kg::extract
