#include "extract/internal/frame_hits.h"

namespace kg::extract::internal {

const FrameHits& FrameHitCache::Insert(std::string_view chunks,
                                       FrameHits hits) {
  // Starting over, rather than evicting one by one, keeps the cache a plain
  // hash map; the cost is one miss per recurring string after a reset.
  if (map_.size() >= max_entries_) map_.clear();
  return map_.insert_or_assign(std::string(chunks), std::move(hits))
      .first->second;
}

}  // namespace kg::extract::internal
