#include "extract/internal/word_gates.h"

#include <algorithm>

#include "extract/internal/open_table.h"
#include "extract/internal/text_util.h"

namespace kg::extract::internal {
namespace {

char Lower(char c) {
  return c >= 'A' && c <= 'Z' ? static_cast<char>(c + 32) : c;
}

// FNV-1a, one byte at a time: cheap to fold into the scan of a run.
constexpr uint64_t kFnvBasis = 14695981039346656037ull;
constexpr uint64_t kFnvPrime = 1099511628211ull;

uint64_t LowerHash(std::string_view s) {
  uint64_t h = kFnvBasis;
  for (char c : s) h = (h ^ static_cast<unsigned char>(Lower(c))) * kFnvPrime;
  return h;
}

bool EqualLower(std::string_view lower, const char* text, size_t n) {
  if (lower.size() != n) return false;
  for (size_t i = 0; i < n; ++i)
    if (lower[i] != Lower(text[i])) return false;
  return true;
}

}  // namespace

int WordGates::AddFirstWords(const std::vector<std::string>& phrases,
                             bool ignore_case) {
  return Add(phrases, ignore_case, true);
}

int WordGates::AddLastWords(const std::vector<std::string>& phrases,
                            bool ignore_case) {
  return Add(phrases, ignore_case, false);
}

int WordGates::Add(const std::vector<std::string>& phrases, bool ignore_case,
                   bool first) {
  if (count_ >= 32) {  // past 32 gates the last bit is shared, and open
    always_ |= uint32_t{1} << 31;
    return 31;
  }
  const int gate = count_++;
  const uint32_t bit = uint32_t{1} << gate;
  if (ignore_case) folded_ |= bit;
  std::vector<std::string> keys;
  for (const std::string& p : phrases) {
    // The key run must reach the phrase's edge, or a match in the text
    // could have it glued to more word characters.
    const bool edge =
        !p.empty() &&
        IsRe2WordByte(static_cast<unsigned char>(first ? p.front() : p.back()));
    if (!edge) {
      always_ |= bit;
      return gate;
    }
    size_t b = 0, e = p.size();
    if (first) {
      e = 0;
      while (e < p.size() && IsRe2WordByte(static_cast<unsigned char>(p[e]))) ++e;
    } else {
      b = e;
      while (b > 0 && IsRe2WordByte(static_cast<unsigned char>(p[b - 1]))) --b;
    }
    keys.push_back(p.substr(b, e - b));
  }
  for (const std::string& key : keys) Insert(key, bit, ignore_case);
  return gate;
}

void WordGates::Insert(const std::string& key, uint32_t gate_bit,
                       bool ignore_case) {
  std::string lower = key;
  for (char& c : lower) c = Lower(c);
  const uint64_t h = LowerHash(lower);
  Key* k = const_cast<Key*>(Find(h, lower));
  if (k == nullptr) {
    keys_.push_back({lower, h, 0, {}});
    k = &keys_.back();
    Rehash();
  }
  if (ignore_case) {
    k->folded |= gate_bit;
    return;
  }
  for (auto& [text, gates] : k->exact)
    if (text == key) {
      gates |= gate_bit;
      return;
    }
  k->exact.push_back({key, gate_bit});
}

void WordGates::Rehash() {
  table_ = BuildOpenTable(keys_);
}

const WordGates::Key* WordGates::Find(uint64_t hash,
                                      std::string_view lower_run) const {
  if (table_.empty()) return nullptr;
  const size_t mask = table_.size() - 1;
  for (size_t slot = hash & mask; table_[slot] >= 0; slot = (slot + 1) & mask) {
    const Key& k = keys_[static_cast<size_t>(table_[slot])];
    if (k.hash == hash && k.lower == lower_run) return &k;
  }
  return nullptr;
}

uint32_t WordGates::Open(std::string_view text) const {
  uint32_t open = always_;
  if (keys_.empty()) return open;
  const size_t mask = table_.size() - 1;
  bool non_ascii = false;
  size_t i = 0;
  while (i < text.size()) {
    const unsigned char c = static_cast<unsigned char>(text[i]);
    if (!IsRe2WordByte(c)) {
      non_ascii |= c >= 0x80;
      ++i;
      continue;
    }
    uint64_t h = kFnvBasis;
    size_t e = i;
    for (; e < text.size(); ++e) {
      const unsigned char b = static_cast<unsigned char>(text[e]);
      if (!IsRe2WordByte(b)) break;
      h = (h ^ static_cast<unsigned char>(Lower(static_cast<char>(b)))) *
          kFnvPrime;
    }
    for (size_t slot = h & mask; table_[slot] >= 0; slot = (slot + 1) & mask) {
      const Key& k = keys_[static_cast<size_t>(table_[slot])];
      if (k.hash != h || !EqualLower(k.lower, text.data() + i, e - i)) continue;
      open |= k.folded;
      for (const auto& [exact, gates] : k.exact)
        if (std::string_view(text.data() + i, e - i) == exact) open |= gates;
      break;
    }
    i = e;
  }
  // A Kelvin sign or a long s, which (?i) folds into k and s.
  if (non_ascii && (text.find("\xE2\x84\xAA") != std::string_view::npos ||
                    text.find("\xC5\xBF") != std::string_view::npos))
    open |= folded_;
  return open;
}

}  // namespace kg::extract::internal
