// WordStartMatcher: finds the matches of one RE2 pattern that begin at word
// starts, by trying the pattern anchored at each word start in turn.
//
//   internal::WordStartMatcher names(std::move(re), {"Xi", "al-Assad"});
//   names.ForEach(sentence, [&](const std::vector<re2::StringPiece>& g,
//                               size_t begin) { ... });
//
// Why: kg's name patterns are large alternations (thousands of names). An
// unanchored search must follow every partial name that could start at
// every byte at once, so RE2's DFA meets new states all along a varied
// text and spends most of its time building them (a few MB/s). Anchored at
// a word start, the DFA only walks the names that begin there, and stops at
// the first byte that continues none: few states, all soon cached.
//
// A word start is a position not glued to a letter or digit before it
// (StartsFree) whose first byte may begin a match: an upper-case ASCII
// letter, any non-ASCII lead byte, or the first byte (in either case) of
// one of the strings given. A pattern that may begin with anything else
// must name it in those strings (kg's name patterns begin with a capital,
// "al-" or "el-", a title or a listed name): most words, in lower case,
// then cost nothing. Matches are
// found left to right and do not overlap: after one, the search goes on
// from its end. The match at a start is the one RE2 gives anchored there
// (leftmost-first, or longest with Options::longest_match).
#ifndef KG_EXTRACT_INTERNAL_WORD_START_MATCHER_H_
#define KG_EXTRACT_INTERNAL_WORD_START_MATCHER_H_

#include <re2/re2.h>

#include <bitset>
#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "extract/internal/name_trie.h"
#include "extract/internal/text_util.h"
#include "extract/internal/word_starts.h"

namespace kg::extract::internal {

class WordStartMatcher {
 public:
  WordStartMatcher() = default;
  WordStartMatcher(std::unique_ptr<RE2> re,
                   const std::vector<std::string>& first_words);

  /// For a pattern that always begins with one of `lead_words` and a space
  /// ("(?:President|Premier) Name"): RE2 is tried only where the text has
  /// one (a trie lookup, ASCII case ignored if `ignore_case`).
  WordStartMatcher& RequireLeadWord(const std::vector<std::string>& lead_words,
                                    bool ignore_case);

  /// Only `words`' first bytes (exactly, case kept) may begin a match:
  /// RequireLeadWord's first-byte test without its trie, for a caller that
  /// checks the lead word itself (ForEachScanned).
  WordStartMatcher& RequireFirstBytesOf(const std::vector<std::string>& words);

  bool ok() const { return re_ && re_->ok(); }
  const RE2& re() const { return *re_; }

  /// The match anchored at `pos` (groups[0] whole, then the groups), or
  /// false.
  bool MatchAt(std::string_view text, size_t pos, re2::StringPiece* groups,
               int n) const;

  /// Calls fn(groups, begin) for each match, as described above.
  template <typename Fn>
  void ForEach(std::string_view text, Fn fn) const {
    ForEachWhere(text, nullptr, Always, fn);
  }
  /// The same, given the text's word starts: only those are tried when
  /// they are all the pattern needs (WordStarts::Covers).
  template <typename Fn>
  void ForEach(const WordStarts& starts, Fn fn) const {
    ForEachWhere(starts.text(), &starts, Always, fn);
  }

  /// ForEach, trying RE2 only at the starts where may_match(pos) holds: a
  /// cheap test that must hold wherever the pattern matches (the caller
  /// proves it), so that the matches are the same.
  template <typename Gate, typename Fn>
  void ForEachWhere(std::string_view text, Gate may_match, Fn fn) const {
    ForEachWhere(text, nullptr, may_match, fn);
  }
  template <typename Gate, typename Fn>
  void ForEachWhere(const WordStarts& starts, Gate may_match, Fn fn) const {
    ForEachWhere(starts.text(), &starts, may_match, fn);
  }

  /// The whole matches only, as fn(begin, end): without groups RE2 answers
  /// from its DFA alone (a caller that needs groups finds them itself).
  template <typename Fn>
  void ForEachSpan(std::string_view text, Fn fn) const {
    ForEachSpan(text, nullptr, fn);
  }
  template <typename Fn>
  void ForEachSpan(const WordStarts& starts, Fn fn) const {
    ForEachSpan(starts.text(), &starts, fn);
  }

