// ChunkedVector: a vector that grows by chunks of reserved storage, so that
// adding an element never moves the ones before it. KnowledgeGraph keeps
// its edges in one: a std::vector of a million EventEdges (~300 bytes each)
// moved every edge at each doubling and faulted in twice the memory.
//
//   ChunkedVector<EventEdge> edges;
//   edges.push_back(std::move(e));   // edges[0]
//   edges[0].relation;
//
// Elements keep their addresses for the container's life. Only graph/
// includes this.
#ifndef KG_GRAPH_INTERNAL_CHUNKED_VECTOR_H_
#define KG_GRAPH_INTERNAL_CHUNKED_VECTOR_H_

#include <cstddef>
#include <utility>
#include <vector>

namespace kg::graph::internal {

template <typename T, size_t kChunk = 4096>
class ChunkedVector {
 public:
  void push_back(T&& value) {
    if (size_ % kChunk == 0) {
      chunks_.emplace_back();
      chunks_.back().reserve(kChunk);  // never grows past: no element moves
    }
    chunks_.back().push_back(std::move(value));
    ++size_;
  }
  T& operator[](size_t i) { return chunks_[i / kChunk][i % kChunk]; }
  const T& operator[](size_t i) const { return chunks_[i / kChunk][i % kChunk]; }
  size_t size() const { return size_; }

 private:
  std::vector<std::vector<T>> chunks_;
  size_t size_ = 0;
};

}  // namespace kg::graph::internal

#endif  // KG_GRAPH_INTERNAL_CHUNKED_VECTOR_H_
