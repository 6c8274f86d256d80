#include "base/triple.h"

namespace kg {
namespace {

constexpr DateSource kDateSources[] = {
    DateSource::kSentence, DateSource::kParagraph, DateSource::kSection,
    DateSource::kDocument, DateSource::kNone};

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
  if (category.size() != 2) return 0;
  const int code = (category[0] - '0') * 10 + (category[1] - '0');
  if (code >= 1 && code <= 5) return 1;
  if (code >= 6 && code <= 8) return 2;
  if (code >= 9 && code <= 13) return 3;
  if (code >= 14 && code <= 20) return 4;
  return 0;
}

}  // namespace kg
