#include "base/triple.h"

#include <cstdio>

namespace kg {
namespace {

constexpr DateSource kDateSources[] = {
    DateSource::kSentence, DateSource::kParagraph, DateSource::kSection,
    DateSource::kDocument, DateSource::kNone};

// `text` in double quotes, bytes outside printable ASCII as \xNN: a
// message stays one line whatever a file holds.
std::string QuotedField(std::string_view text) {
  std::string out = "\"";
  for (unsigned char c : text) {
    if (c >= 0x20 && c < 0x7F && c != '"' && c != '\\') {
      out += static_cast<char>(c);
    } else {
      char buf[8];
      std::snprintf(buf, sizeof buf, "\\x%02X", c);
      out += buf;
    }
  }
  return out + "\"";
}

}  // namespace

std::string_view DateSourceName(DateSource s) {
  switch (s) {
    case DateSource::kSentence:
      return "sentence";
    case DateSource::kParagraph:
      return "paragraph";
    case DateSource::kSection:
      return "section";
    case DateSource::kDocument:
      return "document";
    case DateSource::kNone:
      break;
  }
  return "none";
}

DateSource DateSourceFromName(std::string_view name) {
  for (DateSource d : kDateSources)
    if (DateSourceName(d) == name) return d;
  return DateSource::kNone;
}

int QuadClass(std::string_view category) {
  if (category.size() != 2 || category[0] < '0' || category[0] > '9' ||
      category[1] < '0' || category[1] > '9')
    return 0;
  const int code = (category[0] - '0') * 10 + (category[1] - '0');
  if (code >= 1 && code <= 5) return 1;
  if (code >= 6 && code <= 8) return 2;
  if (code >= 9 && code <= 13) return 3;
  if (code >= 14 && code <= 20) return 4;
  return 0;
}

std::string FieldDomainError(std::string_view category, int quad_class,
                             double confidence, size_t span_begin,
                             size_t span_end) {
  const int expected = QuadClass(category);
  if (!category.empty() && expected == 0)
    return "\"category\" " + QuotedField(category) +
           " is not a CAMEO root code 01-20";
  if (quad_class != expected)
    return "\"quad_class\" " + std::to_string(quad_class) +
           " does not match category " + QuotedField(category) + " (" +
           std::to_string(expected) + ")";
  // Written this way round so that NaN fails too.
  if (!(confidence >= 0 && confidence <= 1)) {
    char buf[32];
    std::snprintf(buf, sizeof buf, "%g", confidence);
    return std::string("\"confidence\" ") + buf + " is not between 0 and 1";
  }
  if (span_begin > span_end)
    return "\"span\" [" + std::to_string(span_begin) + ", " +
           std::to_string(span_end) + "] ends before it begins";
  return "";
}

}  // namespace kg
