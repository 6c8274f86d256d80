#include "extract/input_files.h"

#include <algorithm>
#include <cctype>
#include <filesystem>

#include "base/utf8.h"

namespace kg::extract {
namespace {

namespace fs = std::filesystem;

std::string LowercaseExtension(std::string_view path) {
  std::string ext = fs::path(path).extension().string();
  std::transform(ext.begin(), ext.end(), ext.begin(), [](unsigned char c) {
    return static_cast<char>(std::tolower(c));
  });
  return ext;
}

// Adds the text files below `dir` to *files. A folder that cannot be read
// is an error naming it, as an unreadable file is: skipping it would drop
// its documents without a word. Symbolic links to folders are not followed
// (no cycles); links to files are.
Status ListFolderFiles(const fs::path& dir, std::vector<fs::path>* files) {
  std::error_code ec;
  fs::directory_iterator it(dir, ec);
  for (; !ec && it != fs::directory_iterator(); it.increment(ec)) {
    std::error_code type_error;
    if (it->is_directory(type_error) && !it->is_symlink(type_error)) {
      if (Status s = ListFolderFiles(it->path(), files); !s.ok()) return s;
    } else if (it->is_regular_file(type_error) &&
               IsTextFileName(it->path().native())) {
      files->push_back(it->path());
    }
  }
  if (ec) return Status::IOError(dir.string(), ec.message());
  return Status::Ok();
}

bool StartsWithBrace(std::string_view head) {
  if (head.starts_with(kUtf8Bom)) head.remove_prefix(kUtf8Bom.size());
  const size_t start = head.find_first_not_of(" \t\r\n\f\v");
  return start != head.npos && head[start] == '{';
}

}  // namespace

bool IsJsonlName(std::string_view path) {
  return LowercaseExtension(path) == ".jsonl";
}

bool IsTextFileName(std::string_view path) {
  const std::string ext = LowercaseExtension(path);
  return ext == ".txt" || ext == ".md" || ext == ".jsonl";
}

Status ListTextFiles(const std::string& dir, std::vector<std::string>* out) {
  std::vector<fs::path> files;
  if (Status s = ListFolderFiles(dir, &files); !s.ok()) return s;
  if (files.empty()) {
    return Status::NotFound(dir,
                            "no text files (*.txt, *.md, *.jsonl) in folder");
  }
  // fs::path compares component-wise: "a/b.txt" before "a-b.txt".
  std::sort(files.begin(), files.end());
  for (const fs::path& file : files) out->push_back(file.string());
  return Status::Ok();
}

ReadAs ChooseRead(std::string_view path, ContentKind kind, bool from_stdin,
                  std::string_view head) {
  if (kind == ContentKind::kEmpty) return ReadAs::kEmpty;
  if (kind == ContentKind::kBinary) return ReadAs::kBinary;
  if (IsKgOutputOrJson(kind)) return ReadAs::kKgOutput;
  // Standard input has no name: a '{' first makes it JSON Lines, even
  // when the first line is broken (the error then says where).
  if (kind == ContentKind::kJsonLines || (!from_stdin && IsJsonlName(path)) ||
      (from_stdin && StartsWithBrace(head)))
    return ReadAs::kJsonLines;
  return ReadAs::kText;
}

Status BinaryFileError(std::string_view path) {
  return Status::ParseError(path, "binary file, not text");
}

std::string NotDocumentsDetail(ContentKind kind) {
  std::string detail(DescribeContent(kind));
  detail += ", not documents";
  if (kind == ContentKind::kTriples || kind == ContentKind::kGraphFile)
    detail += " (kg build reads it)";
  return detail;
}

Status MissingInputError(const std::string& input, std::error_code ec) {
  // A symbolic link loop, a path under a file ...: say which, as strerror
  // does, lower-cased like "no such file or directory".
  if (ec && ec != std::errc::no_such_file_or_directory) {
    std::string what = ec.message();
    if (!what.empty())
      what[0] = static_cast<char>(
          std::tolower(static_cast<unsigned char>(what[0])));
    return Status::IOError(input, what);
  }
  return Status::NotFound(input, "no such file or directory");
}

}  // namespace kg::extract
