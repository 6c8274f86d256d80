// FrameHits: what a rule pack's frames match in one chunk string - for each
// match, the frame and the chunk span of every group - kept in two flat
// vectors that a caller reuses from sentence to sentence.
//
//   internal::FrameHits h;
//   h.Add(3, {{0, 4}, {0, 1}, {-1, -1}, {3, 4}});   // frame 3, groups 0-3
//   h.hits[0].Begin(h, 1) == 0; h.hits[0].Begin(h, 2) == -1
#ifndef KG_EXTRACT_INTERNAL_FRAME_HITS_H_
#define KG_EXTRACT_INTERNAL_FRAME_HITS_H_

#include <cstdint>
#include <initializer_list>
#include <utility>
#include <vector>

namespace kg::extract::internal {

struct FrameHits {
  /// A group's chunks [begin, end); {-1, -1} if it took no part.
  using Span = std::pair<int, int>;
  struct Hit {
    int frame = 0;                  ///< index into the matcher's frames
    uint32_t first = 0, count = 0;  ///< its groups: spans[first, +count)
    /// Group g's span; {-1, -1} if absent or g >= count.
    Span Group(const FrameHits& h, int g) const {
      if (g < 0 || static_cast<uint32_t>(g) >= count) return {-1, -1};
      return h.spans[first + static_cast<uint32_t>(g)];
    }
    int Begin(const FrameHits& h, int g) const { return Group(h, g).first; }
  };
  std::vector<Hit> hits;                 ///< frame order, then text order
  std::vector<Span> spans;               ///< every hit's groups, group 0 first
  static constexpr int kMaxGroups = 16;  ///< groups kept a hit, 0 included

  void Add(int frame, std::initializer_list<Span> groups) {
    hits.push_back({frame, static_cast<uint32_t>(spans.size()),
                    static_cast<uint32_t>(groups.size())});
    spans.insert(spans.end(), groups.begin(), groups.end());
  }
  void Clear() {
    hits.clear();
    spans.clear();
  }
};

}  // namespace kg::extract::internal

#endif  // KG_EXTRACT_INTERNAL_FRAME_HITS_H_
