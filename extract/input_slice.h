// InputSlice: a piece of kg's inputs that can be read on its own - a whole
// file, or a run of lines of a JSON Lines file - so that a cluster can
// extract a big input in pieces and get exactly the documents `kg extract`
// gets from the whole (pipeline/shard_plan.h cuts the inputs into slices;
// DocumentReader reads a list of them).
//
//   std::vector<kg::extract::InputSlice> slices = {
//       {.path = "news/a.txt", .listed = true},           // a whole file
//       {.path = "feed.jsonl", .range = true, .begin = 4096, .end = 8192,
//        .first_line = 31}};                              // lines 31...
//   kg::extract::DocumentReader reader(slices, reporter);
//
// A whole-file slice is read as DocumentReader reads that file when it is
// named (listed = false) or found in a folder (listed = true): told by its
// content, text in parts, JSON Lines, a kg output (skipped with a warning
// when listed, an error when named), an empty file (a warning). A range is
// read as JSON Lines: the lines of bytes [begin, end) of the file, the first
// numbered `first_line`, so that ids ("feed.jsonl:31") and messages
// ("feed.jsonl:31:7: parse error: ...") are those of the whole file; `begin`
// must be a line's start (0 or just after a '\n'), and a UTF-8 BOM is
// skipped only on line 1.
#ifndef KG_EXTRACT_INPUT_SLICE_H_
#define KG_EXTRACT_INPUT_SLICE_H_

#include <cstddef>
#include <cstdint>
#include <string>

namespace kg::extract {

struct InputSlice {
  /// The path as kg names it in ids and messages ("news/feed.jsonl").
  std::string path;
  /// The file to open, if not `path` (an absolute path on a cluster node).
  std::string file;
  /// Found in a folder rather than named (whole files only).
  bool listed = false;
  /// Lines [begin, end) of a JSON Lines file, rather than the whole file.
  bool range = false;
  uint64_t begin = 0;
  uint64_t end = 0;
  size_t first_line = 1;

  const std::string& open_path() const { return file.empty() ? path : file; }
};

}  // namespace kg::extract

#endif  // KG_EXTRACT_INPUT_SLICE_H_
