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

TEST_CASE("FrameHitCache: finds what was stored, and starts over when full") {
  FrameHitCache cache(3);
  CHECK(cache.Find("NVN.") == nullptr);
  FrameHits h;
  h.Add(0, {{0, 3}, {0, 1}, {2, 3}});
  const FrameHits& stored = cache.Insert("NVN.", h);
  CHECK(stored.hits.size() == 1);
  REQUIRE(cache.Find("NVN.") != nullptr);
  CHECK(cache.Find("NVN.")->spans == h.spans);
  CHECK(cache.Find("NVN") == nullptr);  // the whole string, not a prefix
  cache.Insert("NPyN.", FrameHits());   // no frame matched: stored too
  REQUIRE(cache.Find("NPyN.") != nullptr);
  CHECK(cache.Find("NPyN.")->hits.empty());
  cache.Insert("TT,NVN.", FrameHits());
  CHECK(cache.size() == 3);
  cache.Insert("NqEpN.", FrameHits());  // full: starts over
  CHECK(cache.size() == 1);
  CHECK(cache.Find("NVN.") == nullptr);
  CHECK(cache.Find("NqEpN.") != nullptr);
  cache.Clear();
  CHECK(cache.size() == 0);
}

}  // namespace
}  // namespace kg::extract::internal