  /// ForEachSpan with `scan(pos)` (the end of a match at `pos`, or npos)
  /// standing in for RE2: a hand-written matcher of the same pattern that
  /// also finds nothing where no lead word begins (RequireLeadWord: that
  /// test is then left to it).
  // (Its own loop, not Scan's: sharing Scan with the lead-word test made
  // a flag cost 7 M instructions per 4 MB of text in title persons.)
  template <typename ScanFn, typename Fn>
  void ForEachScanned(const WordStarts& starts, ScanFn scan, Fn fn) const {
    const std::string_view text = starts.text();
    auto try_at = [&](size_t pos) -> size_t {
      const size_t end = scan(pos);
      if (end == std::string_view::npos) return 0;
      fn(pos, end);
      return end > pos ? end - pos : 1;
    };
    if (covered_) {
      starts.ForEach([&](size_t pos) {
        return first_bytes_[static_cast<unsigned char>(text[pos])]
                   ? pos + try_at(pos)
                   : 0;
      });
      return;
    }
    size_t pos = 0;
    while (pos < text.size()) {
      size_t skip = 0;
      if (first_bytes_[static_cast<unsigned char>(text[pos])] &&
          StartsFree(text, pos))
        skip = try_at(pos);
      pos = skip > 0 ? pos + skip : NextCandidate(text, pos);
    }
  }

  /// Whether a match may begin at `pos`: a word start with a possible
  /// first byte.
  bool MayStart(std::string_view text, size_t pos) const {
    return first_bytes_[static_cast<unsigned char>(text[pos])] &&
           StartsFree(text, pos) && LeadWordAt(text, pos);
  }

 private:
  static bool Always(size_t) { return true; }
  bool LeadWordAt(std::string_view text, size_t pos) const {
    return lead_words_.empty() ||
           (LeadPairAt(text, pos) && lead_words_.StartsWord(text, pos, ' '));
  }
  // Whether text[pos] and text[pos + 1] may begin a lead word and its
  // space: most word starts fail here, before the trie walk.
  bool LeadPairAt(std::string_view text, size_t pos) const {
    if (pos + 1 >= text.size()) return false;
    const size_t pair =
        size_t{FoldLead(text[pos])} << 8 | FoldLead(text[pos + 1]);
    return (lead_pairs_[pair >> 6] >> (pair & 63) & 1) != 0;
  }
  uint8_t FoldLead(char c) const {
    const auto b = static_cast<uint8_t>(c);
    return fold_lead_ && b >= 'A' && b <= 'Z' ? static_cast<uint8_t>(b + 32)
                                              : b;
  }

  template <typename Gate, typename Fn>
  void ForEachWhere(std::string_view text, const WordStarts* starts,
                    Gate may_match, Fn fn) const {
    const int n = 1 + re_->NumberOfCapturingGroups();
    std::vector<re2::StringPiece> groups(static_cast<size_t>(n));
    Scan(text, starts, may_match, [&](size_t pos) {
      if (!MatchAt(text, pos, groups.data(), n)) return size_t{0};
      fn(groups, pos);
      return groups[0].size() > 0 ? groups[0].size() : 1;
    });
  }
  template <typename Fn>
  void ForEachSpan(std::string_view text, const WordStarts* starts,
                   Fn fn) const {
    re2::StringPiece whole;
    Scan(text, starts, Always, [&](size_t pos) {
      if (!MatchAt(text, pos, &whole, 1)) return size_t{0};
      fn(pos, pos + whole.size());
      return whole.size() > 0 ? whole.size() : 1;
    });
  }

  // Calls try_at(pos) at each possible start where gate(pos) holds; it
  // gives the length to skip after a match, or 0 for none. Given `starts`
  // (of `text`) that cover the first bytes, only those are looked at.
  template <typename Gate, typename TryAt>
  void Scan(std::string_view text, const WordStarts* starts, Gate gate,
            TryAt try_at) const {
    if (starts != nullptr && covered_) {
      // A listed position StartsFree: MayStart without asking again.
      starts->ForEach([&](size_t pos) {
        return first_bytes_[static_cast<unsigned char>(text[pos])] &&
                       LeadWordAt(text, pos) && gate(pos)
                   ? pos + try_at(pos)
                   : 0;
      });
      return;
    }
    size_t pos = 0;
    while (pos < text.size()) {
      size_t skip = 0;
      if (MayStart(text, pos) && gate(pos)) skip = try_at(pos);
      // Without a match, the rest of an ASCII word starts nothing.
      pos = skip > 0 ? pos + skip : NextCandidate(text, pos);
    }
  }

  std::unique_ptr<RE2> re_;
  std::bitset<256> first_bytes_;
  bool covered_ = false;  // WordStarts::Covers(first_bytes_)
  NameTrie lead_words_;   // empty: no lead word required
  bool fold_lead_ = false;
  std::vector<uint64_t> lead_pairs_;  // 65536 bits, by LeadPairAt's pair
};

}  // namespace kg::extract::internal

#endif  // KG_EXTRACT_INTERNAL_WORD_START_MATCHER_H_
