// NameTrie: a byte trie of names, for finding which names a text has at a
// given position in time proportional to the name's length.
//
//   internal::NameTrie trie({"Niger", "Nigeria"});
//   int which = -1;
//   trie.Longest("Nigeria's", 0, &which);   // 7, which == 1
//   trie.StartsWord("Niger Delta", 0, ' ');  // true: "Niger" then ' '
//
// kg looks names up at word starts only (see WordStartMatcher); with a few
// thousand names, a trie walk there costs tens of nanoseconds where an
// anchored RE2 search of their alternation costs about a microsecond.
// With `fold_ascii_case`, ASCII letters match in either case (other bytes
// exactly).
#ifndef KG_EXTRACT_INTERNAL_NAME_TRIE_H_
#define KG_EXTRACT_INTERNAL_NAME_TRIE_H_

#include <array>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace kg::extract::internal {

class NameTrie {
 public:
  NameTrie() = default;
  explicit NameTrie(const std::vector<std::string>& names,
                    bool fold_ascii_case = false);

  bool empty() const { return nodes_.size() <= 1; }

  /// Whether some name begins with the byte `c` (a table lookup: callers
  /// skip the positions no name can start at before anything dearer).
  bool MayBegin(char c) const { return root_[Fold(c)] != 0; }

  /// The length of the longest name that text[pos..] begins with (0 for
  /// none); its index in the names given through *which.
  size_t Longest(std::string_view text, size_t pos, int* which) const;

  /// Whether text[pos..] begins with a name followed by the byte `next`.
  bool StartsWord(std::string_view text, size_t pos, char next) const;

  /// The lengths of every name that text[pos..] begins with, shortest
  /// first, into lengths[0..max), and their indices into which[0..max)
  /// if given; returns how many there are (those past `max` are not
  /// stored; with max 0 the arrays may be null). "New York City" with
  /// {"New", "New York"}: 3, 8.
  size_t Prefixes(std::string_view text, size_t pos, size_t* lengths,
                  size_t max, int* which = nullptr) const;

 private:
  struct Node {
    uint32_t first_edge = 0;  // children: edges_[first_edge, + edge_count)
    uint32_t edge_count = 0;
    int32_t name = -1;   // the name that ends here, or -1
    int32_t dense = -1;  // its children by byte: dense_[dense * 256 + byte]
  };
  struct Edge {
    uint8_t byte;
    uint32_t child;
  };
  // The child of `node` by `byte`, or 0 (the root is never a child).
  // Inline, and a linear scan for a few edges (most nodes have one): the
  // walks call it for every byte.
  uint32_t Child(uint32_t node, uint8_t byte) const {
    if (node == 0) return root_[byte];
    const Node& n = nodes_[node];
    if (n.dense >= 0) return dense_[static_cast<size_t>(n.dense) * 256 + byte];
    const Edge* e = edges_.data() + n.first_edge;
    if (n.edge_count <= kLinearEdges) {
      for (const Edge* end = e + n.edge_count; e != end; ++e)
        if (e->byte >= byte) return e->byte == byte ? e->child : 0;
      return 0;
    }
    return SearchEdges(e, n.edge_count, byte);
  }
  static uint32_t SearchEdges(const Edge* edges, uint32_t count, uint8_t byte);
  uint8_t Fold(char c) const {
    uint8_t b = static_cast<uint8_t>(c);
    return fold_ && b >= 'A' && b <= 'Z' ? static_cast<uint8_t>(b + 32) : b;
  }

  bool fold_ = false;
  std::vector<Node> nodes_;
  std::vector<Edge> edges_;           // sorted by byte within a node
  std::array<uint32_t, 256> root_{};  // the root's children, by byte
  // Nodes with more than kDenseEdges children (the first letters of a
  // large list: "Al", "Ma") look them up in a table of 256.
  static constexpr uint32_t kLinearEdges = 8;
  static constexpr uint32_t kDenseEdges = 16;
  std::vector<uint32_t> dense_;
};

}  // namespace kg::extract::internal

#endif  // KG_EXTRACT_INTERNAL_NAME_TRIE_H_
