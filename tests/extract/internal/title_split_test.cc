#include "extract/internal/title_split.h"

#include <doctest/doctest.h>
#include <re2/re2.h>

#include <string>
#include <vector>

#include "extract/internal/match_groups.h"
#include "extract/internal/mention_candidate.h"
#include "extract/internal/name_scanner.h"

namespace kg::extract::internal {
namespace {

constexpr size_t kNoSplit = std::string_view::npos;

const std::vector<std::string> kTitles = {"President",
                                          "Vice President",
                                          "Prime Minister",
                                          "Deputy Prime Minister",
                                          "Minister",
                                          "Foreign Minister",
                                          "General",
                                          "Secretary",
                                          "General Secretary",
                                          "Secretary General",
                                          "Secretary of State",
                                          "Prince",
                                          "Crown Prince",
                                          "King",
                                          "Mr.",
                                          "Mr",
                                          "Sir",
                                          "leader",
                                          "opposition leader",
                                          "Field Marshal",
                                          "Marshal",
                                          "H.E."};
const std::vector<std::string> kParticles = {"bin", "al",  "de",  "van",
                                             "von", "der", "del", "la"};

// The title-person pattern as MentionFinder builds it.
std::string Pattern() {
  const std::string word = kNameWordPattern;
  std::string particles = "(?:";
  for (const auto& p : kParticles)
    particles += (particles.size() > 3 ? "|" : "") + p;
  particles += ")";
  const std::string name =
      word + "(?: (?:" + particles + " )?" + word + "){0,3}";
  const std::string titles = "(?i:" + Alternation(kTitles) + ")";
  return "(" + titles + "(?: " + titles + ")*) (" + name + ")";
}

TEST_CASE("TitleSplit: where the name begins") {
  const TitleSplit split(kTitles, kParticles);
  struct Row {
    std::string text;
    size_t end;  // the match's end
    size_t name_begin;
  };
  const std::vector<Row> rows = {
      {"President Tsai said", 14, 10},
      {"Foreign Minister Prince Faisal", 30, 24},  // titles stack
      {"Prime Minister Mark Carney", 26, 15},
      {"Deputy Prime Minister Li", 24, 22},
      {"Secretary General Ban Ki-moon", 29, 18},
      {"General Secretary Xi", 20, 18},
      {"Secretary of State Rubio", 24, 19},
      {"PRESIDENT Tsai", 14, 10},                 // any case
      {"opposition leader Juan Guaidó", 30, 18},  // "ó" is 2 bytes
      {"Mr. Mohammed bin Salman", 23, 4},         // a particle
      {"King Prince", 11, 5},                     // the name is "Prince"
      {"Crown Prince Mohammed", 21, 13},
      {"President Xi", 10, kNoSplit},  // no name fits: RE2's call
      {"Presidentx Xi", 13, kNoSplit},
      {"Mar\xE2\x84\xAAhal Kim", 13, kNoSplit},  // Kelvin sign: RE2's call
  };
  for (const Row& r : rows) {
    CAPTURE(r.text);
    CHECK(split.NameBegin(r.text, 0, r.end) == r.name_begin);
  }
  CHECK(TitleSplit({"Président"}, {}).NameBegin("Président Macron", 0, 17) ==
        kNoSplit);  // a non-ASCII title: RE2's call
}

// At every position of sentences written to probe it: where the regex
// matches, the split of its span is the one RE2 gives.
TEST_CASE("TitleSplit: agrees with RE2's groups") {
  Status st;
  auto re = CompilePattern(Pattern(), "test", &st);
  REQUIRE(st.ok());
  const TitleSplit split(kTitles, kParticles);
  const std::vector<std::string> texts = {
      "Foreign Minister Prince Faisal bin Farhan met Prime Minister Mark "
      "Carney.",
      "The General Secretary General Secretary Xi and Secretary General "
      "Secretary Guterres spoke.",
      "King Prince, Crown Prince Mohammed bin Salman and Prince King Abdullah.",
      "Deputy Prime Minister Minister Li Qiang met President Vice President "
      "Harris.",
      "Mr. President Lula da Silva, mr. Smith, MR Jones and Sir Keir Starmer.",
      "Field Marshal Marshal Tito and Marshal Field Kim Jong Un visited.",
      "opposition leader Leader Juan Guaidó, Leader of the house Mr van der "
      "Bellen.",
      "H.E. Ambassador H.E. Mr. O'Brien and President Trump's envoy.",
      "President al-Sisi, President el-Baradei and President Al-Thani.",
      "Secretary of State Secretary Rubio and Secretary of State of Ohio.",
      "PRIME MINISTER Abe, pReSiDeNt Moon Jae-in, General de Gaulle.",
      "President Tô Lâm, Minister Đặng Thị Ngọc Thịnh and King Øyvind.",
      "Mar\xE2\x84\xAAhal Kim, Pre\xC5\xBFident Yoon and Secretary Blinken.",
      "President A B C D E F, Minister X. Y. Z and leader la Mer.",
      "Presidents Biden, President  Xi, President, Xi, Minister Ab'Cd Ef.",
  };
  const int n = 1 + re->NumberOfCapturingGroups();
  REQUIRE(n == 3);
  int matches = 0, split_by_hand = 0;
  for (const std::string& t : texts) {
    for (size_t pos = 0; pos < t.size(); ++pos) {
      re2::StringPiece g[3];
      if (!MatchGroups(*re, t, pos, g, n, RE2::ANCHOR_START)) continue;
      ++matches;
      CAPTURE(t);
      CAPTURE(pos);
      const size_t end = pos + g[0].size();
      const size_t got = split.NameBegin(t, pos, end);
      if (got == kNoSplit) continue;
      ++split_by_hand;
      CHECK(got == static_cast<size_t>(g[2].data() - t.data()));
      CHECK(got - 1 == pos + g[1].size());
    }
  }
  CHECK(matches > 50);
  CHECK(split_by_hand >= matches - 3);  // the Kelvin sign, the long s
}

}  // namespace
}  // namespace kg::extract::internal
