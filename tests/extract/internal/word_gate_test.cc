#include "extract/internal/word_gate.h"

#include <doctest/doctest.h>
#include <re2/re2.h>

#include <string>
#include <vector>

#include "extract/internal/mention_candidate.h"

namespace kg::extract::internal {
namespace {

TEST_CASE("WordGate: opens on a key word, closes otherwise") {
  const std::vector<std::string> pairs = {"both sides", "the two countries"};
  const WordGate last = WordGate::LastWords(pairs, true);
  CHECK(last.MayMatch("Both SIDES agreed."));
  CHECK(last.MayMatch("the countries' leaders"));  // a key, not a match
  CHECK_FALSE(last.MayMatch("Kenya and Uganda signed."));
  CHECK_FALSE(last.MayMatch("both sided"));  // "sided" is no key
  CHECK_FALSE(last.MayMatch("side_s"));
  CHECK(last.MayMatch("the two \xE2\x84\xAA"));  // Kelvin sign: open

  const WordGate first =
      WordGate::FirstWords({"Prime Minister", "Secretary"}, false);
  CHECK(first.MayMatch("the Prime Minister said"));
  CHECK(first.MayMatch("the Secretary-General"));
  CHECK_FALSE(first.MayMatch("the prime minister said"));  // case counts
  CHECK_FALSE(first.MayMatch("Secretarya"));

  // A phrase that ends in punctuation leaves no key: always open.
  CHECK(WordGate::LastWords({"the U.S."}, true).MayMatch("nothing here"));
  CHECK(WordGate::FirstWords({"'t Hooft"}, true).MayMatch("nothing"));
  CHECK(WordGate().MayMatch(""));
  CHECK_FALSE(WordGate::FirstWords({"he", "she"}, true).MayMatch(""));
}

// A closed gate must mean no match of the regex the resolver builds from
// the same phrases: checked over sentences written to probe it.
TEST_CASE("WordGate: closed only where the phrase regex finds nothing") {
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
                                          "both  sides"};
  for (bool ignore_case : {true, false}) {
    RE2::Options opt;
    opt.set_case_sensitive(!ignore_case);
    RE2 re(R"(\b(?:)" + Alternation(phrases) + R"()\b)", opt);
    REQUIRE(re.ok());
    const WordGate first = WordGate::FirstWords(phrases, ignore_case);
    const WordGate last = WordGate::LastWords(phrases, ignore_case);
    for (const std::string& t : texts) {
      CAPTURE(t);
      CAPTURE(ignore_case);
      if (RE2::PartialMatch(t, re)) {
        CHECK(first.MayMatch(t));
        CHECK(last.MayMatch(t));
      }
    }
  }
}

}  // namespace
}  // namespace kg::extract::internal
