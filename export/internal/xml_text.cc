#include "export/internal/xml_text.h"

#include <array>
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

// Bytes copied as they are: printable ASCII but the five markup
// characters. A run of them is appended at once: most text is such runs.
constexpr std::array<bool, 128> kVerbatim = [] {
  std::array<bool, 128> t{};
  for (int c = 0x20; c < 0x80; ++c)
    t[c] = c != '&' && c != '<' && c != '>' && c != '"' && c != '\'';
  return t;
}();

}  // namespace

std::string XmlEscape(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  AppendXmlEscaped(text, &out);
  return out;
}

void AppendXmlEscaped(std::string_view text, std::string* out) {
  for (size_t i = 0; i < text.size();) {
    size_t run = i;
    while (run < text.size() && static_cast<unsigned char>(text[run]) < 0x80 &&
           kVerbatim[static_cast<unsigned char>(text[run])])
      ++run;
    out->append(text.data() + i, run - i);
    i = run;
    if (i == text.size()) break;
    const Utf8Char d = DecodeUtf8(text, i);
    const char32_t cp = d.cp;
    if (!d.valid) {
      out->append(kReplacement);
    } else if (cp < 0x80) {
      switch (cp) {
        case '&':
          out->append("&amp;");
          break;
        case '<':
          out->append("&lt;");
          break;
        case '>':
          out->append("&gt;");
          break;
        case '"':
          out->append("&quot;");
          break;
        case '\'':
          out->append("&apos;");
          break;
        case '\r':
          out->append("&#13;");
          break;
        case '\t':
        case '\n':
          out->push_back(static_cast<char>(cp));
          break;
        default:
          break;  // other C0 controls are illegal in XML 1.0: dropped
      }
    } else if (!IsNonCharacter(cp)) {
      out->append(text.substr(i, d.length));
    }
    i += d.length;
  }
}

std::string FormatDouble(double value) {
  std::string out;
  AppendFormattedDouble(value, &out);
  return out;
}

void AppendFormattedDouble(double value, std::string* out) {
  if (std::isnan(value)) {
    out->append("NaN");
    return;
  }
  if (std::isinf(value)) {
    out->append(value < 0 ? "-INF" : "INF");
    return;
  }
  char buffer[64];
  const std::to_chars_result r =
      std::to_chars(buffer, buffer + sizeof buffer, value);
  if (r.ec != std::errc()) {  // cannot happen: 64 bytes suffice
    out->append("NaN");
    return;
  }
  out->append(buffer, r.ptr);
}

}  // namespace kg::exporter::internal
