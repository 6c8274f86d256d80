#include "graph/internal/id_index.h"

#include <functional>

namespace kg::graph::internal {

uint64_t IdIndex::Hash(std::string_view id) {
  return static_cast<uint64_t>(std::hash<std::string_view>{}(id));
}

size_t IdIndex::Find(std::string_view id) const {
  if (slots_.empty()) return kNone;
  const uint64_t h = Hash(id);
  const size_t mask = slots_.size() - 1;
  for (size_t i = h & mask;; i = (i + 1) & mask) {
    const Slot& s = slots_[i];
    if (s.vertex == kNone) return kNone;
    if (s.hash == h && ids_[s.vertex] == id) return s.vertex;
  }
}

void IdIndex::Add(std::string_view id) {
  if (2 * (ids_.size() + 1) > slots_.size()) Grow();
  const uint64_t h = Hash(id);
  const size_t mask = slots_.size() - 1;
  size_t i = h & mask;
  while (slots_[i].vertex != kNone) i = (i + 1) & mask;
  slots_[i] = {h, ids_.size()};
  ids_.emplace_back(id);
}

void IdIndex::Grow() {
  std::vector<Slot> old = std::move(slots_);
  slots_.assign(old.empty() ? 64 : 2 * old.size(), Slot{});
  const size_t mask = slots_.size() - 1;
  for (const Slot& s : old) {
    if (s.vertex == kNone) continue;
    size_t i = s.hash & mask;
    while (slots_[i].vertex != kNone) i = (i + 1) & mask;
    slots_[i] = s;
  }
}

}  // namespace kg::graph::internal
