// VertexMap: a value for each vertex (or search node) a query touches,
// every other vertex reading as one `absent` value - the per-vertex arrays
// of a search whose size is the part of the graph it explores, not the
// graph's: allocating, filling and scanning arrays of all vertices was
// most of a path query on a graph of 100,000 actors.
//
//   VertexMap<double> cost(kInfinity);
//   cost.Set(7, 2.0);
//   cost.Get(7);   // 2.0
//   cost.Get(8);   // kInfinity: never set
//   cost.ForEach([](size_t v, double c) { ... });  // the set ones
//
// Open addressing with linear probing over a power-of-two table, at most
// half full. ForEach visits in no particular order: callers that need an
// order sort. Only graph/ includes this.
#ifndef KG_GRAPH_INTERNAL_VERTEX_MAP_H_
#define KG_GRAPH_INTERNAL_VERTEX_MAP_H_

#include <cstddef>
#include <cstdint>
#include <limits>
#include <type_traits>
#include <utility>
#include <vector>

namespace kg::graph::internal {

template <typename T>
class VertexMap {
  static_assert(!std::is_same_v<T, bool>,
                "std::vector<bool> has no T&: use char");

 public:
  explicit VertexMap(T absent) : absent_(std::move(absent)) {}

  /// The value set for `key`, or `absent`.
  const T& Get(size_t key) const {
    if (size_ == 0) return absent_;
    for (size_t i = Slot(key);; i = (i + 1) & mask_) {
      if (keys_[i] == key) return values_[i];
      if (keys_[i] == kEmpty) return absent_;
    }
  }
  bool Contains(size_t key) const {
    if (size_ == 0) return false;
    for (size_t i = Slot(key);; i = (i + 1) & mask_) {
      if (keys_[i] == key) return true;
      if (keys_[i] == kEmpty) return false;
    }
  }
  void Set(size_t key, T value) { Ref(key) = std::move(value); }
  /// The value of `key`, set to `absent` first if it has none. The
  /// reference lasts until the next Ref or Set of a new key.
  T& Ref(size_t key) {
    if (2 * (size_ + 1) > keys_.size()) Grow();
    for (size_t i = Slot(key);; i = (i + 1) & mask_) {
      if (keys_[i] == key) return values_[i];
      if (keys_[i] == kEmpty) {
        keys_[i] = key;
        values_[i] = absent_;
        ++size_;
        return values_[i];
      }
    }
  }
  /// The number of keys set.
  size_t size() const { return size_; }
  /// Calls f(key, value) for every key set.
  template <typename F>
  void ForEach(F f) const {
    for (size_t i = 0; i < keys_.size(); ++i)
      if (keys_[i] != kEmpty) f(keys_[i], values_[i]);
  }

 private:
  static constexpr size_t kEmpty = std::numeric_limits<size_t>::max();
  static constexpr size_t kInitialSlots = 64;

  // Fibonacci hashing: vertex numbers are dense, the product spreads them.
  size_t Slot(size_t key) const {
    return static_cast<size_t>(
               (static_cast<uint64_t>(key) * 0x9E3779B97F4A7C15ull) >> 32) &
           mask_;
  }

  void Grow() {
    std::vector<size_t> keys = std::move(keys_);
    std::vector<T> values = std::move(values_);
    const size_t slots = keys.empty() ? kInitialSlots : 2 * keys.size();
    keys_.assign(slots, kEmpty);
    values_.assign(slots, absent_);
    mask_ = slots - 1;
    for (size_t i = 0; i < keys.size(); ++i) {
      if (keys[i] == kEmpty) continue;
      size_t j = Slot(keys[i]);
      while (keys_[j] != kEmpty) j = (j + 1) & mask_;
      keys_[j] = keys[i];
      values_[j] = std::move(values[i]);
    }
  }

  T absent_;
  std::vector<size_t> keys_;
  std::vector<T> values_;
  size_t mask_ = 0;
  size_t size_ = 0;
};

}  // namespace kg::graph::internal

#endif  // KG_GRAPH_INTERNAL_VERTEX_MAP_H_
