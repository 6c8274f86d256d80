// DocumentReader: turns the command line's inputs into Documents, one at a
// time, so that extraction streams and memory stays bounded by the largest
// single document.
//
//   kg::extract::DocumentReader reader({"a.txt", "news/", "feed.jsonl", "-"},
//                                      &reporter);
//   kg::extract::Document doc;
//   bool more = false;
//   while ((more = reader.Next(&doc, &status)) ) Use(doc);
//   if (!status.ok()) Fail(status);
//
// Inputs (files, named pipes, devices and "-" alike: each is told by its
// first 64 KiB, then read in parts of at most part_bytes, never whole):
//   - a file: UTF-8 text; headings "= Title =", "== Section ==" (any level)
//     and Markdown "# Title", "## Section"; blank lines separate paragraphs.
//     "*.jsonl" files, and any file whose first line starts a JSON object,
//     are JSON Lines, one document a line:
//     {"id": "...", "text": "...", "title"?: "...", "date"?: "YYYY[-MM[-DD]]"}
//     (or an ISO 8601 date-time, "2024-05-08T10:00:00Z", for its day).
//   - kg's own outputs are told by content, whatever their name (see
//     ContentKind): triples, graph files (also without "format"), graph
//     exports and other JSON are never read as prose. Named, they are an
//     error ("out.txt: triples written by kg extract, not documents (kg
//     build reads it)"); found in a folder, they are skipped with a warning
//     ("news/triples.jsonl: triples written by kg extract, skipped"), or
//     handed to OnKgOutput's handler.
//   - a folder: every "*.txt", "*.md" and "*.jsonl" below it, recursively,
//     in sorted path order (deterministic). How a folder is listed and a
//     file told is decided in extract/input_files.h, shared with the shard
//     planner (pipeline/shard_plan.h).
//   - "-": standard input (JSON Lines if its first non-space byte is '{';
//     text is read in parts, as a long file is: see kDefaultPartBytes).
// The document id is the file's basename (stdin: "stdin"), or the JSONL "id".
// The title is the first level-1 heading (else "", JSONL: "title").
//
// Errors (Status, reading stops): a path that cannot be read, a folder
// below a folder included (kIOError "news/private: Permission denied"), a
// missing path (kNotFound "path: no such
// file or directory"), a folder with no text files (kNotFound "dir: no text
// files (*.txt, *.md, *.jsonl) in folder"), a binary file (a NUL byte in the
// first 8 KiB: kParseError "path: binary file, not text"), a JSONL line that
// is not JSON ("path:line:col: parse error: ...", col 1-based in the line's
// bytes), not an object with a string "text" ("path:line: missing string
// field \"text\""), or with a bad "date" ("path:line: bad date \"2023-13\"
// (want YYYY[-MM[-DD]] or an ISO 8601 date-time)"). Blank JSONL lines are skipped but counted. Inputs are
// expanded lazily: documents before a bad input are returned first, and after
// an error every Next() returns false with the same status.
// Warnings (Reporter, reading goes on): an empty file ("path: empty
// file", no document), invalid UTF-8, "path: invalid UTF-8
// at byte N replaced by U+FFFD" (once per document, naming the first offset
// and " (and K more)" when there are more). In a JSONL line the bytes are
// repaired before parsing and the warning reads "path:line: ... at byte N"
// with N counted from the line's start; Document::replacements then stays
// empty, as the offsets of JSON-escaped text do not map to the file.
#ifndef KG_EXTRACT_DOCUMENT_READER_H_
#define KG_EXTRACT_DOCUMENT_READER_H_

#include <cstdint>
#include <functional>
#include <istream>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "base/status.h"
#include "extract/content_kind.h"
#include "extract/document.h"
#include "extract/input_slice.h"

namespace kg::extract {

/// Receives warnings; the run goes on.
using Reporter = std::function<void(const std::string& warning)>;
/// Receives a kg output (triples, a graph file, other JSON: see
/// IsKgOutputOrJson) the reader met: its path, kind, first bytes (`head`,
/// already taken from `rest`) and the stream of the rest. `listed`: found
/// in a folder (a regular file, which may be opened again later), else
/// named (perhaps a pipe: read it now or never). A failed Status stops the
/// reader with it.
using KgOutputHandler = std::function<Status(
    const std::string& path, ContentKind kind, bool listed,
    std::string_view head, std::istream& rest)>;

/// Parses one text (not JSONL) into a Document with the given id: repairs
/// UTF-8 (reporting through `reporter` if not null, naming `id`), finds
/// headings, paragraphs and sentences. A leading BOM is skipped (it stays in
/// `text`, outside every paragraph); CRLF and LF line endings both work; a
/// "- " or "* " list item is a paragraph of its own, without the marker.
Document ParseDocument(std::string id, std::string_view bytes,
                       const Reporter& reporter = nullptr);

/// The bytes `inputs` hold as far as the file system says: each file's
/// size, each folder's text files' (those DocumentReader reads); 0 if any
/// input's size is not known ("-", a FIFO, a device) or cannot be read. For
/// a progress line: the reader itself never trusts a size.
uint64_t InputBytes(const std::vector<std::string>& inputs);

class DocumentReader {
 public:
  /// A text file longer than `part_bytes` is read in parts of about that
  /// size, each cut after a blank line and given as its own Document (same
  /// id, Document::part_offset set, the file's title, and the headings open
  /// where the part starts), so that memory does not grow with the file.
  /// Names a part introduced are not known in the parts after it.
  static constexpr size_t kDefaultPartBytes = size_t{256} << 10;

  DocumentReader(std::vector<std::string> inputs, Reporter reporter,
                 size_t part_bytes = kDefaultPartBytes);
  /// Reads `slices` instead of inputs (see InputSlice): exactly the
  /// documents, warnings and errors the whole inputs give for those
  /// documents (a cluster's shard).
  DocumentReader(std::vector<InputSlice> slices, Reporter reporter,
                 size_t part_bytes = kDefaultPartBytes);
  ~DocumentReader();
  DocumentReader(const DocumentReader&) = delete;
  DocumentReader& operator=(const DocumentReader&) = delete;

  /// Fills *doc with the next document and returns true; returns false at
  /// the end or on error (then *status is not ok).
  bool Next(Document* doc, Status* status);
  /// Reads the next document ahead, for Next() to return: true if there is
  /// one; false at the end or on error (then *status is not ok), as Next()
  /// would say. Lets a caller see that there is text (and that the inputs
  /// exist) before it compiles a rule pack.
  bool Peek(Status* status);

  /// Hands the kg outputs met (in folders or named) to `handler` instead of
  /// skipping them with a warning (in folders) or failing (named): `kg
  /// build news/` loads news/triples.jsonl as triples.
  void OnKgOutput(KgOutputHandler handler);

  /// Keep going (`--keep-going`): an input or record that cannot be read -
  /// a missing or unreadable path, a binary file, a bad JSON Lines record,
  /// a kg output given as documents - is handed to `skip`, with its error,
  /// and passed over; reading goes on with the next record or input (after
  /// a read error half-way through a file, with the next input). Without
  /// it, the first such error stops reading.
  void KeepGoing(std::function<void(const Status& skipped)> skip);

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

}  // namespace kg::extract

#endif  // KG_EXTRACT_DOCUMENT_READER_H_
