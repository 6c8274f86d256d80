#include "base/name_fold.h"

#include <utf8proc.h>

#include <algorithm>
#include <vector>

#include "base/utf8.h"

namespace kg {
namespace {

// Latin letters Unicode gives no decomposition (a stroke, a bar, a hook or
// a ligature is part of the letter), after case folding, spelt as a reader
// of English would type them.
std::string_view SpellUndecomposed(char32_t c) {
  static constexpr struct {
    char32_t letter;
    std::string_view ascii;
  } kLetters[] = {
      {0xE6, "ae"},   {0xF0, "d"},   {0xF8, "o"},   {0xFE, "th"},
      {0x111, "d"},   {0x127, "h"},  {0x131, "i"},  {0x138, "k"},
      {0x142, "l"},   {0x14B, "ng"}, {0x153, "oe"}, {0x167, "t"},
      {0x180, "b"},   {0x183, "b"},  {0x188, "c"},  {0x18C, "d"},
      {0x192, "f"},   {0x199, "k"},  {0x19A, "l"},  {0x1A5, "p"},
      {0x1AB, "t"},   {0x1AD, "t"},  {0x1B4, "y"},  {0x1B6, "z"},
      {0x1E5, "g"},   {0x223, "ou"}, {0x225, "z"},  {0x234, "l"},
      {0x235, "n"},   {0x236, "t"},  {0x237, "j"},  {0x23C, "c"},
      {0x247, "e"},   {0x249, "j"},  {0x24B, "q"},  {0x24D, "r"},
      {0x24F, "y"},   {0x253, "b"},  {0x255, "c"},  {0x256, "d"},
      {0x257, "d"},   {0x260, "g"},  {0x266, "h"},  {0x268, "i"},
      {0x26B, "l"},   {0x26C, "l"},  {0x26D, "l"},  {0x271, "m"},
      {0x272, "n"},   {0x273, "n"},  {0x27D, "r"},  {0x282, "s"},
      {0x288, "t"},   {0x289, "u"},  {0x290, "z"},  {0x291, "z"},
      {0x1D6B, "ue"}, {0x2C65, "a"}, {0x2C66, "t"}, {0x2C68, "h"},
      {0x2C6A, "k"},  {0x2C6C, "z"}, {0xA749, "l"}, {0xA757, "q"},
      {0xA759, "q"},
  };
  for (const auto& l : kLetters)
    if (l.letter == c) return l.ascii;
  return {};
}

// Appends the folded spelling of the word character `c` (not ASCII), whose
// UTF-8 is `written`: the ASCII base of a Latin letter, else `written`.
void AppendFolded(char32_t c, std::string_view written, std::string* out) {
  utf8proc_int32_t parts[18];
  int boundclass = UTF8PROC_BOUNDCLASS_START;
  const utf8proc_ssize_t n = utf8proc_decompose_char(
      static_cast<utf8proc_int32_t>(c), parts, 18,
      static_cast<utf8proc_option_t>(UTF8PROC_DECOMPOSE | UTF8PROC_COMPAT |
                                     UTF8PROC_CASEFOLD | UTF8PROC_STRIPMARK),
      &boundclass);
  std::string ascii;
  bool latin = n > 0 && n <= 18;
  for (utf8proc_ssize_t i = 0; latin && i < n; ++i) {
    const auto p = static_cast<char32_t>(parts[i]);
    if (p < 0x80) {
      // A compatibility form may carry punctuation ("ŀ" is "l·"): dropped.
      if (IsWordChar(p)) ascii += static_cast<char>(p);
    } else if (std::string_view spelt = SpellUndecomposed(p); !spelt.empty()) {
      ascii += spelt;
    } else if (IsWordChar(p)) {
      latin = false;  // a letter of another script
    }
  }
  if (latin && !ascii.empty())
    *out += ascii;
  else
    out->append(written);
}

}  // namespace

std::string FoldName(std::string_view name) {
  std::string out;
  bool space = false;
  for (size_t i = 0; i < name.size();) {
    const Utf8Char c = DecodeUtf8(name, i);
    if (IsWordChar(c.cp)) {
      if (space && !out.empty()) out += ' ';
      space = false;
      if (c.cp < 0x80)
        out += static_cast<char>(c.cp >= 'A' && c.cp <= 'Z' ? c.cp - 'A' + 'a'
                                                            : c.cp);
      else
        AppendFolded(c.cp, name.substr(i, c.length), &out);
    } else {
      space = true;
    }
    i += c.length;
  }
  return out;
}

size_t EditDistance(std::string_view a, std::string_view b) {
  auto decode = [](std::string_view s) {
    std::u32string out;
    for (size_t i = 0; i < s.size();) {
      const Utf8Char c = DecodeUtf8(s, i);
      out += c.cp;
      i += c.length;
    }
    return out;
  };
  const std::u32string x = decode(a), y = decode(b);
  std::vector<size_t> row(y.size() + 1);
  for (size_t j = 0; j <= y.size(); ++j) row[j] = j;
  for (size_t i = 1; i <= x.size(); ++i) {
    size_t diagonal = row[0];
    row[0] = i;
    for (size_t j = 1; j <= y.size(); ++j) {
      const size_t above = row[j];
      row[j] = std::min({row[j] + 1, row[j - 1] + 1,
                         diagonal + (x[i - 1] == y[j - 1] ? 0 : 1)});
      diagonal = above;
    }
  }
  return row[y.size()];
}

}  // namespace kg
