#include "extract/internal/phrase_finder.h"

#include <doctest/doctest.h>
#include <re2/re2.h>

#include <string>
#include <vector>

#include "extract/internal/mention_candidate.h"

namespace kg::extract::internal {
namespace {

using Spans = std::vector<PhraseFinder::Span>;

TEST_CASE("PhraseFinder: examples") {
  const PhraseFinder finder(
      {{"he", "she"}, {"both sides", "the two countries"}, {"the two"}});
  std::vector<Spans> found;
  CHECK(finder.FindAll("Then she said both sides and The Two Countries agreed.",
                       &found) == 7);
  REQUIRE(found.size() == 3);
  CHECK(found[0] == Spans{{5, 8}});
  CHECK(found[1] == Spans{{14, 24}, {29, 46}});
  CHECK(found[2] == Spans{{29, 36}});  // each list on its own
  finder.FindAll("she_he, he's, ahe, he2, HE.", &found);
  CHECK(found[0] == Spans{{8, 10}, {24, 26}});  // \b: '_' and digits glue
  CHECK(finder.usable(0, "she"));
  CHECK_FALSE(finder.usable(0,
                            "\xE2\x84\xAA"  // the Kelvin sign
                            "he"));
  CHECK_FALSE(finder.usable(3, "she"));  // no such list
  CHECK(finder.FindAll("\xC5\xBF"        // the long s
                       "he",
                       &found) == 0);
  CHECK(found[0].empty());
  const PhraseFinder odd({{"he", "(she)"}, {"élan"}, {"ok"}});
  CHECK_FALSE(odd.usable(0, "he"));
  CHECK_FALSE(odd.usable(1, "he"));
  CHECK(odd.usable(2, "he"));
}

// Each list finds what ForEachMatch finds with its regex, at every start
// of sentences written to probe it.
TEST_CASE("PhraseFinder: agrees with the regexes") {
  const std::vector<std::vector<std::string>> lists = {
      {"he", "she", "He"},
      {"the two countries", "both countries", "the two sides", "both sides",
       "their ties", "bilateral ties", "the relations", "the relationship"},
      {"the two leaders", "both leaders", "the two", "the pair", "the two men"},
      {"Secretary", "secretary of state", "the"},
  };
  const PhraseFinder finder(lists);
  std::vector<std::unique_ptr<RE2>> res;
  Status st;
  for (const auto& l : lists)
    res.push_back(
        CompilePattern(R"(\b(?i:)" + Alternation(l) + R"()\b)", "test", &st));
  REQUIRE(st.ok());
  const std::vector<std::string> texts = {
      "He said she and HE met; the two countries, the two leaders and the "
      "two men.",
      "The Two Countries' ties: both sides, bothsides, both  sides, the two.",
      "the relationship, the relations, the relationships and the "
      "relation_ship.",
      "Secretary of State Rubio, the secretary, THE SECRETARY OF STATE's aide.",
      "she_he he2 2he -he- (she) 'he' he’s shé éhe the\ttwo the two-men",
      "the two leaders the two leaders, the pair, thepair, the pairs.",
      "",
      "he",
      "the",
  };
  std::vector<Spans> found;
  for (const std::string& t : texts) {
    CAPTURE(t);
    finder.FindAll(t, &found);
    for (size_t l = 0; l < lists.size(); ++l) {
      CAPTURE(l);
      REQUIRE(finder.usable(l, t));
      Spans want;
      ForEachMatch(*res[l], t,
                   [&](const std::vector<re2::StringPiece>& g, size_t b) {
                     want.push_back({b, b + g[0].size()});
                   });
      CHECK(found[l] == want);
    }
  }
}

}  // namespace
}  // namespace kg::extract::internal
