#include "extract/internal/clause_filter.h"

#include <algorithm>
#include <map>
#include <utility>

#include "extract/internal/open_table.h"
#include "extract/internal/text_util.h"

namespace kg::extract::internal {
namespace {

constexpr unsigned char Lower(unsigned char c) {
  return c >= 'A' && c <= 'Z' ? static_cast<unsigned char>(c + 32) : c;
}

// The lower-case form of an ASCII word byte, 0 for any other byte: one load
// classifies and folds.
struct WordTable {
  unsigned char lower[256] = {};
  constexpr WordTable() {
    for (int c = 0; c < 256; ++c)
      if (IsRe2WordByte(static_cast<unsigned char>(c)))
        lower[c] = Lower(static_cast<unsigned char>(c));
  }
};
constexpr WordTable kWords;

// FNV-1a over lower-cased bytes: the scan of a run computes it as it goes,
// and the hashes of the run's first three and four bytes on the way.
constexpr uint64_t kFnvBasis = 14695981039346656037ull;
constexpr uint64_t kFnvPrime = 1099511628211ull;

uint64_t Fnv(const char* s, size_t n) {
  uint64_t h = kFnvBasis;
  for (size_t i = 0; i < n; ++i)
    h = (h ^ Lower(static_cast<unsigned char>(s[i]))) * kFnvPrime;
  return h;
}

bool EqualLower(const std::string& key, const char* text, size_t n) {
  if (key.size() != n) return false;
  for (size_t i = 0; i < n; ++i)
    if (static_cast<unsigned char>(key[i]) !=
        Lower(static_cast<unsigned char>(text[i])))
      return false;
  return true;
}

// Small enough for the stack: items of kg's packs have a few clauses each.
constexpr size_t kStackStride = 16;

}  // namespace

uint64_t ClauseFilter::Mix(uint64_t fnv, Kind kind) {
  const uint64_t h = (fnv ^ (0x9E37u * (kind + 1u))) * kFnvPrime;
  return h ^ (h >> 29);
}

void ClauseFilter::Add(const std::vector<std::vector<std::string>>& clauses) {
  items_.push_back(clauses);
}

void ClauseFilter::Build() {
  // Each clause as keys; a clause with a term that gives no key holds
  // everywhere and is left out.
  std::map<std::pair<std::string, int>, std::vector<size_t>> clauses_of;
  std::vector<std::vector<size_t>> item_clauses(items_.size());
  size_t clause_count = 0;
  for (size_t i = 0; i < items_.size(); ++i) {
    for (const auto& terms : items_[i]) {
      std::vector<std::pair<std::string, int>> keys;
      bool always = terms.empty();
      for (std::string t : terms) {
        const bool start = !t.empty() && t.back() == '*';
        const bool end = !start && !t.empty() && t.front() == '*';
        if (start) t.pop_back();
        if (end) t.erase(0, 1);
        if (t.empty() || ((start || end) && t.size() < 3)) {
          always = true;
          break;
        }
        if (start) {
          keys.push_back({t.substr(0, 4), t.size() == 3 ? kStart3 : kStart4});
        } else if (end) {
          keys.push_back({t.substr(t.size() - std::min<size_t>(t.size(), 4)),
                          t.size() == 3 ? kEnd3 : kEnd4});
        } else {
          keys.push_back({t, kWhole});
        }
      }
      // Past 64 clauses an item's are dropped (it passes more often): its
      // clauses then fit in two mask words.
      if (always || item_clauses[i].size() >= 64) continue;
      for (const auto& k : keys) clauses_of[k].push_back(clause_count);
      item_clauses[i].push_back(clause_count++);
    }
  }
  stride_ = std::max<size_t>(1, (clause_count + 63) / 64);
  item_needs_.assign(items_.size(), ItemNeed{});
  for (size_t i = 0; i < items_.size(); ++i) {
    ItemNeed& need = item_needs_[i];
    if (item_clauses[i].empty()) continue;
    need.word0 = item_clauses[i].front() / 64;
    need.word1 = item_clauses[i].back() / 64;
    for (size_t c : item_clauses[i])
      (c / 64 == need.word0 ? need.mask0 : need.mask1) |= uint64_t{1}
                                                          << (c % 64);
  }
  keys_.clear();
  key_masks_.assign(clauses_of.size() * stride_, 0);
  for (auto& p : pairs_) p.assign(65536 / 64, 0);
  whole_lengths_ = 0;
  kinds_ = 0;
  for (const auto& [key, clauses] : clauses_of) {
    const size_t row = keys_.size();
    for (size_t c : clauses)
      key_masks_[row * stride_ + c / 64] |= uint64_t{1} << (c % 64);
    const Kind kind = static_cast<Kind>(key.second);
    keys_.push_back({key.first, kind,
                     Mix(Fnv(key.first.data(), key.first.size()), kind)});
    kinds_ |= 1u << kind;
    const std::string& t = key.first;
    const auto u = [&](size_t i) {
      return i < t.size() ? static_cast<unsigned char>(t[i]) : 0;
    };
    size_t pair = 0;
    Pairs pairs = kWholePairs;
    if (kind == kWhole) {
      whole_lengths_ |= uint64_t{1} << std::min<size_t>(t.size(), 63);
      pair = PairIndex(u(0), u(1));
    } else if (kind == kStart3 || kind == kStart4) {
      pairs = kStartPairs;
      pair = PairIndex(u(0), u(1));
    } else {
      pairs = kEndPairs;
      pair = PairIndex(u(t.size() - 2), u(t.size() - 1));
    }
    pairs_[pairs][pair / 64] |= uint64_t{1} << (pair % 64);
  }
  table_ = BuildOpenTable(keys_);
}

int32_t ClauseFilter::Find(uint64_t hash, Kind kind, const char* text,
                           size_t n) const {
  const size_t mask = table_.size() - 1;
  for (size_t slot = hash & mask; table_[slot] >= 0; slot = (slot + 1) & mask) {
    const Key& k = keys_[static_cast<size_t>(table_[slot])];
    if (k.hash == hash && k.kind == kind && EqualLower(k.text, text, n))
      return table_[slot];
  }
  return -1;
}

void ClauseFilter::Met(uint64_t hash, Kind kind, const char* text, size_t n,
                       uint64_t* met) const {
  if ((kinds_ >> kind & 1) == 0) return;
  const int32_t row = Find(Mix(hash, kind), kind, text, n);
  if (row < 0) return;
  const uint64_t* m = &key_masks_[static_cast<size_t>(row) * stride_];
  for (size_t k = 0; k < stride_; ++k) met[k] |= m[k];
}

void ClauseFilter::Passing(std::string_view text, std::vector<int>* out) const {
  out->clear();
  std::vector<uint64_t> heap;
  uint64_t stack[kStackStride] = {};
  uint64_t* met = stack;
  if (stride_ > kStackStride) {
    heap.assign(stride_, 0);
    met = heap.data();
  }
  bool folds = false;  // a Kelvin sign or a long s
  if (!keys_.empty()) {
    const char* s = text.data();
    size_t i = 0;
    while (i < text.size()) {
      const auto c = static_cast<unsigned char>(s[i]);
      if (kWords.lower[c] == 0) {
        if (c >= 0x80)
          folds = folds || (c == 0xE2 && text.substr(i, 3) == "\xE2\x84\xAA") ||
                  (c == 0xC5 && text.substr(i, 2) == "\xC5\xBF");
        ++i;
        continue;
      }
      uint64_t h = kFnvBasis;
      size_t e = i;
      for (unsigned char b; e < text.size() &&
                            (b = kWords.lower[static_cast<unsigned char>(s[e])]);
           ++e)
        h = (h ^ b) * kFnvPrime;
      const size_t n = e - i;
      const unsigned char first = kWords.lower[c];
      const unsigned char second =
          n > 1 ? kWords.lower[static_cast<unsigned char>(s[i + 1])] : 0;
      if ((whole_lengths_ >> std::min<size_t>(n, 63) & 1) != 0 &&
          HasPair(kWholePairs, PairIndex(first, second)))
        Met(h, kWhole, s + i, n, met);
      if (n >= 3 && HasPair(kStartPairs, PairIndex(first, second))) {
        const uint64_t h3 = Fnv(s + i, 3);
        Met(h3, kStart3, s + i, 3, met);
        if (n >= 4) {
          const uint64_t h4 =
              (h3 ^ kWords.lower[static_cast<unsigned char>(s[i + 3])]) *
              kFnvPrime;
          Met(h4, kStart4, s + i, 4, met);
        }
      }
      if (n >= 3 &&
          HasPair(kEndPairs,
                  PairIndex(kWords.lower[static_cast<unsigned char>(s[e - 2])],
                            kWords.lower[static_cast<unsigned char>(s[e - 1])]))) {
        Met(Fnv(s + e - 3, 3), kEnd3, s + e - 3, 3, met);
        if (n >= 4) Met(Fnv(s + e - 4, 4), kEnd4, s + e - 4, 4, met);
      }
      i = e;
    }
  }
  // An item's clauses are numbered in a row: at most two mask words each.
  for (size_t item = 0; item < items_.size(); ++item) {
    const ItemNeed& need = item_needs_[item];
    if (folds || ((need.mask0 & ~met[need.word0]) == 0 &&
                  (need.mask1 & ~met[need.word1]) == 0))
      out->push_back(static_cast<int>(item));
  }
}

}  // namespace kg::extract::internal
