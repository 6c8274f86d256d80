#include "extract/internal/person_name_scanner.h"

#include <doctest/doctest.h>
#include <re2/re2.h>

#include <string>
#include <vector>

#include "extract/internal/mention_candidate.h"
#include "extract/internal/name_scanner.h"

namespace kg::extract::internal {
namespace {

constexpr size_t kNoName = std::string_view::npos;

const std::vector<std::string> kGiven = {
    "John",  "Jean",      "Jean-Pierre", "Anna", "Ann", "Ali", "Mohammed",
    "Zhou",  // also a family name
    "Ángel", "Abdul Aziz"};
const std::vector<std::string> kFamily = {"Zhou", "Kim", "Li", "Nguyen", "Ma"};

TEST_CASE("PersonNameScanner: examples") {
  const PersonNameScanner p(kGiven, kFamily);
  REQUIRE(p.usable());
  CHECK(p.MatchEnd("John F. Kennedy said", 0) == 15);
  CHECK(p.MatchEnd("John F. said", 0) == 6);  // "John F": no word after "F."
  CHECK(p.MatchEnd("Jean-Pierre Raffarin Smith Jones", 0) == 26);
  CHECK(p.MatchEnd("Jean Pierre", 0) == 11);
  CHECK(p.MatchEnd("Kim Jong Un Il", 0) == 11);  // two words at most
  CHECK(p.MatchEnd("Zhou Enlai", 0) == 10);
  CHECK(p.MatchEnd("Abdul Aziz Al-Saud", 0) == 18);
  CHECK(p.MatchEnd("Ángel Gurría", 0) == 14);
  CHECK(p.MatchEnd("John said", 0) == kNoName);
  CHECK(p.MatchEnd("Johnny Cash", 0) == kNoName);
  CHECK(p.MatchEnd("met John Smith", 0) == kNoName);
  CHECK(p.MatchEnd("met John Smith", 4) == 14);
  CHECK(p.MatchEnd("", 0) == kNoName);
}

// At every position of sentences written to probe it, the end RE2 gives
// for the pattern MentionFinder builds.
TEST_CASE("PersonNameScanner: agrees with the regex") {
  const std::string word = kNameWordPattern;
  const std::string rest = "(?: \\p{Lu}\\.)?(?: " + word + "){1,2}";
  Status st;
  auto re = CompilePattern("(?:" + Alternation(kGiven) + ")" + rest + "|(?:" +
                               Alternation(kFamily) + ")(?: " + word + "){1,2}",
                           "test", &st);
  REQUIRE(st.ok());
  const PersonNameScanner p(kGiven, kFamily);
  const std::vector<std::string> texts = {
      "John F. Kennedy and John F. and John F met Jean-Pierre Raffarin.",
      "Zhou Enlai, Zhou E. Lai, Kim Jong Un, Li Peng's aide, Ma Ying-jeou.",
      "Anna Ann Annette; Ann Smith, Ali al-Sisi, Ali el-Baradei O'Brien.",
      "Mohammed bin Salman, Mohammed Ó Súilleabháin and Ángel Gurría Treviño.",
      "Nguyen Phu Trong, Nguyen  Phu, Nguyen, Phu; Kim jong; Kim É. Jong.",
      "John Ł. Walesa, John ł. Walesa, John AB. Smith, John A.Smith, John "
      "\xC3",
      "Abdul Aziz Al-Saud, Abdul Aziz, Jean Pierre-Paul Marie, John's Day.",
  };
  int matches = 0;
  for (const std::string& t : texts) {
    for (size_t pos = 0; pos <= t.size(); ++pos) {
      CAPTURE(t);
      CAPTURE(pos);
      re2::StringPiece m;
      const size_t want = re->Match(t, pos, t.size(), RE2::ANCHOR_START, &m, 1)
                              ? pos + m.size()
                              : kNoName;
      matches += want != kNoName ? 1 : 0;
      CHECK(p.MatchEnd(t, pos) == want);
    }
  }
  CHECK(matches >= 20);
}

}  // namespace
}  // namespace kg::extract::internal
