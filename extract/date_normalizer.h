// DateNormalizer: finds date expressions in a sentence and writes them as
// EDTF (ISO 8601-2) strings.
//
//   kg::extract::DateNormalizer dates;
//   kg::extract::DateContext ctx;            // no anchors
//   auto found = dates.Find("On 20–22 March 2023, Xi visited Russia.", ctx);
//   // found[0].edtf == "2023-03-20/2023-03-22", found[0].span == {0, 21}
//
// Forms: "2015", "January 2026", "12 March 2016", "March 12, 2016",
// "2016-03-12", "20–22 March 2023", "from 2013 to 2025" / "2008–2009" /
// "between 2013 and 2025" (intervals "2013/2025"), "since 2018" /
// "starting (in|from) 2018" / "after 1979" ("2018/.."), "until 2019" /
// "before 2017" ("../2019"), "mid-2019" / "late 2013" / "early 2020" (the
// year), "the 1990s" ("199X"), "in the 2010s" ("201X"), month-day without a
// year ("on 31 October", "by 28 August"), and, against the document date,
// weekdays ("on Monday") and relative phrases ("yesterday", "last year",
// "next month", "this week" -> the year/month it falls in).
//
// A date without a year takes the year of the nearest explicit year in the
// same sentence (before it, else after it), else ctx.year_anchor; its
// `source` then says where the year came from. A date with neither is
// dropped. Numbers that are not years (amounts "$400 billion", "2,000 km",
// "40 times", "25 in favor", ordinals "19th", "75th") are not dates; a bare
// year must be 1000-2199 and not part of a larger number or a name-like
// token ("2022 Beijing Olympics" still dates 2022).
//
// Thread safety: Find() is const and may be called from many threads.
#ifndef KG_EXTRACT_DATE_NORMALIZER_H_
#define KG_EXTRACT_DATE_NORMALIZER_H_

#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "base/triple.h"
#include "extract/document.h"

namespace kg::extract {

struct DateContext {
  /// Year for a date written without one, and where that year came from
  /// (kParagraph or kSection, as the extractor found it).
  std::optional<int> year_anchor;
  DateSource year_anchor_source = DateSource::kNone;
  /// The document's own date, for weekdays and relative phrases.
  std::optional<CivilDate> document_date;
};

struct DateMention {
  Span span;         ///< byte range in the sentence passed to Find()
  std::string edtf;  ///< "2016", "2016-03", "2016-03-12", "2013/2025",
                     ///< "2018/..", "199X" ...
  /// kSentence when the sentence alone gives the full date; otherwise where
  /// the missing year (or the reference day) came from.
  DateSource source = DateSource::kSentence;
  /// The first year in the value (for anchoring later dates); 0 for "../2019"
  /// style open starts use the end year.
  int year = 0;
  bool operator==(const DateMention&) const = default;
};

class DateNormalizer {
 public:
  DateNormalizer();
  ~DateNormalizer();
  DateNormalizer(const DateNormalizer&) = delete;  // holds RE2 objects
  DateNormalizer& operator=(const DateNormalizer&) = delete;

  /// All date expressions in `sentence`, left to right, not overlapping.
  std::vector<DateMention> Find(std::string_view sentence,
                                const DateContext& ctx) const;

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

}  // namespace kg::extract

#endif  // KG_EXTRACT_DATE_NORMALIZER_H_
