// ChunkPatterns: the chunker's five chunk kinds as hand-written matchers over
// the tag string (a byte a token), each giving what RE2 gives for its
// pattern matched anchored at a position, leftmost-first:
//
//   1 J  "d?J(?:-J)*n{0,2}E"
//   2 N  "b?d?m*Nm*(?:(?:,b?d?m*Nm*)*,?[ao]b?d?m*Nm*|-[NJ])?"
//   3 I  "tr*V(?:,?ar*V)*"
//   4 V  "[MOHBXr]*[VZDG](?:,?a[MOHBXr]*[VZDG])*"
//   5 C  "[MOXr]*(?:[BHO][Xr]*)+"
//
//   internal::ChunkMatchLength(2, "NaN,dN.", 0) == 3   // "NaN"
//   internal::ChunkMatchLength(4, "MXVaV", 0) == 5
//   internal::ChunkMatchLength(3, "NV", 0) == 0        // no match
//
// (An RE2 call a kind and position was most of the chunker's time; the
// patterns are small enough to follow by hand, and
// tests/extract/internal/chunk_patterns_test.cc holds them to RE2.)
#ifndef KG_EXTRACT_INTERNAL_CHUNK_PATTERNS_H_
#define KG_EXTRACT_INTERNAL_CHUNK_PATTERNS_H_

#include <cstddef>
#include <string_view>

namespace kg::extract::internal {

/// The RE2 patterns the matchers follow, kinds 1-5 at [0, 5).
extern const char* const kChunkPatterns[5];

/// The length of kind `kind`'s (1-5) match at `pos` of `tags`, anchored
/// there; 0 if none (no kind matches the empty string).
size_t ChunkMatchLength(int kind, std::string_view tags, size_t pos);

}  // namespace kg::extract::internal

#endif  // KG_EXTRACT_INTERNAL_CHUNK_PATTERNS_H_
