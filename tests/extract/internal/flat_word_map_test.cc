#include "extract/internal/flat_word_map.h"

#include <doctest/doctest.h>

#include <string>
#include <utility>
#include <vector>

namespace kg::extract::internal {
namespace {

TEST_CASE("FlatWordMap: finds every key, and nothing else") {
  FlatWordMap<int> m({{"the", 1}, {"met", 2}, {"criticized", 3}, {"", 4}});
  REQUIRE(m.Find("met") != nullptr);
  CHECK(*m.Find("the") == 1);
  CHECK(*m.Find("met") == 2);
  CHECK(*m.Find("criticized") == 3);
  CHECK(m.Find("") == nullptr);  // an empty key is left out
  CHECK(m.Find("me") == nullptr);
  CHECK(m.Find("mets") == nullptr);
  CHECK(m.Find("The") == nullptr);  // bytes, not case
  CHECK(FlatWordMap<int>().Find("the") == nullptr);
}

TEST_CASE("FlatWordMap: many keys, all found after collisions") {
  std::vector<std::pair<std::string, int>> entries;
  for (int i = 0; i < 20000; ++i)
    entries.push_back({"w" + std::to_string(i), i});
  FlatWordMap<int> m(entries);
  int found = 0;
  for (int i = 0; i < 20000; ++i) {
    const int* v = m.Find("w" + std::to_string(i));
    if (v && *v == i) ++found;
  }
  CHECK(found == 20000);
  CHECK(m.Find("w20000") == nullptr);
  CHECK(m.Find("x1") == nullptr);
}

}  // namespace
}  // namespace kg::extract::internal
