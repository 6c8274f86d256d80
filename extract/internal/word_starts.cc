#include "extract/internal/word_starts.h"

#include <algorithm>
#include <array>
#include <cstdint>
#include <cstring>

#include "extract/internal/text_util.h"

namespace kg::extract::internal {
namespace {

// 1: an ASCII letter or digit; 2: a UTF-8 lead byte; 0: anything else.
constexpr std::array<uint8_t, 256> MakeClasses() {
  std::array<uint8_t, 256> classes{};
  for (int c = 0; c < 256; ++c) {
    const auto b = static_cast<unsigned char>(c);
    classes[static_cast<size_t>(c)] =
        IsAsciiWordByte(b) ? 1 : (b >= 0xC0 ? 2 : 0);
  }
  return classes;
}
constexpr std::array<uint8_t, 256> kClasses = MakeClasses();

}  // namespace

void WordStarts::Reset(std::string_view text) {
  text_ = text;
  positions_.clear();
  const size_t n = text.size();
  size_t pos = 0;
  while (pos < n) {
    const uint8_t k = kClasses[static_cast<unsigned char>(text[pos])];
    if (k == 0) {
      ++pos;
      continue;
    }
    if (StartsFree(text, pos)) positions_.push_back(pos);
    ++pos;
    // The rest of an ASCII word starts nothing (NextCandidate).
    if (k == 1)
      while (pos < n && kClasses[static_cast<unsigned char>(text[pos])] == 1)
        ++pos;
  }
}

bool WordStarts::Covers(const std::bitset<256>& first) {
  for (int c = 0; c < 0xC0; ++c)
    if (first[static_cast<size_t>(c)] && kClasses[static_cast<size_t>(c)] == 0)
      return false;
  return true;
}

std::string WordStarts::Uncovered(const std::bitset<256>& first) {
  std::string out;
  for (int c = 0; c < 0xC0; ++c)
    if (first[static_cast<size_t>(c)] && kClasses[static_cast<size_t>(c)] == 0)
      out.push_back(static_cast<char>(c));
  return out;
}

size_t WordStarts::NextOf(std::string_view bytes, size_t from) const {
  size_t next = std::string_view::npos;
  for (char b : bytes) next = std::min(next, text_.find(b, from));
  return next;
}

void WordStarts::With(std::string_view bytes, std::vector<size_t>* out) const {
  out->assign(positions_.begin(), positions_.end());
  const size_t before = out->size();
  for (char b : bytes)
    for (const char* p = text_.data();
         (p = static_cast<const char*>(std::memchr(
              p, b, text_.size() - static_cast<size_t>(p - text_.data())))) !=
         nullptr;
         ++p)
      out->push_back(static_cast<size_t>(p - text_.data()));
  if (out->size() > before) std::sort(out->begin(), out->end());
}

}  // namespace kg::extract::internal
