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
// A text range (text_range) is parts of a text file, read as the whole
// file's reader reads them (in parts of DocumentReader::kDefaultPartBytes
// or the reader's part size): the parts starting in [begin, end), `begin`
// a part's start, continuing the layout the parts before left (`carry`:
// the file's title, the sections open) - the same Documents as the whole
// file's for those parts (extract/text_slices.h cuts a file so).
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
#include <vector>

#include "extract/document.h"

namespace kg::extract {

/// Where a text range starts: what the parts before it leave to it.
struct TextCarry {
  std::string title;           ///< the file's title (its first part's)
  std::vector<Section> open;   ///< the sections open, outermost first
  int title_index = -1;        ///< which of `open` is the title's, or -1
  bool title_seen = false;     ///< a level-1 heading was seen before
};

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
  /// The parts of a text file starting in [begin, end), after `carry`.
  bool text_range = false;
  TextCarry carry;

  const std::string& open_path() const { return file.empty() ? path : file; }
};

}  // namespace kg::extract

#endif  // KG_EXTRACT_INPUT_SLICE_H_
