// FlatWordMap: a read-only map from short strings to values, made for one
// lookup per word of every sentence. Open addressing over one array of
// 16-byte slots and one arena of key bytes: a lookup touches one slot (and
// the key's bytes on a hash match), where std::unordered_map follows a
// bucket, a node and a heap-allocated key - three cache misses for a word
// not seen lately.
//
//   internal::FlatWordMap<int> m({{"the", 1}, {"met", 2}});
//   const int* v = m.Find("met");   // *v == 2; Find("nothing") == nullptr
#ifndef KG_EXTRACT_INTERNAL_FLAT_WORD_MAP_H_
#define KG_EXTRACT_INTERNAL_FLAT_WORD_MAP_H_

#include <cstdint>
#include <cstring>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace kg::extract::internal {

template <typename V>
class FlatWordMap {
 public:
  FlatWordMap() = default;
  /// Keys must be distinct; an empty key or one over 65,535 bytes is left
  /// out.
  explicit FlatWordMap(std::vector<std::pair<std::string, V>> entries) {
    size_t capacity = 16;
    while (capacity < entries.size() * 2) capacity *= 2;
    slots_.assign(capacity, Slot{});
    mask_ = capacity - 1;
    values_.reserve(entries.size());
    for (auto& [key, value] : entries) {
      if (key.empty() || key.size() > 0xFFFF) continue;  // never found
      uint64_t h = Hash(key);
      size_t i = h & mask_;
      while (slots_[i].length != 0) i = (i + 1) & mask_;
      slots_[i] = {static_cast<uint32_t>(h >> 32),
                   static_cast<uint32_t>(arena_.size()),
                   static_cast<uint32_t>(values_.size()),
                   static_cast<uint16_t>(key.size())};
      arena_ += key;
      values_.push_back(std::move(value));
    }
  }

  const V* Find(std::string_view key) const {
    if (slots_.empty() || key.empty()) return nullptr;
    uint64_t h = Hash(key);
    auto tag = static_cast<uint32_t>(h >> 32);
    for (size_t i = h & mask_;; i = (i + 1) & mask_) {
      const Slot& s = slots_[i];
      if (s.length == 0) return nullptr;
      if (s.tag == tag && s.length == key.size() &&
          std::memcmp(arena_.data() + s.offset, key.data(), key.size()) == 0)
        return &values_[s.value];
    }
  }

 private:
  struct Slot {
    uint32_t tag = 0;     // the hash's high half
    uint32_t offset = 0;  // the key's bytes in arena_
    uint32_t value = 0;   // index into values_
    uint16_t length = 0;  // 0: empty (keys are never empty)
  };
  // FNV-1a: words are short, and it needs no call.
  static uint64_t Hash(std::string_view s) {
    uint64_t h = 14695981039346656037ull;
    for (unsigned char c : s) h = (h ^ c) * 1099511628211ull;
    return h ^ (h >> 29);
  }

  std::vector<Slot> slots_;
  size_t mask_ = 0;
  std::string arena_;
  std::vector<V> values_;
};

}  // namespace kg::extract::internal

#endif  // KG_EXTRACT_INTERNAL_FLAT_WORD_MAP_H_
