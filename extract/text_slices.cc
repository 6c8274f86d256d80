#include "extract/text_slices.h"

#include <algorithm>
#include <cerrno>
#include <filesystem>
#include <fstream>
#include <utility>

#include "base/utf8.h"
#include "extract/internal/text_layout.h"
#include "extract/internal/text_parts.h"

namespace kg::extract {
namespace {

TextCarry CarryOf(const internal::LayoutCarry& layout,
                  const std::string& title) {
  TextCarry carry;
  carry.title = title;
  carry.open = layout.open;
  carry.title_index = layout.title_index;
  carry.title_seen = layout.title_seen;
  return carry;
}

}  // namespace

Status CutTextFile(const std::string& path, bool listed, uint64_t first_bytes,
                   uint64_t slice_bytes, std::vector<InputSlice>* slices,
                   size_t part_bytes) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return Status::FromErrno(path, errno);
  std::error_code ec;
  const std::string absolute =
      std::filesystem::absolute(path, ec).lexically_normal().string();
  // The parts as DocumentReader cuts them, each laid out as it lays them
  // out, so that the state at a slice's start is the reader's there.
  internal::TextParts parts(&in, part_bytes);
  internal::LayoutCarry layout;
  std::string title;
  std::string bytes;
  size_t offset = 0;
  InputSlice current;
  current.path = path;
  current.file = ec ? path : absolute;
  current.listed = listed;
  current.text_range = true;
  uint64_t target = std::max<uint64_t>(first_bytes, 1);
  while (parts.Next(&bytes, &offset)) {
    if (offset > current.begin && offset - current.begin >= target) {
      current.end = offset;
      slices->push_back(current);
      current.begin = offset;
      current.carry = CarryOf(layout, title);
      target = std::max<uint64_t>(slice_bytes, 1);
    }
    Document doc;
    std::vector<size_t> replacements;
    doc.text = RepairUtf8(bytes, &replacements);
    internal::LayOutText(&doc, &layout);
    if (offset == 0) title = doc.title;
    current.end = offset + bytes.size();
  }
  if (parts.failed()) return Status::FromErrno(path, errno);
  if (current.end > current.begin) slices->push_back(current);
  return Status::Ok();
}

}  // namespace kg::extract
