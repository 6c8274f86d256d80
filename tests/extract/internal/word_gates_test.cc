#include "extract/internal/word_gates.h"

#include <doctest/doctest.h>
#include <re2/re2.h>

#include <string>
#include <vector>

#include "extract/internal/mention_candidate.h"

namespace kg::extract::internal {
namespace {

bool Opens(const WordGates& g, int gate, std::string_view text) {
  return (g.Open(text) >> gate & 1) != 0;
}

TEST_CASE("WordGates: a gate opens on one of its key words only") {
  WordGates g;
  const int pairs = g.AddLastWords({"both sides", "the two countries"}, true);
  const int titles = g.AddFirstWords({"Prime Minister", "Secretary"}, false);
  const int dotted = g.AddLastWords({"the U.S."}, true);
  const int quoted = g.AddFirstWords({"'t Hooft"}, true);
  CHECK(pairs == 0);
  CHECK(titles == 1);
  CHECK(Opens(g, pairs, "Both SIDES agreed."));
  CHECK(Opens(g, pairs, "the countries' leaders"));  // a key, not a match
  CHECK_FALSE(Opens(g, pairs, "Kenya and Uganda signed."));
  CHECK_FALSE(Opens(g, pairs, "both sided"));
  CHECK_FALSE(Opens(g, pairs, "side_s"));
  CHECK(Opens(g, pairs, "the two \xE2\x84\xAA"));  // a Kelvin sign
  CHECK(Opens(g, pairs, "\xC5\xBF"));              // a long s
  CHECK_FALSE(Opens(g, titles, "\xC5\xBF"));       // case counts there
  CHECK(Opens(g, titles, "the Prime Minister said"));
  CHECK(Opens(g, titles, "the Secretary-General"));
  CHECK_FALSE(Opens(g, titles, "the prime minister said"));
  CHECK_FALSE(Opens(g, titles, "Secretarya"));
  // A phrase that ends (or begins) in punctuation leaves no key.
  CHECK(Opens(g, dotted, "nothing here"));
  CHECK(Opens(g, quoted, ""));
  CHECK(g.Open("") == 0b1100);
}

TEST_CASE("WordGates: past 32 gates the last bit is shared and open") {
  WordGates g;
  for (int i = 0; i < 32; ++i)
    CHECK(g.AddFirstWords({"w" + std::to_string(i)}, false) == i);
  CHECK(g.AddFirstWords({"extra"}, false) == 31);
  CHECK(g.Open("nothing") == 0x80000000u);
  CHECK(g.Open("w3") == 0x80000008u);
}

// A closed gate must mean no match of the regex built from the same
// phrases: checked over sentences written to probe it.
TEST_CASE("WordGates: closed only where the phrase regex finds nothing") {
  const std::vector<std::string> phrases = {"he",         "she",
                                            "both sides", "the two countries",
                                            "each other", "Foreign Minister",
                                            "al-Bashir"};
  const std::vector<std::string> texts = {"He said both sides would meet.",
                                          "The two Countries met",
                                          "HE",
                                          "she'd",
                                          "the shed",
                                          "Both sidesteps",
                                          "each others",
                                          "each other's",
                                          "foreign minister",
                                          "Foreign Ministers",
                                          "al-Bashir_x",
                                          "x_he",
                                          "1he",
                                          "the two countries2",
                                          "Sheikh",
                                          "\xC5\xBFhe",
                                          "she\xC3\xA9",
                                          "é he é",
                                          "the\ttwo countries",
                                          "both  sides",
                                          "AL-BASHIR"};
  for (bool ignore_case : {true, false}) {
    RE2::Options opt;
    opt.set_case_sensitive(!ignore_case);
    RE2 re(R"(\b(?:)" + Alternation(phrases) + R"()\b)", opt);
    REQUIRE(re.ok());
    WordGates g;
    const int first = g.AddFirstWords(phrases, ignore_case);
    const int last = g.AddLastWords(phrases, ignore_case);
    int matched = 0;
    for (const std::string& t : texts) {
      CAPTURE(t);
      CAPTURE(ignore_case);
      if (RE2::PartialMatch(t, re)) {
        ++matched;
        CHECK(Opens(g, first, t));
        CHECK(Opens(g, last, t));
      }
    }
    CHECK(matched >= 6);  // the table does test something
  }
}

}  // namespace
}  // namespace kg::extract::internal
