#include "extract/document.h"

#include "base/utf8.h"

namespace kg::extract {

std::string Section::PathString() const {
  std::string out;
  for (const std::string& part : path) {
    if (!out.empty()) out += " > ";
    out += part;
  }
  return out;
}

size_t Document::OriginalOffset(size_t pos) const {
  return part_offset + kg::OriginalOffset(replacements, pos);
}

}  // namespace kg::extract
