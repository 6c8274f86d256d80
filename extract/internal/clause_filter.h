// ClauseFilter: which items (rules) a text may satisfy, when each item needs
// words of the text - a conjunction of clauses, each a list of terms of
// which one must be in the text. One pass over the text's words for all
// items.
//
//   internal::ClauseFilter f;
//   f.Add({{"met", "visit*"}, {"in"}});    // item 0
//   f.Add({});                             // item 1: no clause, always
//   f.Build();
//   std::vector<int> items;
//   f.Passing("Xi VISITED Moscow in May", &items);   // {0, 1}
//   f.Passing("Xi visited Moscow.", &items);         // {1}
//
// The words of a text are its runs of ASCII word characters ([0-9A-Za-z_]),
// in any case. A term (lower case) is a whole word ("met"), the start of a
// word ("visit*": a word that begins with "visit") or its end ("*ally").
// Only the first (last) four characters of a start (end) are compared, and
// a start or end of fewer than three characters holds everywhere: the
// filter may let through more, never less. A text with a Kelvin sign or a
// long s, which RE2's (?i) folds into k and s, passes every item. See
// RequiredWords, whose clauses this takes.
//
// Thread safety: Passing() is const and safe from many threads.
#ifndef KG_EXTRACT_INTERNAL_CLAUSE_FILTER_H_
#define KG_EXTRACT_INTERNAL_CLAUSE_FILTER_H_

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace kg::extract::internal {

class ClauseFilter {
 public:
  /// Adds the next item (numbered from 0) with its clauses of terms.
  void Add(const std::vector<std::vector<std::string>>& clauses);
  /// Call once after the last Add(), before Passing().
  void Build();

  /// Replaces *out with the items, ascending, every clause of which has a
  /// term in `text`.
  void Passing(std::string_view text, std::vector<int>* out) const;

  size_t item_count() const { return items_.size(); }
  /// The distinct keys the filter looks up (for tests and benchmarks).
  size_t word_count() const { return keys_.size(); }

 private:
  // What a key is compared with: a whole word, or a word's first or last
  // three or four characters.
  enum Kind : uint8_t { kWhole, kStart3, kStart4, kEnd3, kEnd4, kKinds };
  struct Key {
    std::string text;
    Kind kind;
    uint64_t hash;
  };
  static uint64_t Mix(uint64_t fnv, Kind kind);
  int32_t Find(uint64_t hash, Kind kind, const char* text, size_t n) const;
  void Met(uint64_t hash, Kind kind, const char* text, size_t n,
           uint64_t* met) const;

  std::vector<std::vector<std::vector<std::string>>> items_;
  std::vector<Key> keys_;
  std::vector<int32_t> table_;  // index into keys_, or -1; size a power of 2
  uint32_t kinds_ = 0;          // bit per Kind that some key has
  size_t stride_ = 0;           // 64-bit words per clause mask
  // A first test before any hash: per kind of key (whole, start, end), a
  // bit per pair of lower-case bytes - a word's first two (whole words and
  // starts) or last two (ends) - that some key has.
  enum Pairs { kWholePairs, kStartPairs, kEndPairs, kPairKinds };
  static size_t PairIndex(unsigned char a, unsigned char b) {
    return static_cast<size_t>(a) << 8 | b;
  }
  bool HasPair(Pairs p, size_t index) const {
    return (pairs_[p][index / 64] >> (index % 64) & 1) != 0;
  }
  std::vector<uint64_t> pairs_[kPairKinds];
  uint64_t whole_lengths_ = 0;  // bit n: a whole key of n bytes (63: more)
  std::vector<uint64_t> key_masks_;   // per key: the clauses it satisfies
  // Per item: its clauses, numbered in a row, so in two mask words at most.
  struct ItemNeed {
    uint32_t word0 = 0, word1 = 0;
    uint64_t mask0 = 0, mask1 = 0;
  };
  std::vector<ItemNeed> item_needs_;
};

}  // namespace kg::extract::internal

#endif  // KG_EXTRACT_INTERNAL_CLAUSE_FILTER_H_
