#include "extract/internal/byte_range_buf.h"

#include <algorithm>

namespace kg::extract::internal {

ByteRangeBuf::int_type ByteRangeBuf::underflow() {
  if (gptr() < egptr()) return traits_type::to_int_type(*gptr());
  if (left_ == 0) return traits_type::eof();
  const std::streamsize want = static_cast<std::streamsize>(
      std::min<uint64_t>(left_, sizeof buffer_));
  const std::streamsize n = source_->sgetn(buffer_, want);
  if (n <= 0) {
    // The planner measured the file: it shrank, or the read failed. The
    // reader says so rather than returning fewer documents silently.
    short_read_ = true;
    left_ = 0;
    return traits_type::eof();
  }
  left_ -= static_cast<uint64_t>(n);
  setg(buffer_, buffer_, buffer_ + n);
  return traits_type::to_int_type(*gptr());
}

}  // namespace kg::extract::internal
