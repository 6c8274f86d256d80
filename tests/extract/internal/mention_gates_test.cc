#include "extract/internal/mention_gates.h"

#include <doctest/doctest.h>
#include <re2/re2.h>

#include <string>
#include <vector>

#include "extract/internal/mention_candidate.h"
#include "extract/internal/name_scanner.h"

namespace kg::extract::internal {
namespace {

const std::vector<std::string> kParticles = {"bin", "al", "de", "van", "la"};
const std::vector<std::string> kHeads = {"Council",      "Ministry", "Office",
                                         "Armed Forces", "Forces",   "Party",
                                         "News Agency",  "Agency",   "Inc."};

std::string ParticlePattern() {
  std::string out = "(?:";
  for (const auto& p : kParticles) out += (out.size() > 3 ? "|" : "") + p;
  return out + ")";
}

// The sentences the gates are tried on, written to probe them: names of
// two to five words, particles, commas, heads after and inside names.
const std::vector<std::string>& GateTexts() {
  static const std::vector<std::string> texts = {
      "Ma Ying-jeou, the president of Taiwan, met Mark Carney, a Prime "
      "Minister for Canada.",
      "Mohammed bin Salman, then Crown Prince of Saudi Arabia, and A B C D "
      "E, the Minister of X.",
      "Xi, the leader of China; Xi Jinping,the leader of; Xi Jinping , the "
      "leader of.",
      "Charles de Gaulle, an Army General of France, and Ludwig van "
      "Beethoven, the King for life.",
      "The Russian Armed Forces and the Office of Personnel Management and "
      "Council of Europe.",
      "The National Security Council, Ministry of Foreign Affairs, Xinhua "
      "News Agency said.",
      "A B C D E F Council, A B C D E Council, Acme Widgets Inc. and al-Qassam "
      "Brigades Forces.",
      "Ruling Party of Japan, the Party, Liberal Democratic  Party, Green-"
      "Party Office.",
      "Tô Lâm, the General Secretary of Vietnam, and Đặng Thị Ngọc, a Minister "
      "of Øyvind Council.",
      "O'Brien's Office, Trump’s Council, and el-Sisi Office for the Armed "
      "Forces of Egypt.",
  };
  return texts;
}

TEST_CASE("Mention gates: examples") {
  CHECK(CommaArticleAt("Xi, the leader", 2));
  CHECK(CommaArticleAt("Xi, then leader", 2));
  CHECK_FALSE(CommaArticleAt("Xi, their leader", 2));
  CHECK_FALSE(CommaArticleAt("Xi,the leader", 2));
  CHECK_FALSE(CommaArticleAt("Xi", 2));
  CHECK_FALSE(CommaArticleAt("Xi", 5));

  CHECK(AppositionMayStart("Ma Ying-jeou, the president of", 0, kParticles));
  CHECK(AppositionMayStart("Charles de Gaulle, a general for", 0, kParticles));
  CHECK_FALSE(AppositionMayStart("Xi, the leader of", 0, kParticles));
  CHECK_FALSE(AppositionMayStart("A B C D E, the leader of", 0, kParticles));
  CHECK(AppositionMayStart("A B C D E, the leader of", 2, kParticles));
  CHECK_FALSE(AppositionMayStart("Mark Carney; the leader of", 0, kParticles));

  const NameTrie heads(kHeads);
  CHECK(OrgHeadAhead("the Foreign Ministry said", 4, heads, 5));
  CHECK(OrgHeadAhead("Ministry of Defence", 0, heads, 5));
  CHECK(OrgHeadAhead("A B C D E Council", 0, heads, 5));
  CHECK_FALSE(OrgHeadAhead("A B C D E F Council", 0, heads, 5));
  CHECK_FALSE(OrgHeadAhead("Foreign  Ministry", 0, heads, 5));
  CHECK_FALSE(OrgHeadAhead("Foreign ministry", 0, heads, 5));
  CHECK_FALSE(OrgHeadAhead("Foreign", 0, heads, 5));
  CHECK_FALSE(OrgHeadAhead("Foreign ", 0, heads, 5));
}

// Wherever the regex matches, the gate holds: at every position.
TEST_CASE("Mention gates: hold wherever their pattern matches") {
  const std::string word = kNameWordPattern;
  const std::string name2 =
      word + "(?: (?:" + ParticlePattern() + " )?" + word + "){1,3}";
  const std::string titles =
      "(?i:" +
      Alternation({"president", "Prime Minister", "Minister", "leader",
                   "General Secretary", "King"}) +
      ")";
  Status st;
  auto apposition =
      CompilePattern("(" + name2 + "), (?:the|a|an|then) (?:" + word + " )?" +
                         titles + " (?:of|for) ",
                     "test", &st);
  const std::string heads = "(?:" + Alternation(kHeads) + ")";
  const std::string of_part =
      "(?: (?:of|for|on)(?: the)? " + word + "(?: (?:and )?" + word + "){0,4})";
  auto organization =
      CompilePattern("(?:" + word + " ){1,5}" + heads + R"(\b)" + of_part +
                         "?|" + heads + of_part,
                     "test", &st);
  REQUIRE(st.ok());
  const NameTrie head_trie(kHeads);
  int appositions = 0, organizations = 0;
  for (const std::string& t : GateTexts()) {
    for (size_t pos = 0; pos < t.size(); ++pos) {
      CAPTURE(t);
      CAPTURE(pos);
      if (apposition->Match(t, pos, t.size(), RE2::ANCHOR_START, nullptr, 0)) {
        ++appositions;
        CHECK(AppositionMayStart(t, pos, kParticles));
      }
      if (organization->Match(t, pos, t.size(), RE2::ANCHOR_START, nullptr,
                              0)) {
        ++organizations;
        CHECK(OrgHeadAhead(t, pos, head_trie, 5));
      }
    }
  }
  CHECK(appositions >= 8);
  CHECK(organizations >= 30);
}

TEST_CASE("TheTitleAhead: holds wherever the role regex matches") {
  const std::vector<std::string> titles = {"Secretary", "Foreign Minister",
                                           "President", "leader"};
  const NameTrie trie(titles);
  CHECK(TheTitleAhead("The Secretary said", trie));
  CHECK(TheTitleAhead("as the Foreign Minister's aide", trie));
  CHECK_FALSE(TheTitleAhead("the secretary said", trie));  // case counts
  CHECK_FALSE(TheTitleAhead("bathe President", trie));     // no \b
  CHECK_FALSE(TheTitleAhead("The  Secretary", trie));
  CHECK_FALSE(TheTitleAhead("he President", trie));
  CHECK_FALSE(TheTitleAhead("the ", trie));
  Status st;
  auto role = CompilePattern(
      R"(\b[Tt]he ()" + Alternation(titles) + R"()\b(?:[^ \pL]|$| [^\p{Lu}]))",
      "test", &st);
  REQUIRE(st.ok());
  const std::vector<std::string> texts = {
      "The Secretary noted that the Foreign Minister's visit, the President.",
      "the leader said; the leaders; _the President; 2the President; the "
      "Presidential",
      "tHe President, THE President, (the Secretary) and éthe Secretary.",
      "The President Biden met the leader Kim; the leader",
      "Both the President",
  };
  int matches = 0;
  for (const std::string& t : texts) {
    CAPTURE(t);
    for (size_t pos = 0; pos < t.size(); ++pos) {
      if (!role->Match(t, pos, t.size(), RE2::ANCHOR_START, nullptr, 0))
        continue;
      ++matches;
      CHECK(TheTitleAhead(t, trie));
      CHECK(TheTitleAhead(t.substr(pos), trie));
    }
  }
  CHECK(matches >= 8);
}

}  // namespace
}  // namespace kg::extract::internal
