#include "extract/internal/text_util.h"

#include <doctest/doctest.h>

#include <string>
#include <vector>

namespace kg::extract::internal {
namespace {

TEST_CASE("NextCandidate: past the rest of an ASCII word") {
  CHECK(NextCandidate("Kremlin said", 0) == 7);
  CHECK(NextCandidate("Kremlin said", 3) == 7);
  CHECK(NextCandidate("Kremlin said", 7) == 8);  // a space: one step
  CHECK(NextCandidate("G20 summit", 0) == 3);    // digits are word bytes
  CHECK(NextCandidate("Tô Lâm", 0) == 1);        // stops at "ô"
  CHECK(NextCandidate("x", 0) == 1);
  CHECK(NextCandidate("a_b", 0) == 1);  // '_' is no word byte here
}

// Every position it skips is one that StartsFree says no word starts at.
TEST_CASE("NextCandidate: skips only positions that do not start free") {
  const std::vector<std::string> texts = {
      "The Kremlin said on Monday (June 3) that G20 talks in Xi'an resumed.",
      "Tô Lâm and Đặng Thị met al-Sisi; O'Brien’s aides—and 3M's CEO—left.",
      "abc\xE2\x80\x8B"
      "def ÉCOLE école naïve x1y2 _under_score_ end",
  };
  for (const std::string& t : texts) {
    for (size_t pos = 0; pos < t.size(); ++pos) {
      const size_t next = NextCandidate(t, pos);
      CAPTURE(t);
      CAPTURE(pos);
      REQUIRE(next > pos);
      for (size_t skipped = pos + 1; skipped < next; ++skipped)
        CHECK_FALSE(StartsFree(t, skipped));
    }
  }
}

TEST_CASE("IsRe2WordByte: RE2's \\w, byte by byte") {
  for (int c = 0; c < 256; ++c) {
    const bool word = (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') ||
                      (c >= 'A' && c <= 'Z') || c == '_';
    CHECK_MESSAGE(IsRe2WordByte(static_cast<unsigned char>(c)) == word, c);
  }
}

}  // namespace
}  // namespace kg::extract::internal
