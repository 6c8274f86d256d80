#include "export/internal/text_builder.h"

#include <charconv>

namespace kg::exporter::internal {

void TextBuilder::AppendUnsigned(uint64_t v) {
  char buf[24];
  const std::to_chars_result r = std::to_chars(buf, buf + sizeof buf, v);
  text_.append(buf, r.ptr);
}

void TextBuilder::AppendSigned(int64_t v) {
  char buf[24];
  const std::to_chars_result r = std::to_chars(buf, buf + sizeof buf, v);
  text_.append(buf, r.ptr);
}

}  // namespace kg::exporter::internal
