#include "extract/internal/text_parts.h"

#include <algorithm>

namespace kg::extract::internal {
namespace {

// How far back from the part's end a blank line or line break is looked
// for: a long paragraph should not make a part much smaller than asked.
constexpr size_t kSearchBack = 64 * 1024;

}  // namespace

size_t PartCut(std::string_view bytes) {
  const size_t floor = bytes.size() > kSearchBack ? bytes.size() - kSearchBack
                                                  : bytes.size() / 2;
  // After a blank line ("\n\n" or "\n\r\n"): paragraphs stay whole.
  for (size_t at = bytes.rfind('\n');
       at != std::string_view::npos && at > floor;
       at = bytes.rfind('\n', at - 1)) {
    size_t before = at;
    while (before > 0 &&
           (bytes[before - 1] == '\r' || bytes[before - 1] == ' ' ||
            bytes[before - 1] == '\t'))
      --before;
    if (before > 0 && bytes[before - 1] == '\n') return at + 1;
  }
  if (size_t at = bytes.rfind('\n'); at != std::string_view::npos && at > floor)
    return at + 1;
  if (size_t at = bytes.rfind(' '); at != std::string_view::npos && at > floor)
    return at + 1;
  // No space at all: cut before the last character, which may be
  // incomplete, so that no UTF-8 sequence is split.
  size_t cut = bytes.size();
  while (cut > floor &&
         (static_cast<unsigned char>(bytes[cut - 1]) & 0xC0) == 0x80)
    --cut;
  if (cut > floor && (static_cast<unsigned char>(bytes[cut - 1]) & 0x80) != 0)
    --cut;
  return cut > floor ? cut : bytes.size();
}

bool TextParts::Next(std::string* bytes, size_t* offset) {
  *bytes = std::move(carry_);
  carry_.clear();
  const size_t have = bytes->size();
  if (have > part_bytes_) {
    // More bytes were given ahead than a part holds: the rest waits.
    carry_.assign(*bytes, part_bytes_, std::string::npos);
    bytes->resize(part_bytes_);
  } else if (have < part_bytes_) {
    bytes->resize(part_bytes_);
    in_->read(bytes->data() + have,
              static_cast<std::streamsize>(part_bytes_ - have));
    bytes->resize(have + static_cast<size_t>(in_->gcount()));
  }
  if (bytes->empty() || in_->bad()) return false;
  *offset = offset_;
  // Not at the end of the input: cut, and keep the rest for the next part.
  if (!carry_.empty() ||
      in_->peek() != std::istream::traits_type::eof()) {
    const size_t cut = PartCut(*bytes);
    carry_.insert(0, *bytes, cut, std::string::npos);
    bytes->resize(cut);
  }
  in_->clear(in_->rdstate() & ~std::ios::failbit);
  offset_ += bytes->size();
  return true;
}

}  // namespace kg::extract::internal
