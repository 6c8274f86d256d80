// Internal: a stream buffer over bytes [0, length) of another one, for
// reading one range of a file (an InputSlice of JSON Lines) as if it were
// the whole input.
//
//   std::ifstream file("feed.jsonl", std::ios::binary);
//   file.seekg(4096);
//   internal::ByteRangeBuf range(file.rdbuf(), 8192 - 4096);
//   std::istream in(&range);   // ends at byte 8192 of the file
//   if (range.short_read()) ...  // the file ended before the range did
#ifndef KG_EXTRACT_INTERNAL_BYTE_RANGE_BUF_H_
#define KG_EXTRACT_INTERNAL_BYTE_RANGE_BUF_H_

#include <cstdint>
#include <streambuf>

namespace kg::extract::internal {

class ByteRangeBuf : public std::streambuf {
 public:
  ByteRangeBuf(std::streambuf* source, uint64_t length)
      : source_(source), left_(length) {}

  /// True if the source ended (or failed) before `length` bytes.
  bool short_read() const { return short_read_; }

 protected:
  int_type underflow() override;

 private:
  std::streambuf* source_;
  uint64_t left_;
  bool short_read_ = false;
  char buffer_[64 * 1024];
};

}  // namespace kg::extract::internal

#endif  // KG_EXTRACT_INTERNAL_BYTE_RANGE_BUF_H_
