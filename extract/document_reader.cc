#include "extract/document_reader.h"

#include <algorithm>
#include <cctype>
#include <cerrno>
#include <deque>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <iterator>
#include <optional>
#include <utility>

#include "base/utf8.h"
#include "extract/internal/jsonl_parser.h"
#include "extract/internal/text_layout.h"
#include "extract/internal/text_parts.h"

namespace kg::extract {
namespace {

namespace fs = std::filesystem;

constexpr size_t kBinaryProbeBytes = 8 * 1024;
constexpr std::string_view kBom = "\xEF\xBB\xBF";
constexpr std::string_view kStdinName = "stdin";

// `where` names the input in warnings: the path for files, the id otherwise.
// A part of a long file starts at `offset` in it and continues the layout
// of the part before (`carry`).
Document ParseText(std::string id, std::string_view where,
                   std::string_view bytes, const Reporter& reporter,
                   size_t offset = 0, internal::LayoutCarry* carry = nullptr) {
  Document doc;
  doc.id = std::move(id);
  doc.part_offset = offset;
  doc.text = RepairUtf8(bytes, &doc.replacements);
  if (!doc.replacements.empty() && reporter) {
    // The first replacement is the only one the warning names: counted
    // from the file's start.
    std::vector<size_t> in_file = doc.replacements;
    in_file.front() += offset;
    reporter(InvalidUtf8Warning(where, in_file));
  }
  internal::LayOutText(&doc, carry);
  return doc;
}

bool LooksBinary(std::string_view bytes) {
  return bytes.substr(0, kBinaryProbeBytes).find('\0') != bytes.npos;
}

Status BinaryFileError(std::string_view path) {
  return Status::ParseError(path, "binary file, not text");
}

std::string Lowercase(std::string s) {
  std::transform(s.begin(), s.end(), s.begin(), [](unsigned char c) {
    return static_cast<char>(std::tolower(c));
  });
  return s;
}

bool IsJsonl(const fs::path& path) {
  return Lowercase(path.extension().string()) == ".jsonl";
}

bool IsTextFile(const fs::path& path) {
  const std::string ext = Lowercase(path.extension().string());
  return ext == ".txt" || ext == ".md" || ext == ".jsonl";
}

// Every text file below `dir`, sorted component-wise by path.
Status ListTextFiles(const std::string& dir, std::deque<std::string>* out) {
  std::vector<fs::path> files;
  std::error_code ec;
  fs::recursive_directory_iterator it(
      dir, fs::directory_options::skip_permission_denied, ec);
  for (; !ec && it != fs::recursive_directory_iterator(); it.increment(ec)) {
    if (it->is_regular_file(ec) && IsTextFile(it->path())) {
      files.push_back(it->path());
    }
  }
  if (ec) return Status::IOError(dir, ec.message());
  if (files.empty()) {
    return Status::NotFound(dir,
                            "no text files (*.txt, *.md, *.jsonl) in folder");
  }
  std::sort(files.begin(), files.end());
  for (const fs::path& file : files) out->push_back(file.string());
  return Status::Ok();
}

Status ReadAll(std::istream& in, std::string_view path, std::string* bytes) {
  bytes->assign(std::istreambuf_iterator<char>(in),
                std::istreambuf_iterator<char>());
  if (in.bad()) return Status::FromErrno(path, errno);
  return Status::Ok();
}

}  // namespace

Document ParseDocument(std::string id, std::string_view bytes,
                       const Reporter& reporter) {
  const std::string where = id;
  return ParseText(std::move(id), where, bytes, reporter);
}

// Inputs are expanded lazily, so a bad input stops the run only when it is
// reached, after the documents before it.
struct DocumentReader::Impl {
  std::vector<std::string> inputs;
  size_t next_input = 0;
  std::deque<std::string> files;  // from the folder being read
  Reporter reporter;
  Status error;  // once set, every later Next() returns it again
  std::optional<Document> peeked;  // read ahead by Peek()

  // The JSON Lines source being read, if any.
  std::unique_ptr<std::ifstream> jsonl_file;
  std::istream* jsonl = nullptr;
  std::string jsonl_path;
  size_t line_number = 0;
  std::string pending;  // bytes read ahead from stdin, before the stream

