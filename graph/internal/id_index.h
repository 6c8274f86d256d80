// IdIndex: actor id -> vertex number, for KnowledgeGraph. Building a graph
// looks up both ends of every triple, so the lookup is most of adding an
// edge: std::unordered_map cost a cache miss for its bucket, one for its
// node and one for the key's bytes, scattered over the heap.
//
//   IdIndex ids;
//   ids.Add("CHN");                 // vertex 0
//   ids.Add("xi-jinping");          // vertex 1
//   ids.Find("xi-jinping");         // 1
//   ids.Find("nobody");             // IdIndex::kNone
//
// Open addressing over a power-of-two table of (hash, vertex) slots, at
// most half full, with the ids kept in vertex order beside it: a lookup
// reads one slot (two at worst, usually) and compares the id only when
// the full 64-bit hash matches. Only graph/ includes this.
#ifndef KG_GRAPH_INTERNAL_ID_INDEX_H_
#define KG_GRAPH_INTERNAL_ID_INDEX_H_

#include <cstddef>
#include <cstdint>
#include <limits>
#include <string>
#include <string_view>
#include <vector>

namespace kg::graph::internal {

class IdIndex {
 public:
  static constexpr size_t kNone = std::numeric_limits<size_t>::max();

  /// The vertex of `id`, or kNone.
  size_t Find(std::string_view id) const;
  /// Adds `id` (not yet in the index) as vertex size().
  void Add(std::string_view id);
  /// The number of ids added.
  size_t size() const { return ids_.size(); }

 private:
  struct Slot {
    uint64_t hash = 0;
    size_t vertex = kNone;  // kNone: empty
  };

  static uint64_t Hash(std::string_view id);
  void Grow();

  std::vector<Slot> slots_;
  std::vector<std::string> ids_;  // by vertex
};

}  // namespace kg::graph::internal

#endif  // KG_GRAPH_INTERNAL_ID_INDEX_H_
