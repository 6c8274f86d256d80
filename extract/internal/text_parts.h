// Internal: reads a long text file in parts of about `part_bytes`, each
// cut after a blank line, so that memory stays bounded whatever the file's
// size.
//
//   std::ifstream in("archive.txt", std::ios::binary);
//   internal::TextParts parts(&in, 1 << 20);
//   std::string bytes;
//   size_t offset = 0;
//   while (parts.Next(&bytes, &offset)) Use(bytes, offset);  // offset in file
//   if (parts.failed()) ...
//
// Where a part's last 64 KiB hold no blank line it ends after the last line
// break, else after the last space, else at a UTF-8 character boundary: a
// paragraph or (rarely) a line is then cut in two. Parts are contiguous and
// together are the whole input.
#ifndef KG_EXTRACT_INTERNAL_TEXT_PARTS_H_
#define KG_EXTRACT_INTERNAL_TEXT_PARTS_H_

#include <istream>
#include <string>
#include <utility>

namespace kg::extract::internal {

class TextParts {
 public:
  /// `ahead`: bytes already taken from `in`, which come first (any
  /// number: parts are cut the same as if they were still in `in`).
  TextParts(std::istream* in, size_t part_bytes, std::string ahead = "")
      : in_(in), part_bytes_(part_bytes), carry_(std::move(ahead)) {}

  /// The next part and its byte offset in the input; false at the end or
  /// on a read error (then failed()).
  bool Next(std::string* bytes, size_t* offset);
  bool failed() const { return in_->bad(); }

 private:
  std::istream* in_;
  size_t part_bytes_;
  std::string carry_;  // bytes read past the previous cut
  size_t offset_ = 0;  // of carry_'s first byte
};

/// Where to cut `bytes` (a full part read from a longer input): the length
/// of the part (see above).
size_t PartCut(std::string_view bytes);

}  // namespace kg::extract::internal

#endif  // KG_EXTRACT_INTERNAL_TEXT_PARTS_H_
