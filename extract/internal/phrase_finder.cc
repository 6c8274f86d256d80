#include "extract/internal/phrase_finder.h"

#include <array>
#include <map>

namespace kg::extract::internal {
namespace {

constexpr size_t kMaxNested = 64;

// RE2's \w, which \b looks at.
constexpr bool IsWordByte(unsigned char b) {
  return (b >= '0' && b <= '9') || ((b | 0x20) >= 'a' && (b | 0x20) <= 'z') ||
         b == '_';
}
constexpr std::array<bool, 256> MakeWordBytes() {
  std::array<bool, 256> word{};
  for (int c = 0; c < 256; ++c)
    word[static_cast<size_t>(c)] = IsWordByte(static_cast<unsigned char>(c));
  return word;
}
constexpr std::array<bool, 256> kWordByte = MakeWordBytes();

bool IsWordByte(char c) { return kWordByte[static_cast<unsigned char>(c)]; }

bool HasFoldedKs(std::string_view text) {
  return text.find("\xE2\x84\xAA") != std::string_view::npos ||
         text.find("\xC5\xBF") != std::string_view::npos;
}

std::string Folded(const std::string& s) {
  std::string out = s;
  for (char& c : out)
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c + 32);
  return out;
}

}  // namespace

PhraseFinder::PhraseFinder(const std::vector<std::vector<std::string>>& lists)
    : lists_(lists.size() < 32 ? lists.size() : 32) {
  // One trie of the distinct folded phrases; each knows its lists.
  std::map<std::string, uint32_t> masks;
  std::vector<std::string> phrases;
  for (size_t l = 0; l < lists_; ++l) {
    bool ok = true;
    for (const std::string& p : lists[l]) {
      if (p.empty() || !IsWordByte(p.front()) || !IsWordByte(p.back()))
        ok = false;
      for (char c : p) ok &= static_cast<unsigned char>(c) < 0x80;
    }
    if (!ok) continue;
    usable_ |= uint32_t{1} << l;
    for (const std::string& p : lists[l]) {
      auto [it, fresh] = masks.emplace(Folded(p), 0);
      if (fresh) phrases.push_back(it->first);
      it->second |= uint32_t{1} << l;
    }
  }
  phrases_ = NameTrie(phrases, /*fold_ascii_case=*/true);
  for (const std::string& p : phrases) lists_of_.push_back(masks[p]);
  // FindAll keeps kMaxNested phrases that begin at one position: a list
  // with more phrases that are prefixes of one another is left to RE2.
  for (const std::string& p : phrases)
    if (phrases_.Prefixes(p, 0, nullptr, 0) > kMaxNested) usable_ = 0;
}

bool PhraseFinder::usable(size_t list, std::string_view text) const {
  return list < lists_ && (usable_ >> list & 1) != 0 && !HasFoldedKs(text);
}

uint32_t PhraseFinder::FindAll(std::string_view text,
                               std::vector<std::vector<Span>>* found) const {
  found->resize(lists_);
  for (auto& f : *found) f.clear();
  const uint32_t wanted = HasFoldedKs(text) ? 0 : usable_;
  if (wanted == 0 || phrases_.empty()) return wanted;
  // Where each list may match next: after its last match.
  size_t next[32] = {};
  size_t lengths[kMaxNested];
  int which[kMaxNested];
  const size_t size = text.size();
  size_t p = 0;
  while (p < size) {
    // A match begins with a word byte at a \b: try the first byte of each
    // run of word bytes, then skip the run.
    while (p < size && !IsWordByte(text[p])) ++p;
    if (p == size) break;
    if (phrases_.MayBegin(text[p])) {
      const size_t n = phrases_.Prefixes(text, p, lengths, kMaxNested, which);
      // Longest first, per list; each phrase ends with a word byte, so \b
      // wants no word byte after it.
      uint32_t done = 0;
      for (size_t i = n; i-- > 0;) {
        const size_t e = p + lengths[i];
        if (e < text.size() && IsWordByte(text[e])) continue;
        uint32_t lists =
            lists_of_[static_cast<size_t>(which[i])] & wanted & ~done;
        for (size_t l = 0; lists != 0; ++l, lists >>= 1) {
          if ((lists & 1) == 0 || p < next[l]) continue;
          (*found)[l].push_back({p, e});
          next[l] = e;
          done |= uint32_t{1} << l;
        }
      }
    }
    ++p;
    while (p < size && IsWordByte(text[p])) ++p;
  }
  return wanted;
}

}  // namespace kg::extract::internal
