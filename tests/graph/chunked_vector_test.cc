#include "graph/internal/chunked_vector.h"

#include <doctest/doctest.h>

#include <string>
#include <vector>

namespace kg::graph::internal {
namespace {

TEST_CASE("ChunkedVector: elements by index, never moved as it grows") {
  ChunkedVector<std::string, 4> v;
  CHECK(v.size() == 0);
  std::vector<const std::string*> addresses;
  for (int i = 0; i < 19; ++i) {
    v.push_back("element number " + std::to_string(i));  // past SSO
    addresses.push_back(&v[static_cast<size_t>(i)]);
  }
  CHECK(v.size() == 19);
  size_t wrong = 0;
  for (size_t i = 0; i < 19; ++i) {
    wrong += v[i] != "element number " + std::to_string(i);
    wrong += &v[i] != addresses[i];  // the same object, where it was
  }
  CHECK(wrong == 0);
  v[5] = "changed";
  const auto& c = v;
  CHECK(c[5] == "changed");
  CHECK(c[4] == "element number 4");
}

}  // namespace
}  // namespace kg::graph::internal
