// The hand-written chunk matchers against the RE2 patterns they replace, at
// every position of tag strings written for the test and of many random
// ones over the tags the patterns read.
#include "extract/internal/chunk_patterns.h"

#include <doctest/doctest.h>
#include <re2/re2.h>

#include <random>
#include <string>
#include <vector>

namespace kg::extract::internal {
namespace {

// RE2's answer: the anchored match's length at pos, 0 if none.
size_t Re2Length(const RE2& re, const std::string& tags, size_t pos) {
  re2::StringPiece m;
  if (!re.Match(tags, pos, tags.size(), RE2::ANCHOR_START, &m, 1)) return 0;
  return m.size();
}

TEST_CASE("ChunkMatchLength: examples of each kind") {
  CHECK(ChunkMatchLength(1, "JE", 0) == 2);
  CHECK(ChunkMatchLength(1, "dJ-JnnE.", 0) == 7);
  CHECK(ChunkMatchLength(1, "JnnnE", 0) == 0);  // three nouns: too many
  CHECK(ChunkMatchLength(1, "J-E", 0) == 0);
  CHECK(ChunkMatchLength(2, "NaN,dN.", 0) == 3);
  CHECK(ChunkMatchLength(2, "N,N,N,aN.", 0) == 8);
  CHECK(ChunkMatchLength(2, "N,N,V", 0) == 1);  // a list needs its "and"
  CHECK(ChunkMatchLength(2, "bdmNmmaN", 0) == 8);
  CHECK(ChunkMatchLength(2, "N-J.", 0) == 3);
  CHECK(ChunkMatchLength(2, "mmV", 0) == 0);
  CHECK(ChunkMatchLength(3, "trV,aV.", 0) == 6);
  CHECK(ChunkMatchLength(3, "tN", 0) == 0);
  CHECK(ChunkMatchLength(4, "MXVaV", 0) == 5);
  CHECK(ChunkMatchLength(4, "BrD,aHD.", 0) == 7);
  CHECK(ChunkMatchLength(4, "MXr", 0) == 0);
  CHECK(ChunkMatchLength(5, "O", 0) == 1);  // the run gives its O back
  CHECK(ChunkMatchLength(5, "MXOrOX.", 0) == 6);
  CHECK(ChunkMatchLength(5, "BXH", 0) == 3);
  CHECK(ChunkMatchLength(5, "MXr", 0) == 0);
  CHECK(ChunkMatchLength(5, "NB", 1) == 1);
  CHECK(ChunkMatchLength(2, "N", 1) == 0);  // past the end
}

TEST_CASE("ChunkMatchLength: as RE2 at every position (differential)") {
  std::vector<RE2*> res;
  for (const char* p : kChunkPatterns) {
    res.push_back(new RE2(p));
    REQUIRE(res.back()->ok());
  }
  // Tag strings of sentences written for the test ("France and Spain have
  // not criticized Germany", "the Israeli invasion of Lebanon", ...).
  std::vector<std::string> tags = {
      "NaNHXDN.",      "dJEfN.",     "NDN.",
      "NaNBDyN.",      "NMXVdEfN.",  "NOXJn.",
      "TT,NVdnpN.",    "NqEpNVrpN.", "NVtVN,aVdnpN.",
      "NBtrV,atVN.",   "bNaNDdE.",   "dNmmfN,N,aNV.",
      "J-J-JnnE.",     "dJ-JnE.",    "NrOXVN.",
      "NBrDyN.",       "NHrBGdEpN.", "N,dJm,VN.",
      "NZN,GN.",       "NOdn.",      "MrOBXrHN.",
      "N,N,N,N,N,oN.", "N-NEpN.",    "N-JdE.",
      "NBdnfN.",       "OXNVN.",     "rVN,atV.",
      "dNm-N.",        "b,N.",       "ddN",
      "NaoN",          "N,,aN",      "tt",
      "trrrVaV,aV",    "XrMOHBX",    "ONOBO",
  };
  // Random strings over the tags the patterns read, and a few they do not.
  const std::string alphabet = "bdmNJ,ao-tEnrVZDGMOHBX.pq";
  std::mt19937 rng(13);
  for (int i = 0; i < 20000; ++i) {
    std::string s;
    size_t len = 1 + rng() % 14;
    for (size_t k = 0; k < len; ++k)
      s.push_back(alphabet[rng() % alphabet.size()]);
    tags.push_back(s);
  }
  // And random strings over each pattern's own bytes, where long matches
  // are likely.
  for (const std::string small :
       {"bdmN,ao-J", "dJ-nE", "tr,aV", "MOHBXrVZDG,a", "MOXrBH"})
    for (int i = 0; i < 5000; ++i) {
      std::string s;
      size_t len = 1 + rng() % 18;
      for (size_t k = 0; k < len; ++k) s.push_back(small[rng() % small.size()]);
      tags.push_back(s);
    }
  size_t checked = 0, matched = 0, differ = 0;
  for (const std::string& s : tags)
    for (size_t pos = 0; pos < s.size(); ++pos)
      for (int k = 1; k <= 5; ++k) {
        size_t want = Re2Length(*res[static_cast<size_t>(k) - 1], s, pos);
        size_t got = ChunkMatchLength(k, s, pos);
        ++checked;
        if (want) ++matched;
        if (want != got) {
          if (++differ <= 10)
            FAIL_CHECK("kind " << k << " at " << pos << " of \"" << s
                               << "\": RE2 " << want << ", hand " << got);
        }
      }
  CHECK(differ == 0);
  CHECK(matched > checked / 20);  // the patterns were exercised
  for (RE2* re : res) delete re;
}

}  // namespace
}  // namespace kg::extract::internal
