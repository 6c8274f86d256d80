#include "extract/internal/frame_hits.h"

#include <doctest/doctest.h>

#include <string>
#include <utility>

namespace kg::extract::internal {
namespace {

TEST_CASE("FrameHits: a hit's groups, absent ones -1") {
  FrameHits h;
  h.Add(3, {{0, 4}, {0, 1}, {-1, -1}, {3, 4}});
  h.Add(5, {{2, 3}});
  REQUIRE(h.hits.size() == 2);
  const FrameHits::Hit& a = h.hits[0];
  CHECK(a.frame == 3);
  CHECK(a.Group(h, 0) == FrameHits::Span{0, 4});
  CHECK(a.Begin(h, 1) == 0);
  CHECK(a.Begin(h, 2) == -1);  // took no part
  CHECK(a.Begin(h, 3) == 3);
  CHECK(a.Begin(h, 4) == -1);   // beyond the hit's groups
  CHECK(a.Begin(h, -1) == -1);  // a frame without that group
  CHECK(h.hits[1].Group(h, 0) == FrameHits::Span{2, 3});
  CHECK(h.hits[1].Begin(h, 1) == -1);
  h.Clear();
  CHECK(h.hits.empty());
  CHECK(h.spans.empty());
}

}  // namespace
}  // namespace kg::extract::internal