  // The long text file being read in parts, if any.
  size_t part_bytes = 0;
  std::unique_ptr<std::ifstream> part_file;
  std::unique_ptr<internal::TextParts> parts;
  std::string part_path;
  std::string part_title;  // the first part's title goes to every part
  internal::LayoutCarry carry;
  bool NextPart(Document* doc, Status* status);
  void StartParts(std::string path, std::unique_ptr<std::ifstream> file,
                  std::istream* in, std::string ahead);

  bool NextLine(std::string* line);
  // Returns true with a document, false at the end of the source or on error.
  bool NextJsonLine(Document* doc, Status* status);
  void StartJsonl(std::string path, std::istream* in, std::string pending);
  // Reads a file as one document or starts reading it as JSON Lines.
  bool OpenFile(const std::string& path, Document* doc, Status* status);
  bool OpenStdin(Document* doc, Status* status);
  // Expands the next command line input; true if it gave a document.
  bool OpenInput(const std::string& input, Document* doc, Status* status);
};

void DocumentReader::Impl::StartJsonl(std::string path, std::istream* in,
                                      std::string ahead) {
  jsonl_path = std::move(path);
  jsonl = in;
  line_number = 0;
  pending = std::move(ahead);
}

bool DocumentReader::Impl::NextLine(std::string* line) {
  if (!pending.empty()) {
    const size_t eol = pending.find('\n');
    if (eol != std::string::npos) {
      *line = pending.substr(0, eol);
      pending.erase(0, eol + 1);
      return true;
    }
    std::string rest;
    std::getline(*jsonl, rest);
    *line = std::move(pending) + rest;
    pending.clear();
    return true;
  }
  return static_cast<bool>(std::getline(*jsonl, *line));
}

bool DocumentReader::Impl::NextJsonLine(Document* doc, Status* status) {
  std::string line;
  while (NextLine(&line)) {
    ++line_number;
    if (!line.empty() && line.back() == '\r') line.pop_back();
    size_t shift = 0;
    if (line_number == 1 && line.starts_with(kBom)) {
      line.erase(0, kBom.size());
      shift = kBom.size();
    }
    if (line.find_first_not_of(" \t\r\f\v") == std::string::npos) continue;
    *status = internal::ParseJsonLine({jsonl_path, line_number, shift}, line,
                                      reporter, doc);
    return status->ok();
  }
  if (jsonl->bad()) *status = Status::FromErrno(jsonl_path, errno);
  jsonl = nullptr;
  jsonl_file.reset();
  return false;
}

bool DocumentReader::Impl::NextPart(Document* doc, Status* status) {
  std::string bytes;
  size_t offset = 0;
  if (parts->Next(&bytes, &offset)) {
    if (offset == 0 && LooksBinary(bytes)) {
      *status = BinaryFileError(part_path);
    } else {
      *doc = ParseText(fs::path(part_path).filename().string(), part_path,
                       bytes, reporter, offset, &carry);
      if (offset == 0) part_title = doc->title;
      doc->title = part_title;
      return true;
    }
  } else if (parts->failed()) {
    *status = Status::FromErrno(part_path, errno);
  }
  parts.reset();
  part_file.reset();
  return false;
}

bool DocumentReader::Impl::OpenFile(const std::string& path, Document* doc,
                                    Status* status) {
  auto in = std::make_unique<std::ifstream>(path, std::ios::binary);
  if (!*in) {
    *status = Status::FromErrno(path, errno);
    return false;
  }
  std::error_code size_error;
  const uintmax_t size = fs::file_size(path, size_error);
  if (size == 0 && !size_error) {
    // Not an error: one empty file in a folder of news must not stop a run.
    if (reporter) reporter(path + ": empty file");
    return false;
  }
  if (IsJsonl(path)) {
    std::string probe(kBinaryProbeBytes, '\0');
    in->read(probe.data(), static_cast<std::streamsize>(probe.size()));
    probe.resize(static_cast<size_t>(in->gcount()));
    if (LooksBinary(probe)) {
      *status = BinaryFileError(path);
      return false;
    }
    in->clear();
    in->seekg(0);
    jsonl_file = std::move(in);
    StartJsonl(path, jsonl_file.get(), "");
    return false;
  }
  if (size > part_bytes && !size_error) {
    std::istream* stream = in.get();
    StartParts(path, std::move(in), stream, "");
    return NextPart(doc, status);
  }
  std::string bytes;
  *status = ReadAll(*in, path, &bytes);
  if (!status->ok()) return false;
  if (LooksBinary(bytes)) {
    *status = BinaryFileError(path);
    return false;
  }
  *doc = ParseText(fs::path(path).filename().string(), path, bytes, reporter);
  return true;
}

bool DocumentReader::Impl::OpenStdin(Document* doc, Status* status) {
  // Look past leading white space for '{' without consuming the stream.
  std::string ahead;
  while (std::isspace(std::cin.peek()))
    ahead += static_cast<char>(std::cin.get());
  if (std::cin.peek() == '{') {
    StartJsonl(std::string(kStdinName), &std::cin, std::move(ahead));
    return false;
  }
  // Text on stdin may be endless: always read in parts.
  StartParts(std::string(kStdinName), nullptr, &std::cin, std::move(ahead));
  return NextPart(doc, status);
}

void DocumentReader::Impl::StartParts(std::string path,
                                      std::unique_ptr<std::ifstream> file,
                                      std::istream* in, std::string ahead) {
  part_path = std::move(path);
  part_title.clear();
  carry = internal::LayoutCarry();
  part_file = std::move(file);
  parts =
      std::make_unique<internal::TextParts>(in, part_bytes, std::move(ahead));
}

bool DocumentReader::Impl::OpenInput(const std::string& input, Document* doc,
                                     Status* status) {
  if (input == "-") return OpenStdin(doc, status);
  std::error_code ec;
  const fs::file_status st = fs::status(input, ec);
  if (!fs::exists(st)) {
    *status = Status::NotFound(input, "no such file or directory");
    return false;
  }
  if (fs::is_directory(st)) {
    *status = ListTextFiles(input, &files);
    return false;
  }
  return OpenFile(input, doc, status);
}

DocumentReader::DocumentReader(std::vector<std::string> inputs,
                               Reporter reporter, size_t part_bytes)
    : impl_(std::make_unique<Impl>()) {
  impl_->inputs = std::move(inputs);
  impl_->reporter = std::move(reporter);
  impl_->part_bytes = part_bytes;
}

DocumentReader::~DocumentReader() = default;

bool DocumentReader::Peek(Status* status) {
  Impl& impl = *impl_;
  if (impl.peeked) {
    *status = Status::Ok();
    return true;
  }
  Document doc;
  if (!Next(&doc, status)) return false;
  impl.peeked = std::move(doc);
  return true;
}

bool DocumentReader::Next(Document* doc, Status* status) {
  Impl& impl = *impl_;
  if (impl.peeked) {
    *doc = std::move(*impl.peeked);
    impl.peeked.reset();
    *status = Status::Ok();
    return true;
  }
  *status = impl.error;
  while (impl.error.ok()) {
    bool produced = false;
    if (impl.parts != nullptr) {
      produced = impl.NextPart(doc, status);
    } else if (impl.jsonl != nullptr) {
      produced = impl.NextJsonLine(doc, status);
    } else if (!impl.files.empty()) {
      const std::string path = std::move(impl.files.front());
      impl.files.pop_front();
      produced = impl.OpenFile(path, doc, status);
    } else if (impl.next_input < impl.inputs.size()) {
      produced = impl.OpenInput(impl.inputs[impl.next_input++], doc, status);
    } else {
      return false;
    }
    if (produced) return true;
    impl.error = *status;
  }
  return false;
}

uint64_t InputBytes(const std::vector<std::string>& inputs) {
  uint64_t total = 0;
  std::error_code ec;
  for (const std::string& input : inputs) {
    if (input == "-") return 0;
    const fs::file_status st = fs::status(input, ec);
    if (ec) return 0;
    if (fs::is_regular_file(st)) {
      total += fs::file_size(input, ec);
    } else if (fs::is_directory(st)) {
      fs::recursive_directory_iterator it(
          input, fs::directory_options::skip_permission_denied, ec);
      for (; !ec && it != fs::recursive_directory_iterator();
           it.increment(ec)) {
        if (it->is_regular_file(ec) && IsTextFile(it->path()))
          total += it->file_size(ec);
      }
    } else {
      return 0;
    }
    if (ec) return 0;
  }
  return total;
}

}  // namespace kg::extract
