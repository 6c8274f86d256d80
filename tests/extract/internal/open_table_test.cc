#include "extract/internal/open_table.h"

#include <doctest/doctest.h>

#include <cstdint>
#include <vector>

namespace kg::extract::internal {
namespace {

struct HashedKey {
  uint64_t hash;
};

TEST_CASE("BuildOpenTable: every key in one slot, collisions probe on") {
  // Keys 0, 1 and 2 share a home slot (3); key 3 wraps past the end.
  const std::vector<HashedKey> keys = {{3}, {19}, {35}, {15}};
  const std::vector<int32_t> table = BuildOpenTable(keys);
  REQUIRE(table.size() == 16);  // a power of two, at least 4 a key
  const std::vector<int32_t> expected = {-1, -1, -1, 0,  1,  2,  -1, -1,
                                         -1, -1, -1, -1, -1, -1, -1, 3};
  CHECK(table == expected);
  std::vector<HashedKey> many(5, HashedKey{7});
  CHECK(BuildOpenTable(many).size() == 32);
  CHECK(BuildOpenTable(std::vector<HashedKey>{}) ==
        std::vector<int32_t>(16, -1));
}

}  // namespace
}  // namespace kg::extract::internal
