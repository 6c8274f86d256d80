#include "extract/internal/name_scanner.h"

#include "base/utf8.h"

namespace kg::extract::internal {
namespace {

// The code point at `pos` and its length; {0, 0} past the end.
Utf8Char At(std::string_view text, size_t pos) {
  if (pos >= text.size()) return {0, 0, false};
  const unsigned char b = static_cast<unsigned char>(text[pos]);
  if (b < 0x80) return {b, 1, true};
  return DecodeUtf8(text, pos);
}

bool IsApostrophe(char32_t cp) { return cp == '\'' || cp == 0x2019; }

// The end of \p{Lu}(...)* at `pos`, or npos.
size_t CapitalizedEnd(std::string_view text, size_t pos) {
  Utf8Char c = At(text, pos);
  if (c.length == 0 || !c.valid || !IsUpperLetter(c.cp))
    return std::string_view::npos;
  size_t end = pos + c.length;
  for (;;) {
    // ASCII first (most names): letters and '-' go on, anything else but
    // an apostrophe ends the word.
    if (end < text.size()) {
      const auto b = static_cast<unsigned char>(text[end]);
      if (b < 0x80 && b != '\'') {
        if (((b | 0x20) >= 'a' && (b | 0x20) <= 'z') || b == '-') {
          ++end;
          continue;
        }
        return end;
      }
    }
    c = At(text, end);
    if (c.length == 0 || !c.valid) return end;
    if (c.cp == '-' || IsLetterOrMark(c.cp)) {
      end += c.length;
      continue;
    }
    if (IsApostrophe(c.cp)) {
      const Utf8Char next = At(text, end + c.length);
      if (next.length != 0 && next.valid && IsUpperLetter(next.cp)) {
        end += c.length + next.length;
        continue;
      }
    }
    return end;
  }
}

}  // namespace

size_t NameWordEnd(std::string_view text, size_t pos) {
  // The optional prefix is tried first, as the regex's greedy ? does.
  std::string_view rest = text.substr(pos < text.size() ? pos : text.size());
  if (rest.size() > 3 &&
      (rest.substr(0, 3) == "al-" || rest.substr(0, 3) == "el-")) {
    if (size_t end = CapitalizedEnd(text, pos + 3);
        end != std::string_view::npos)
      return end;
  }
  return CapitalizedEnd(text, pos);
}

size_t NameRunEnd(std::string_view text, size_t pos, int max_words) {
  size_t end = NameWordEnd(text, pos);
  if (end == std::string_view::npos) return end;
  for (int words = 1; words < max_words; ++words) {
    if (end >= text.size() || text[end] != ' ') break;
    const size_t next = NameWordEnd(text, end + 1);
    if (next == std::string_view::npos) break;
    end = next;
  }
  return end;
}

int NameEnds(std::string_view text, size_t pos,
             const std::vector<std::string>& particles, int max_words,
             size_t* ends) {
  size_t end = NameWordEnd(text, pos);
  if (end == std::string_view::npos) return 0;
  int count = 0;
  ends[count++] = end;
  while (count < max_words && end < text.size() && text[end] == ' ') {
    // The regex tries the particle first (a greedy "?"); a particle is
    // lower case and a name word is not, so at most one way goes on.
    const std::string_view rest = text.substr(end + 1);
    size_t next = std::string_view::npos;
    for (const std::string& p : particles) {
      if (rest.size() > p.size() && rest[p.size()] == ' ' &&
          rest.substr(0, p.size()) == p) {
        next = NameWordEnd(text, end + 1 + p.size() + 1);
        if (next != std::string_view::npos) break;
      }
    }
    if (next == std::string_view::npos) next = NameWordEnd(text, end + 1);
    if (next == std::string_view::npos) break;
    end = next;
    ends[count++] = end;
  }
  return count;
}

}  // namespace kg::extract::internal
