#include "graph/internal/vertex_map.h"

#include <doctest/doctest.h>

#include <cstddef>
#include <limits>
#include <map>
#include <random>

namespace kg::graph::internal {
namespace {

TEST_CASE("VertexMap: unset keys read as absent") {
  VertexMap<double> cost(std::numeric_limits<double>::infinity());
  CHECK(cost.size() == 0);
  CHECK(cost.Get(0) == std::numeric_limits<double>::infinity());
  CHECK_FALSE(cost.Contains(0));
  cost.Set(7, 2.5);
  cost.Set(0, 0);
  CHECK(cost.Get(7) == 2.5);
  CHECK(cost.Get(0) == 0);
  CHECK(cost.Contains(7));
  CHECK_FALSE(cost.Contains(8));
  CHECK(cost.Get(8) == std::numeric_limits<double>::infinity());
  cost.Ref(9) += 1;  // absent + 1
  CHECK(cost.Get(9) == std::numeric_limits<double>::infinity());
  cost.Set(7, 3);
  CHECK(cost.Get(7) == 3);
  CHECK(cost.size() == 3);
}

TEST_CASE("VertexMap: agrees with std::map through growth") {
  std::mt19937 rng(11);
  VertexMap<size_t> map(999);
  std::map<size_t, size_t> want;
  for (int i = 0; i < 20000; ++i) {
    // Dense small keys (vertices) and huge ones (layered search nodes).
    size_t key = i % 3 == 0 ? rng() % 5000 : (rng() % 5000) * 100003;
    size_t value = rng() % 1000;
    if (rng() % 4 == 0) {
      map.Ref(key) = value;
      want[key] = value;
    } else {
      map.Set(key, value);
      want[key] = value;
    }
  }
  CHECK(map.size() == want.size());
  std::map<size_t, size_t> seen;
  size_t visits = 0;
  map.ForEach([&](size_t k, size_t v) {
    seen[k] = v;
    ++visits;
  });
  CHECK(visits == want.size());
  CHECK(seen == want);
  for (size_t k = 0; k < 6000; ++k) {
    auto it = want.find(k);
    if (map.Get(k) != (it == want.end() ? 999 : it->second)) {
      FAIL_CHECK("key " << k << " disagrees");
      break;
    }
  }
}

TEST_CASE("VertexMap: within a universe, turns into an array as it fills") {
  // 64 slots hold 32 keys; the 33rd key grows the table to 128 slots,
  // past the universe of 100: from then on slot k is key k.
  VertexMap<int> map(-1, 100);
  std::map<size_t, int> want;
  for (size_t k = 0; k < 100; k += 3) {
    map.Set(k, static_cast<int>(k) * 2);
    want[k] = static_cast<int>(k) * 2;
  }
  map.Ref(98) += 5;  // -1 + 5
  want[98] = 4;
  CHECK(map.size() == want.size());
  map.Update([](size_t k, int& v) { v += k == 3 ? 1 : 0; });
  want[3] += 1;
  std::map<size_t, int> seen;
  map.ForEach([&](size_t k, int v) { seen[k] = v; });
  CHECK(seen == want);
  int wrong = 0;
  for (size_t k = 0; k < 100; ++k) {
    auto it = want.find(k);
    wrong += map.Get(k) != (it == want.end() ? -1 : it->second);
    wrong += map.Contains(k) != (it != want.end());
  }
  CHECK(wrong == 0);
}

}  // namespace
}  // namespace kg::graph::internal
