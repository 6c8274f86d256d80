// BuildOpenTable: the slots of an open-addressing hash table (linear
// probing, a power-of-two size at least four times the keys) over a vector
// of keys that carry their hash; a slot holds a key's index or -1.
//
//   struct Key { std::string word; uint64_t hash; };
//   std::vector<Key> keys = ...;
//   std::vector<int32_t> table = internal::BuildOpenTable(keys);
//   // lookup: slot = h & (table.size() - 1), then slot + 1 ... until -1
#ifndef KG_EXTRACT_INTERNAL_OPEN_TABLE_H_
#define KG_EXTRACT_INTERNAL_OPEN_TABLE_H_

#include <cstddef>
#include <cstdint>
#include <vector>

namespace kg::extract::internal {

template <typename Keys>
std::vector<int32_t> BuildOpenTable(const Keys& keys) {
  size_t size = 16;
  while (size < keys.size() * 4) size *= 2;
  std::vector<int32_t> table(size, -1);
  for (size_t i = 0; i < keys.size(); ++i) {
    size_t slot = keys[i].hash & (size - 1);
    while (table[slot] >= 0) slot = (slot + 1) & (size - 1);
    table[slot] = static_cast<int32_t>(i);
  }
  return table;
}

}  // namespace kg::extract::internal

#endif  // KG_EXTRACT_INTERNAL_OPEN_TABLE_H_
