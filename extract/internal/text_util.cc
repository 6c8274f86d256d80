#include "extract/internal/text_util.h"

#include "base/name_fold.h"
#include "base/utf8.h"

namespace kg::extract::internal {

bool StartsFreeSlow(std::string_view text, size_t pos) {
  if (pos == 0 || !IsWordChar(DecodeUtf8Before(text, pos))) return true;
  // A name that itself starts with punctuation is glued to nothing.
  return pos < text.size() && !IsWordChar(DecodeUtf8(text, pos).cp);
}

bool IsWholeWord(std::string_view text, size_t begin, size_t end) {
  if (!StartsFree(text, begin)) return false;
  if (end < text.size() && IsWordChar(DecodeUtf8(text, end).cp) &&
      IsWordChar(DecodeUtf8Before(text, end)))
    return false;
  return true;
}

std::string AsciiLower(std::string_view s) {
  std::string out(s);
  for (char& c : out)
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  return out;
}

std::string Slug(std::string_view name) {
  std::string folded = FoldName(name);
  for (char& c : folded)
    if (c == ' ') c = '-';
  return folded;
}

}  // namespace kg::extract::internal
