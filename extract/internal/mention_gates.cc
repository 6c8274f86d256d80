#include "extract/internal/mention_gates.h"

#include "extract/internal/name_scanner.h"

namespace kg::extract::internal {

bool CommaArticleAt(std::string_view text, size_t pos) {
  if (pos > text.size() || text.substr(pos, 2) != ", ") return false;
  const std::string_view after = text.substr(pos + 2);
  for (std::string_view w : {"the ", "a ", "an ", "then "})
    if (after.substr(0, w.size()) == w) return true;
  return false;
}

bool AppositionMayStart(std::string_view text, size_t pos,
                        const std::vector<std::string>& particles) {
  // A name's ends are unique for each word count, and none is followed by
  // a comma unless the name ends there.
  size_t ends[4];
  const int n = NameEnds(text, pos, particles, 4, ends);
  for (int i = 1; i < n; ++i)
    if (CommaArticleAt(text, ends[i])) return true;
  return false;
}

bool OrgHeadAhead(std::string_view text, size_t pos, const NameTrie& heads,
                  int max_words) {
  // A name word followed by a space ends where NameWordEnd says: no
  // character inside one is a space.
  for (int words = 0; pos < text.size(); ++words) {
    int which = -1;
    if (heads.MayBegin(text[pos]) && heads.Longest(text, pos, &which) > 0)
      return true;
    if (words == max_words) return false;
    const size_t end = NameWordEnd(text, pos);
    if (end == std::string_view::npos || end >= text.size() || text[end] != ' ')
      return false;
    pos = end + 1;
  }
  return false;
}

bool TheTitleAhead(std::string_view text, const NameTrie& titles) {
  auto is_word = [](char c) {
    const auto b = static_cast<unsigned char>(c);
    return (b >= '0' && b <= '9') || ((b | 0x20) >= 'a' && (b | 0x20) <= 'z') ||
           b == '_';
  };
  for (size_t i = text.find("he "); i != std::string_view::npos;
       i = text.find("he ", i + 1)) {
    if (i == 0 || (text[i - 1] != 'T' && text[i - 1] != 't')) continue;
    if (i >= 2 && is_word(text[i - 2])) continue;
    int which = -1;
    if (i + 3 < text.size() && titles.MayBegin(text[i + 3]) &&
        titles.Longest(text, i + 3, &which) > 0)
      return true;
  }
  return false;
}

}  // namespace kg::extract::internal
