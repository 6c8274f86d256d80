#include "graph/internal/id_index.h"

#include <doctest/doctest.h>

#include <string>
#include <unordered_map>

namespace kg::graph::internal {
namespace {

TEST_CASE("IdIndex: ids get vertex numbers in the order added") {
  IdIndex ids;
  CHECK(ids.Find("CHN") == IdIndex::kNone);
  ids.Add("CHN");
  ids.Add("xi-jinping");
  ids.Add("");  // an empty id is an id like any other
  ids.Add(std::string("a\0b", 3));
  CHECK(ids.size() == 4);
  CHECK(ids.Find("CHN") == 0);
  CHECK(ids.Find("xi-jinping") == 1);
  CHECK(ids.Find("") == 2);
  CHECK(ids.Find(std::string("a\0b", 3)) == 3);
  CHECK(ids.Find("a") == IdIndex::kNone);
  CHECK(ids.Find("chn") == IdIndex::kNone);  // exact, not folded
}

TEST_CASE("IdIndex: agrees with a hash map through growth") {
  IdIndex ids;
  std::unordered_map<std::string, size_t> want;
  for (size_t i = 0; i < 50000; ++i) {
    // Short ids, long ids (past the small-string buffer) and near twins.
    std::string id = i % 3 == 0 ? "a" + std::to_string(i)
                     : i % 3 == 1
                         ? "actor-with-a-long-identifier-" + std::to_string(i)
                         : std::to_string(i) + "a";
    ids.Add(id);
    want.emplace(id, i);
  }
  size_t wrong = 0;
  for (const auto& [id, v] : want) wrong += ids.Find(id) != v;
  for (size_t i = 50000; i < 60000; ++i)
    wrong += ids.Find("a" + std::to_string(i)) != IdIndex::kNone;
  CHECK(wrong == 0);
  CHECK(ids.size() == 50000);
}

}  // namespace
}  // namespace kg::graph::internal
