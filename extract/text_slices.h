// CutTextFile: cuts a long text file into InputSlices of whole parts (the
// parts DocumentReader reads it in), each carrying the layout the parts
// before it leave (the file's title, the sections open), so that the
// slices read one by one give exactly the Documents of the whole file -
// and a cluster can spread one huge text over its machines.
//
//   std::vector<kg::extract::InputSlice> slices;
//   kg::Status s = kg::extract::CutTextFile("archive.txt", false,
//       /*first_bytes=*/64 << 20, /*slice_bytes=*/64 << 20, &slices);
//   // slices[i]: text_range, [begin, end), carry; the ends of one are the
//   // begins of the next, the last ends at the file's size
//
// Reads the whole file once and lays every part out (no extraction). A
// slice closes at the first part end at or after its target size
// (first_bytes for the first, slice_bytes after), so slices are at least
// that big, but for the last. `part_bytes` must be the reader's
// (DocumentReader::kDefaultPartBytes by default). Errors: the file cannot
// be read ("path: Permission denied").
#ifndef KG_EXTRACT_TEXT_SLICES_H_
#define KG_EXTRACT_TEXT_SLICES_H_

#include <cstdint>
#include <string>
#include <vector>

#include "base/status.h"
#include "extract/document_reader.h"
#include "extract/input_slice.h"

namespace kg::extract {

Status CutTextFile(const std::string& path, bool listed, uint64_t first_bytes,
                   uint64_t slice_bytes, std::vector<InputSlice>* slices,
                   size_t part_bytes = DocumentReader::kDefaultPartBytes);

}  // namespace kg::extract

#endif  // KG_EXTRACT_TEXT_SLICES_H_
