// Fuzzes the date normalizer: any sentence, with any year anchor and
// document date, gives date mentions in order, inside the sentence, each an
// EDTF value that kg's own graph loader accepts (what `kg extract` writes,
// `kg build` must read).
#include <algorithm>
#include <cstdint>
#include <cstdio>
#include <string>
#include <string_view>

#include "extract/date_normalizer.h"
#include "base/utf8.h"
#include "graph/date_range.h"
#include "tests/fuzz/fuzz_check.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  // The first 6 bytes, when there, choose the context: a year anchor
  // (0 = none) and a document date (year 0 = none).
  kg::extract::DateContext ctx;
  if (size >= 6) {
    const int anchor = (data[0] << 8 | data[1]) % 3000;
    if (anchor != 0) {
      ctx.year_anchor = anchor;
      ctx.year_anchor_source = data[2] & 1
                                   ? kg::DateSource::kSection
                                   : kg::DateSource::kParagraph;
    }
    const int year = (data[3] << 8 | data[4]) % 3000;
    if (year != 0) {
      // A real date, as DocumentReader gives: day 0 (unknown) to 28 fits
      // every month, and a day needs a month.
      const int month = data[5] % 13;
      const int day = month == 0 ? 0 : std::min((data[5] >> 4) * 2, 28);
      ctx.document_date = kg::CivilDate{year, month, day};
    }
    data += 6;
    size -= 6;
  }
  // Sentences reach the normalizer as valid UTF-8 (Document::text).
  const std::string sentence = kg::RepairUtf8(
      std::string_view(reinterpret_cast<const char*>(data), size), nullptr);

  static const kg::extract::DateNormalizer normalizer;
  size_t at = 0;
  for (const auto& m : normalizer.Find(sentence, ctx)) {
    FUZZ_CHECK(m.span.begin >= at && m.span.begin < m.span.end &&
               m.span.end <= sentence.size());
    at = m.span.end;
    kg::graph::DateRange range;
    if (!kg::graph::ParseEdtf(m.edtf, &range)) {
      std::fprintf(stderr, "not EDTF kg reads: \"%s\"\n", m.edtf.c_str());
      FUZZ_CHECK(false);
    }
  }
  return 0;
}
