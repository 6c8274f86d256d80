#include "export/internal/xml_text.h"

#include <charconv>
#include <cmath>
#include <cstddef>
#include <cstdint>
#include <system_error>

#include "base/utf8.h"

namespace kg::exporter::internal {
namespace {

constexpr std::string_view kReplacement = "\xEF\xBF\xBD";  // U+FFFD

// Characters XML 1.0 forbids beyond the C0 controls: U+FFFE and U+FFFF
// (surrogates never decode: base/utf8.h makes their bytes bad bytes).
bool IsNonCharacter(char32_t cp) { return cp == 0xFFFE || cp == 0xFFFF; }

}  // namespace

std::string XmlEscape(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  for (size_t i = 0; i < text.size();) {
    const Utf8Char d = DecodeUtf8(text, i);
    const char32_t cp = d.cp;
    if (!d.valid) {
      out += kReplacement;
    } else if (cp < 0x80) {
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
    } else if (!IsNonCharacter(cp)) {
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
