#include "extract/internal/mood_words.h"

#include <doctest/doctest.h>
#include <re2/re2.h>

#include <string>
#include <vector>

namespace kg::extract::internal {
namespace {

TEST_CASE("MoodWords: each mood on sentences of its own") {
  const MoodWords mood;
  auto all = [&](std::string_view t) {
    const uint32_t open = mood.Open(t);
    return std::string(mood.Negated(t, open) ? "N" : "") +
           (mood.Modal(t, open) ? "M" : "") +
           (mood.Hearsay(t, open) ? "H" : "") +
           (mood.Condition(t, open) ? "C" : "");
  };
  CHECK(all("X has not met Y") == "N");
  CHECK(all("X DIDN'T meet Y") == "N");
  CHECK(all("X could meet Y") == "M");
  CHECK(all("X Could meet Y") == "");  // the modals are lower case
  CHECK(all("In May 2015 X met Y") == "");
  CHECK(all("X reportedly met Y") == "H");
  CHECK(all("According to Kyodo, X met Y") == "H");
  CHECK(all("If X meets Y") == "C");  // a modal only in lower case
  CHECK(all("if X meets Y") == "MC");
  CHECK(all("X notably met Y") == "");
  CHECK(all("") == "");
}

// The gates never keep a pattern from a text it matches: every substring
// of sentences written to probe the words' edges gives RE2's answer.
TEST_CASE("MoodWords: agrees with the patterns it gates") {
  const MoodWords mood;
  const std::vector<std::string> sentences = {
      "X has not met Y, and never will; neither did Z nor W.",
      "They no longer talk. It refused to sign but declined to say.",
      "X failed to meet Y. She won't, he can't, they don't, NOT ever.",
      "X could, would, might or may meet Y; it should and will, shall.",
      "If so, unless X, whether Y: X plans to and intends to, plan to.",
      "X reportedly, allegedly, purportedly met Y; Kyodo reported that X met.",
      "Reuters reports that Y claimed that Z claims that W alleged that.",
      "X alleges that Y was rumored, and rumoured, to meet Z.",
      "according to Kyodo, X met Y; According To the paper and its staff, no",
      "X knot nevertheless ignored; ifs and buts; Mayor Will; Could Shall",
      "The \xE2\x84\xAA sign and a long \xC5\xBF: reportedly \xC5\xBFhould",
      "n't 't no_t not1 _not reported  that clai\xC5\xBF that",
  };
  int matched = 0;
  for (const std::string& s : sentences) {
    for (size_t b = 0; b <= s.size(); ++b) {
      for (size_t e = b; e <= s.size(); ++e) {
        const std::string_view t = std::string_view(s).substr(b, e - b);
        const uint32_t open = mood.Open(t);
        const bool n = RE2::PartialMatch(t, mood.pattern(MoodWords::kNegation));
        const bool m = RE2::PartialMatch(t, mood.pattern(MoodWords::kModality));
        const bool h = RE2::PartialMatch(t, mood.pattern(MoodWords::kHearsay));
        const bool c = RE2::PartialMatch(t, mood.pattern(MoodWords::kCondition));
        matched += n + m + h + c;
        if (mood.Negated(t, open) != n || mood.Modal(t, open) != m ||
            mood.Hearsay(t, open) != h || mood.Condition(t, open) != c) {
          CAPTURE(t);
          CHECK(mood.Negated(t, open) == n);
          CHECK(mood.Modal(t, open) == m);
          CHECK(mood.Hearsay(t, open) == h);
          CHECK(mood.Condition(t, open) == c);
        }
      }
    }
  }
  CHECK(matched > 10000);
}

}  // namespace
}  // namespace kg::extract::internal
