#include "extract/internal/name_trie.h"

#include <algorithm>
#include <map>

namespace kg::extract::internal {

NameTrie::NameTrie(const std::vector<std::string>& names, bool fold_ascii_case)
    : fold_(fold_ascii_case) {
  // Built with maps, then laid out flat: one node array and one edge array,
  // each node's edges contiguous and sorted.
  std::vector<std::map<uint8_t, uint32_t>> children(1);
  std::vector<int32_t> ends(1, -1);
  for (size_t i = 0; i < names.size(); ++i) {
    if (names[i].empty()) continue;
    uint32_t node = 0;
    for (char c : names[i]) {
      auto [it, fresh] = children[node].emplace(
          Fold(c), static_cast<uint32_t>(children.size()));
      if (fresh) {
        children.emplace_back();
        ends.push_back(-1);
      }
      node = it->second;
    }
    // A name given twice keeps its first index.
    if (ends[node] < 0) ends[node] = static_cast<int32_t>(i);
  }
  nodes_.resize(children.size());
  for (size_t n = 0; n < children.size(); ++n) {
    nodes_[n].first_edge = static_cast<uint32_t>(edges_.size());
    nodes_[n].edge_count = static_cast<uint32_t>(children[n].size());
    nodes_[n].name = ends[n];
    for (auto [byte, child] : children[n]) edges_.push_back({byte, child});
    if (n != 0 && children[n].size() > kDenseEdges) {
      nodes_[n].dense = static_cast<int32_t>(dense_.size() / 256);
      dense_.resize(dense_.size() + 256, 0);
      for (auto [byte, child] : children[n])
        dense_[dense_.size() - 256 + byte] = child;
    }
  }
  for (auto [byte, child] : children[0]) root_[byte] = child;
}

uint32_t NameTrie::SearchEdges(const Edge* edges, uint32_t count,
                               uint8_t byte) {
  const Edge* end = edges + count;
  const Edge* it = std::lower_bound(
      edges, end, byte, [](const Edge& e, uint8_t b) { return e.byte < b; });
  return it != end && it->byte == byte ? it->child : 0;
}

size_t NameTrie::Longest(std::string_view text, size_t pos, int* which) const {
  size_t longest = 0;
  uint32_t node = 0;
  for (size_t i = pos; i < text.size(); ++i) {
    node = Child(node, Fold(text[i]));
    if (node == 0) break;
    if (nodes_[node].name >= 0) {
      longest = i + 1 - pos;
      *which = nodes_[node].name;
    }
  }
  return longest;
}

bool NameTrie::StartsWord(std::string_view text, size_t pos, char next) const {
  uint32_t node = 0;
  for (size_t i = pos; i < text.size(); ++i) {
    if (node != 0 && nodes_[node].name >= 0 && text[i] == next) return true;
    node = Child(node, Fold(text[i]));
    if (node == 0) return false;
  }
  return false;
}

size_t NameTrie::Prefixes(std::string_view text, size_t pos, size_t* lengths,
                          size_t max, int* which) const {
  size_t count = 0;
  uint32_t node = 0;
  for (size_t i = pos; i < text.size(); ++i) {
    node = Child(node, Fold(text[i]));
    if (node == 0) break;
    if (nodes_[node].name >= 0) {
      if (count < max) {
        lengths[count] = i + 1 - pos;
        if (which != nullptr) which[count] = nodes_[node].name;
      }
      ++count;
    }
  }
  return count;
}

}  // namespace kg::extract::internal
