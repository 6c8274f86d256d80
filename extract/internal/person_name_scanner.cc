#include "extract/internal/person_name_scanner.h"

#include <unordered_map>

#include "base/utf8.h"
#include "extract/internal/name_scanner.h"

namespace kg::extract::internal {
namespace {

constexpr size_t kNone = std::string_view::npos;
constexpr size_t kMaxNested = 64;

// "(?: Word){1,2}" after `pos`: one or two name words, each after a space.
size_t Words(std::string_view text, size_t pos) {
  if (pos >= text.size() || text[pos] != ' ') return kNone;
  return NameRunEnd(text, pos + 1, 2);
}

// " \p{Lu}." at `pos`: the position after it, or npos.
size_t InitialEnd(std::string_view text, size_t pos) {
  if (pos + 1 >= text.size() || text[pos] != ' ') return kNone;
  const Utf8Char c = DecodeUtf8(text, pos + 1);
  if (!c.valid || !IsUpperLetter(c.cp)) return kNone;
  const size_t dot = pos + 1 + c.length;
  return dot < text.size() && text[dot] == '.' ? dot + 1 : kNone;
}

}  // namespace

bool PersonNameScanner::usable() const { return max_nested_ <= kMaxNested; }

PersonNameScanner::PersonNameScanner(
    const std::vector<std::string>& given_names,
    const std::vector<std::string>& family_names) {
  std::unordered_map<std::string, uint8_t> kinds;
  std::vector<std::string> names;
  auto add = [&](const std::vector<std::string>& list, uint8_t kind) {
    for (const std::string& n : list) {
      if (n.empty()) continue;
      auto [it, fresh] = kinds.emplace(n, 0);
      if (fresh) names.push_back(n);
      it->second |= kind;
    }
  };
  add(given_names, kGiven);
  add(family_names, kFamily);
  names_ = NameTrie(names);
  for (const std::string& n : names) kinds_.push_back(kinds[n]);
  // The names a name begins with (itself too), by a walk of the trie.
  for (const std::string& n : names) {
    const size_t nested = names_.Prefixes(n, 0, nullptr, 0);
    max_nested_ = nested > max_nested_ ? nested : max_nested_;
  }
}

size_t PersonNameScanner::MatchEnd(std::string_view text, size_t pos) const {
  if (!usable() || pos >= text.size() || !names_.MayBegin(text[pos]))
    return kNone;
  size_t lengths[kMaxNested];
  int which[kMaxNested];
  const size_t n = names_.Prefixes(text, pos, lengths, kMaxNested, which);
  // Given names, longest first: an initial if it leads to a word, then
  // the words alone.
  for (size_t i = n; i-- > 0;) {
    if ((kinds_[static_cast<size_t>(which[i])] & kGiven) == 0) continue;
    const size_t e = pos + lengths[i];
    if (const size_t initial = InitialEnd(text, e); initial != kNone)
      if (const size_t end = Words(text, initial); end != kNone) return end;
    if (const size_t end = Words(text, e); end != kNone) return end;
  }
  for (size_t i = n; i-- > 0;) {
    if ((kinds_[static_cast<size_t>(which[i])] & kFamily) == 0) continue;
    if (const size_t end = Words(text, pos + lengths[i]); end != kNone)
      return end;
  }
  return kNone;
}

}  // namespace kg::extract::internal
