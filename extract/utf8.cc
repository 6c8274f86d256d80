#include "extract/utf8.h"

#include <algorithm>

namespace kg::extract {
namespace {

constexpr std::string_view kReplacement = "\xEF\xBF\xBD";

bool InRange(unsigned char c, unsigned char lo, unsigned char hi) {
  return c >= lo && c <= hi;
}

// Length of the well-formed sequence at the start of `s`, or 0. The second
// byte's range depends on the lead byte: that is where overlong forms (E0,
// F0), surrogates (ED) and code points above U+10FFFF (F4) are excluded, as
// in Table 3-7 of the Unicode standard.
size_t ValidSequenceLength(std::string_view s) {
  const auto c0 = static_cast<unsigned char>(s[0]);
  if (c0 < 0x80) return 1;
  size_t length = 0;
  unsigned char lo = 0x80;
  unsigned char hi = 0xBF;
  if (InRange(c0, 0xC2, 0xDF)) {
    length = 2;
  } else if (InRange(c0, 0xE0, 0xEF)) {
    length = 3;
    if (c0 == 0xE0) lo = 0xA0;
    if (c0 == 0xED) hi = 0x9F;
  } else if (InRange(c0, 0xF0, 0xF4)) {
    length = 4;
    if (c0 == 0xF0) lo = 0x90;
    if (c0 == 0xF4) hi = 0x8F;
  } else {
    return 0;  // a continuation byte, C0, C1 or F5-FF
  }
  if (s.size() < length) return 0;
  if (!InRange(static_cast<unsigned char>(s[1]), lo, hi)) return 0;
  for (size_t i = 2; i < length; ++i) {
    if (!InRange(static_cast<unsigned char>(s[i]), 0x80, 0xBF)) return 0;
  }
  return length;
}

}  // namespace

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
    const size_t length = ValidSequenceLength(bytes.substr(i));
    if (length > 0) {
      out.append(bytes.substr(i, length));
      i += length;
    } else {
      if (replacements != nullptr) replacements->push_back(out.size());
      out.append(kReplacement);
      ++i;
    }
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
  if (replacements.size() > 1) {
    out += " (and " + std::to_string(replacements.size() - 1) + " more)";
  }
  return out;
}

}  // namespace kg::extract
