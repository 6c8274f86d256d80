// How kg expands and tells apart its inputs: the one place that decides
// which files a folder holds and how a file is read, shared by
// DocumentReader (which reads them) and the shard planner
// (pipeline/shard_plan.h, which cuts them up for a cluster), so that both
// see the same documents in the same order.
//
//   std::vector<std::string> files;
//   kg::Status s = kg::extract::ListTextFiles("news", &files);
//   // every *.txt, *.md, *.jsonl below news/, sorted by path:
//   // {"news/a.txt", "news/feed.jsonl", "news/sub/b.md"}
//   kg::extract::ReadAs how = kg::extract::ChooseRead(
//       "news/feed.jsonl", kg::extract::SniffContent(head), false, head);
//   // ReadAs::kJsonLines
//
// Rules:
//   - a folder: every "*.txt", "*.md" and "*.jsonl" (any case) below it,
//     recursively, in sorted path order, component-wise; symbolic links to
//     folders are not followed (no cycles), links to files are. A folder
//     that cannot be read is an error naming it (kIOError "news/private:
//     Permission denied"); one with no text files is kNotFound "dir: no text
//     files (*.txt, *.md, *.jsonl) in folder".
//   - a file, told by its first kContentSniffBytes (ChooseRead): empty,
//     binary, a kg output or other JSON (IsKgOutputOrJson), JSON Lines (the
//     content says so, or the name ends ".jsonl", or - standard input only -
//     the first non-space byte is '{'), else text.
//   - a path that does not exist: MissingInputError says why, as strerror
//     does ("a.txt: no such file or directory", "l: too many levels of
//     symbolic links").
#ifndef KG_EXTRACT_INPUT_FILES_H_
#define KG_EXTRACT_INPUT_FILES_H_

#include <string>
#include <string_view>
#include <system_error>
#include <vector>

#include "base/status.h"
#include "extract/content_kind.h"

namespace kg::extract {

/// How a file (or standard input) is read.
enum class ReadAs {
  kEmpty,     ///< no bytes: a warning ("path: empty file"), no document
  kBinary,    ///< an error ("path: binary file, not text")
  kKgOutput,  ///< a kg output or other JSON: not documents
  kJsonLines,  ///< one document a line
  kText,       ///< prose, read in parts
};

/// True if `path` ends in ".jsonl" (any case).
bool IsJsonlName(std::string_view path);
/// True if `path` ends in ".txt", ".md" or ".jsonl" (any case): the files a
/// folder holds for kg.
bool IsTextFileName(std::string_view path);

/// Appends every text file below `dir` to *files, sorted (see above).
Status ListTextFiles(const std::string& dir, std::vector<std::string>* files);

/// How to read an input whose first bytes are `head` (kind: SniffContent of
/// them). `from_stdin`: the input has no name.
ReadAs ChooseRead(std::string_view path, ContentKind kind, bool from_stdin,
                  std::string_view head);

/// "path: binary file, not text".
Status BinaryFileError(std::string_view path);
/// What a kg output named as documents is: "triples written by kg extract,
/// not documents (kg build reads it)".
std::string NotDocumentsDetail(ContentKind kind);

/// The error for an input that fs::status says does not exist; `ec` is the
/// status call's error (none: "no such file or directory").
Status MissingInputError(const std::string& input, std::error_code ec);

}  // namespace kg::extract

#endif  // KG_EXTRACT_INPUT_FILES_H_
