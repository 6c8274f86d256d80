#include "export/internal/output_buffer.h"

#include <charconv>

namespace kg::exporter::internal {

void OutputBuffer::AppendUnsigned(uint64_t v) {
  char buf[24];
  const std::to_chars_result r = std::to_chars(buf, buf + sizeof buf, v);
  text_.append(buf, r.ptr);
}

void OutputBuffer::AppendSigned(int64_t v) {
  char buf[24];
  const std::to_chars_result r = std::to_chars(buf, buf + sizeof buf, v);
  text_.append(buf, r.ptr);
}

void OutputBuffer::AppendDouble(double v) {
  AppendFormattedDouble(v, &text_);
  MaybeFlush();
}

void OutputBuffer::Flush() {
  if (text_.empty()) return;
  out_.write(text_.data(), static_cast<std::streamsize>(text_.size()));
  text_.clear();
}

}  // namespace kg::exporter::internal
