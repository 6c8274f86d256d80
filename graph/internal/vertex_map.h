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
// half full. Given the number of keys there can be (`universe`: the
// vertices), a map that would grow to as many slots turns into a plain
// array of them: a search that touches most of a small graph then costs
// what the arrays cost, not a hash table twice their size. ForEach visits
// in no particular order: callers that need an order sort. Only graph/
// includes this.
#ifndef KG_GRAPH_INTERNAL_VERTEX_MAP_H_
#define KG_GRAPH_INTERNAL_VERTEX_MAP_H_

#include <cstddef>
#include <cstdint>
#include <limits>
#include <utility>
#include <vector>

namespace kg::graph::internal {

template <typename T>
class VertexMap {
 public:
  /// Keys are below `universe` (0: any size_t but SIZE_MAX).
  explicit VertexMap(T absent, size_t universe = 0)
      : absent_(std::move(absent)), universe_(universe) {}

  /// The value set for `key`, or `absent`.
  const T& Get(size_t key) const {
    if (dense_) return slots_[key].value;
    if (size_ == 0) return absent_;
    for (size_t i = Home(key);; i = (i + 1) & mask_) {
      if (slots_[i].key == key) return slots_[i].value;
      if (slots_[i].key == kEmpty) return absent_;
    }
  }
  bool Contains(size_t key) const {
    if (dense_) return slots_[key].key != kEmpty;
    if (size_ == 0) return false;
    for (size_t i = Home(key);; i = (i + 1) & mask_) {
      if (slots_[i].key == key) return true;
      if (slots_[i].key == kEmpty) return false;
    }
  }
  void Set(size_t key, T value) { Ref(key) = std::move(value); }
  /// The value of `key`, set to `absent` first if it has none. The
  /// reference lasts until the next Ref or Set of a new key.
  T& Ref(size_t key) {
    if (dense_) {
      Slot& s = slots_[key];
      if (s.key == kEmpty) {
        s.key = key;
        ++size_;
      }
      return s.value;
    }
    if (2 * (size_ + 1) > slots_.size()) Grow();
    if (dense_) return Ref(key);
    for (size_t i = Home(key);; i = (i + 1) & mask_) {
      if (slots_[i].key == key) return slots_[i].value;
      if (slots_[i].key == kEmpty) {
        slots_[i].key = key;
        slots_[i].value = absent_;
        ++size_;
        return slots_[i].value;
      }
    }
  }
  /// The number of keys set.
  size_t size() const { return size_; }
  /// Calls f(key, value) for every key set.
  template <typename F>
  void ForEach(F f) const {
    for (const Slot& s : slots_)
      if (s.key != kEmpty) f(s.key, s.value);
  }
  /// Calls f(key, value&) for every key set, to change values in place.
  template <typename F>
  void Update(F f) {
    for (Slot& s : slots_)
      if (s.key != kEmpty) f(s.key, s.value);
  }

 private:
  static constexpr size_t kEmpty = std::numeric_limits<size_t>::max();
  static constexpr size_t kInitialSlots = 64;

  // A key and its value side by side: a lookup is one cache line.
  struct Slot {
    size_t key;
    T value;
  };

  // Fibonacci hashing: vertex numbers are dense, the product spreads them.
  size_t Home(size_t key) const {
    return static_cast<size_t>(
               (static_cast<uint64_t>(key) * 0x9E3779B97F4A7C15ull) >> 32) &
           mask_;
  }

  void Grow() {
    std::vector<Slot> old = std::move(slots_);
    const size_t slots = old.empty() ? kInitialSlots : 2 * old.size();
    if (universe_ != 0 && slots >= universe_) {
      // Slot k holds key k (or kEmpty): no probing, no hashing.
      dense_ = true;
      slots_.assign(universe_, Slot{kEmpty, absent_});
      for (Slot& s : old)
        if (s.key != kEmpty) slots_[s.key] = std::move(s);
      return;
    }
    slots_.assign(slots, Slot{kEmpty, absent_});
    mask_ = slots - 1;
    for (Slot& s : old) {
      if (s.key == kEmpty) continue;
      size_t j = Home(s.key);
      while (slots_[j].key != kEmpty) j = (j + 1) & mask_;
      slots_[j].key = s.key;
      slots_[j].value = std::move(s.value);
    }
  }

  T absent_;
  size_t universe_;
  bool dense_ = false;
  std::vector<Slot> slots_;
  size_t mask_ = 0;
  size_t size_ = 0;
};

}  // namespace kg::graph::internal

#endif  // KG_GRAPH_INTERNAL_VERTEX_MAP_H_
