#include "export/internal/xml_text.h"

#include <charconv>
#include <cmath>
#include <cstddef>
#include <cstdint>
#include <system_error>

namespace kg::exporter::internal {
namespace {

constexpr std::string_view kReplacement = "\xEF\xBF\xBD";  // U+FFFD

bool IsContinuation(unsigned char b) { return (b & 0xC0) == 0x80; }

void AppendUtf8(char32_t cp, std::string* out) {
  if (cp < 0x80) {
    out->push_back(static_cast<char>(cp));
  } else if (cp < 0x800) {
    out->push_back(static_cast<char>(0xC0 | (cp >> 6)));
    out->push_back(static_cast<char>(0x80 | (cp & 0x3F)));
  } else if (cp < 0x10000) {
    out->push_back(static_cast<char>(0xE0 | (cp >> 12)));
    out->push_back(static_cast<char>(0x80 | ((cp >> 6) & 0x3F)));
    out->push_back(static_cast<char>(0x80 | (cp & 0x3F)));
  } else {
    out->push_back(static_cast<char>(0xF0 | (cp >> 18)));
    out->push_back(static_cast<char>(0x80 | ((cp >> 12) & 0x3F)));
    out->push_back(static_cast<char>(0x80 | ((cp >> 6) & 0x3F)));
    out->push_back(static_cast<char>(0x80 | (cp & 0x3F)));
  }
}

// One decoded sequence starting at text[i]. `length` bytes were consumed;
// `valid` is false for a maximal invalid subpart (Unicode 15, 3.9 U+FFFD
// substitution), which then has length >= 1. Surrogates (ED A0..BF xx) decode
// as valid here so that the caller can pair or drop them.
struct Decoded {
  char32_t cp = 0;
  size_t length = 1;
  bool valid = false;
};

Decoded Decode(std::string_view text, size_t i) {
  const auto b0 = static_cast<unsigned char>(text[i]);
  if (b0 < 0x80) return {b0, 1, true};
  size_t need;
  char32_t cp;
  unsigned char lo = 0x80, hi = 0xBF;  // the allowed range of the 2nd byte
  if (b0 >= 0xC2 && b0 <= 0xDF) {
    need = 1;
    cp = b0 & 0x1Fu;
  } else if (b0 >= 0xE0 && b0 <= 0xEF) {
    need = 2;
    cp = b0 & 0x0Fu;
    if (b0 == 0xE0) lo = 0xA0;  // no overlongs
  } else if (b0 >= 0xF0 && b0 <= 0xF4) {
    need = 3;
    cp = b0 & 0x07u;
    if (b0 == 0xF0) lo = 0x90;  // no overlongs
    if (b0 == 0xF4) hi = 0x8F;  // nothing above U+10FFFF
  } else {
    return {};  // C0, C1, F5..FF, or a stray continuation byte
  }
  size_t len = 1;
  for (size_t k = 0; k < need; ++k, ++len) {
    if (i + len >= text.size()) return {0, len, false};
    const auto b = static_cast<unsigned char>(text[i + len]);
    if (k == 0 ? (b < lo || b > hi) : !IsContinuation(b))
      return {0, len, false};
    cp = (cp << 6) | (b & 0x3Fu);
  }
  return {cp, len, true};
}

bool IsHighSurrogate(char32_t cp) { return cp >= 0xD800 && cp <= 0xDBFF; }
bool IsLowSurrogate(char32_t cp) { return cp >= 0xDC00 && cp <= 0xDFFF; }

}  // namespace

std::string XmlEscape(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  size_t i = 0;
  while (i < text.size()) {
    const Decoded d = Decode(text, i);
    if (!d.valid) {
      out += kReplacement;
      i += d.length;
      continue;
    }
    const char32_t cp = d.cp;
    if (cp < 0x80) {
      switch (cp) {
        case '&':
          out += "&amp;";
          break;
        case '<':
          out += "&lt;";
          break;
        case '>':
          out += "&gt;";
          break;
        case '"':
          out += "&quot;";
          break;
        case '\'':
          out += "&apos;";
          break;
        case '\r':
          out += "&#13;";
          break;
        case '\t':
        case '\n':
          out.push_back(static_cast<char>(cp));
          break;
        default:
          if (cp >= 0x20) out.push_back(static_cast<char>(cp));
          break;  // other C0 controls are illegal in XML 1.0: dropped
      }
    } else if (IsHighSurrogate(cp)) {
      // CESU-8 / WTF-8: a high surrogate followed by a low one is a real
      // character written the Java way; anything else is unpaired.
      if (i + d.length < text.size()) {
        const Decoded next = Decode(text, i + d.length);
        if (next.valid && IsLowSurrogate(next.cp)) {
          AppendUtf8(0x10000 + ((cp - 0xD800) << 10) + (next.cp - 0xDC00),
                     &out);
          i += d.length + next.length;
          continue;
        }
      }
    } else if (IsLowSurrogate(cp) || cp == 0xFFFE || cp == 0xFFFF) {
      // illegal in XML 1.0: dropped
    } else {
      out.append(text.substr(i, d.length));
    }
    i += d.length;
  }
  return out;
}

std::string FormatDouble(double value) {
  if (std::isnan(value)) return "NaN";
  if (std::isinf(value)) return value < 0 ? "-INF" : "INF";
  char buffer[64];
  const std::to_chars_result r =
      std::to_chars(buffer, buffer + sizeof buffer, value);
  if (r.ec != std::errc()) return "NaN";  // cannot happen: 64 bytes suffice
  return std::string(buffer, r.ptr);
}

}  // namespace kg::exporter::internal
