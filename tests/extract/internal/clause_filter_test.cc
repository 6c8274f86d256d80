#include "extract/internal/clause_filter.h"

#include <doctest/doctest.h>

#include <string>
#include <vector>

namespace kg::extract::internal {
namespace {

std::string Show(const std::vector<int>& v) {
  std::string out = "{";
  for (size_t i = 0; i < v.size(); ++i)
    out += (i ? "," : "") + std::to_string(v[i]);
  return out + "}";
}

std::string Passing(const ClauseFilter& f, std::string_view text) {
  std::vector<int> out = {7};  // replaced, not appended to
  f.Passing(text, &out);
  return Show(out);
}

TEST_CASE("ClauseFilter: an item passes when each clause has a word") {
  ClauseFilter f;
  f.Add({{"met", "visited"}, {"in"}});  // 0
  f.Add({});                            // 1
  f.Add({{"signed"}});                  // 2
  f.Add({{"in"}, {"in"}});              // 3
  f.Build();
  CHECK(f.item_count() == 4);
  CHECK(f.word_count() == 4);
  CHECK(Passing(f, "Xi VISITED Moscow in May") == "{0,1,3}");
  CHECK(Passing(f, "Xi visited Moscow.") == "{1}");
  CHECK(Passing(f, "they met in Paris and signed") == "{0,1,2,3}");
  CHECK(Passing(f, "Signed") == "{1,2}");
  CHECK(Passing(f, "metin visitedin") == "{1}");      // whole words only
  CHECK(Passing(f, "met_in") == "{1}");               // '_' is a word byte
  CHECK(Passing(f, "\x01P0\x02met\x01" "C1\x02in") == "{0,1,3}");
  CHECK(Passing(f, "met–in") == "{0,1,3}");
  CHECK(Passing(f, "") == "{1}");
  // (?i) folds the Kelvin sign and the long s into k and s.
  CHECK(Passing(f, "\xE2\x84\xAA") == "{0,1,2,3}");
  CHECK(Passing(f, "\xC5\xBF") == "{0,1,2,3}");
  CHECK(Passing(f, "\xE2\x84") == "{1}");  // cut short: no Kelvin sign
}

TEST_CASE("ClauseFilter: more clauses than one mask word, and none at all") {
  ClauseFilter f;
  for (int i = 0; i < 100; ++i)
    f.Add({{"w" + std::to_string(i)}, {"common"}});
  f.Build();
  std::vector<int> got;
  f.Passing("common w3 w70 w99 w100", &got);
  CHECK(Show(got) == "{3,70,99}");
  f.Passing("w3 w70", &got);
  CHECK(got.empty());

  // An item of more than 64 clauses keeps its first 64.
  ClauseFilter big;
  std::vector<std::vector<std::string>> many;
  for (int i = 0; i < 70; ++i) many.push_back({"v" + std::to_string(i)});
  big.Add({{"first"}});
  big.Add(many);
  big.Build();
  std::string all_but_last;
  for (int i = 0; i < 64; ++i) all_but_last += "v" + std::to_string(i) + " ";
  big.Passing(all_but_last, &got);
  CHECK(Show(got) == "{1}");
  big.Passing("first v0 v1", &got);
  CHECK(Show(got) == "{0}");

  ClauseFilter none;
  none.Build();
  none.Passing("anything", &got);
  CHECK(got.empty());
}

TEST_CASE("ClauseFilter: the start or the end of a word") {
  ClauseFilter f;
  f.Add({{"visit*"}});         // 0
  f.Add({{"*ally"}});          // 1
  f.Add({{"de*"}, {"abc*"}});  // 2: "de*" is too short, holds everywhere
  f.Add({{"*xyz", "met"}});    // 3
  f.Add({{"visited*"}});       // 4: its first four characters
  f.Add({{std::string(70, 'w')}});  // 5: a long word
  f.Build();
  CHECK(Passing(f, std::string(70, 'W')) == "{5}");
  CHECK(Passing(f, std::string(69, 'w')) == "{}");
  CHECK(Passing(f, "Visiting Rome") == "{0,4}");
  CHECK(Passing(f, "visit") == "{0,4}");
  CHECK(Passing(f, "revisit vis") == "{}");
  CHECK(Passing(f, "a RALLY") == "{1}");
  CHECK(Passing(f, "allying") == "{}");
  CHECK(Passing(f, "abcd") == "{2}");
  CHECK(Passing(f, "xabc ab") == "{}");
  CHECK(Passing(f, "wxyz") == "{3}");
  CHECK(Passing(f, "xyzw met") == "{3}");
  CHECK(Passing(f, "visible") == "{0,4}");  // more, never less
}

}  // namespace
}  // namespace kg::extract::internal
