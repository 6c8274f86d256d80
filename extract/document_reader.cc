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
#include "extract/content_kind.h"
#include "extract/input_files.h"
#include "extract/internal/byte_range_buf.h"
#include "extract/internal/jsonl_parser.h"
#include "extract/internal/text_layout.h"
#include "extract/internal/text_parts.h"

namespace kg::extract {
namespace {

namespace fs = std::filesystem;

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

// The first bytes of an input, from which its kind is told; they are then
// read as the input's start, so nothing is read twice (a pipe cannot be).
Status ReadHead(std::istream& in, std::string_view path, std::string* head) {
  head->resize(kContentSniffBytes);
  in.read(head->data(), static_cast<std::streamsize>(head->size()));
  head->resize(static_cast<size_t>(in.gcount()));
  if (in.bad()) return Status::FromErrno(path, errno);
  in.clear(in.rdstate() & ~std::ios::failbit);
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
  std::vector<InputSlice> slices;  // instead of inputs: see InputSlice
  size_t next_slice = 0;
  Reporter reporter;
  KgOutputHandler kg_output_handler;
  Status error;  // once set, every later Next() returns it again
  std::function<void(const Status&)> skip;  // KeepGoing()
  std::optional<Document> peeked;  // read ahead by Peek()

  // The JSON Lines source being read, if any.
  std::unique_ptr<std::ifstream> jsonl_file;
  std::istream* jsonl = nullptr;
  std::string jsonl_path;
  size_t line_number = 0;
  std::string pending;  // bytes read ahead from stdin, before the stream
  // A range of lines of a JSON Lines file (InputSlice::range).
  std::unique_ptr<std::ifstream> range_file;
  std::unique_ptr<internal::ByteRangeBuf> range_buf;
  std::unique_ptr<std::istream> range_stream;

  // The long text file being read in parts, if any.
  size_t part_bytes = 0;
  std::unique_ptr<std::ifstream> part_file;
  std::unique_ptr<internal::TextParts> parts;
  std::string part_path;
  std::string part_title;  // the first part's title goes to every part
  // A text range (InputSlice::text_range): the file offset of the stream's
  // start, and where the range's parts end.
  uint64_t part_base = 0;
  uint64_t part_end = UINT64_MAX;
  internal::LayoutCarry carry;
  bool NextPart(Document* doc, Status* status);
  void StartParts(std::string path, std::unique_ptr<std::ifstream> file,
                  std::istream* in, std::string ahead);

  bool NextLine(std::string* line);
  // Returns true with a document, false at the end of the source or on error.
  bool NextJsonLine(Document* doc, Status* status);
  void StartJsonl(std::string path, std::istream* in, std::string pending);
  // Opens a file (`listed`: found in a folder, not named) and reads it;
  // `open_path` is the file to open when it is not `path`.
  bool OpenFile(const std::string& path, bool listed, Document* doc,
                Status* status, const std::string& open_path = "");
  // Opens the next InputSlice; true if it gave a document.
  bool OpenSlice(const InputSlice& slice, Document* doc, Status* status);
  // Tells what an open input holds from its first bytes and starts reading
  // it in parts or as JSON Lines: the one path of files, pipes, devices
  // and stdin alike. `file` owns `in`, or is null (stdin).
  bool OpenStream(const std::string& path, bool listed,
                  std::unique_ptr<std::ifstream> file, std::istream* in,
                  Document* doc, Status* status);
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
    if (line_number == 1 && line.starts_with(kUtf8Bom)) {
      line.erase(0, kUtf8Bom.size());
      shift = kUtf8Bom.size();
    }
    if (line.find_first_not_of(" \t\r\f\v") == std::string::npos) continue;
    *status = internal::ParseJsonLine({jsonl_path, line_number, shift}, line,
                                      reporter, doc);
    return status->ok();
  }
  if (jsonl->bad()) *status = Status::FromErrno(jsonl_path, errno);
  if (range_buf != nullptr && range_buf->short_read() && status->ok())
    *status = Status::IOError(jsonl_path,
                              "shorter than planned (changed while read?)");
  jsonl = nullptr;
  jsonl_file.reset();
  range_stream.reset();
  range_buf.reset();
  range_file.reset();
  return false;
}

bool DocumentReader::Impl::NextPart(Document* doc, Status* status) {
  std::string bytes;
  size_t offset = 0;
  if (parts->Next(&bytes, &offset) && part_base + offset < part_end) {
    offset += static_cast<size_t>(part_base);
    *doc = ParseText(fs::path(part_path).filename().string(), part_path,
                     bytes, reporter, offset, &carry);
    if (offset == 0) part_title = doc->title;
    doc->title = part_title;
    return true;
  }
  if (parts->failed()) {
    *status = Status::FromErrno(part_path, errno);
  }
  parts.reset();
  part_file.reset();
  part_base = 0;
  part_end = UINT64_MAX;
  return false;
}

bool DocumentReader::Impl::OpenFile(const std::string& path, bool listed,
                                    Document* doc, Status* status,
                                    const std::string& open_path) {
  auto in = std::make_unique<std::ifstream>(
      open_path.empty() ? path : open_path, std::ios::binary);
  if (!*in) {
    *status = Status::FromErrno(path, errno);
    return false;
  }
  std::istream* stream = in.get();
  return OpenStream(path, listed, std::move(in), stream, doc, status);
}

bool DocumentReader::Impl::OpenStream(const std::string& path, bool listed,
                                      std::unique_ptr<std::ifstream> file,
                                      std::istream* in, Document* doc,
                                      Status* status) {
  std::string head;
  *status = ReadHead(*in, path, &head);
  if (!status->ok()) return false;
  const ContentKind kind = SniffContent(head);
  const ReadAs how = ChooseRead(path, kind, file == nullptr, head);
  if (how == ReadAs::kEmpty) {
    // Not an error: one empty file in a folder of news must not stop a run.
    if (reporter) reporter(path + ": empty file");
    return false;
  }
  if (how == ReadAs::kBinary) {
    *status = BinaryFileError(path);
    return false;
  }
  if (how == ReadAs::kKgOutput) {
    // Found in a folder (`kg extract news/ -o news/triples.jsonl`, run
    // again): not a reason to stop; named on the command line: a mistake.
    if (kg_output_handler) {
      *status = kg_output_handler(path, kind, listed, head, *in);
    } else if (!listed) {
      *status = Status::ParseError(path, NotDocumentsDetail(kind));
    } else if (reporter) {
      reporter(path + ": " + std::string(DescribeContent(kind)) + ", skipped");
    }
    return false;
  }
  if (how == ReadAs::kJsonLines) {
    jsonl_file = std::move(file);
    StartJsonl(path, in, std::move(head));
    return false;
  }
  // Every text is read in parts, whatever its size and whether it is a
  // file, a pipe or a device: the same parts, so the same triples, and
  // memory bounded by the part size (a device may never end).
  StartParts(path, std::move(file), in, std::move(head));
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
  if (input == "-") {
    return OpenStream(std::string(kStdinName), false, nullptr, &std::cin, doc,
                      status);
  }
  std::error_code ec;
  const fs::file_status st = fs::status(input, ec);
  if (!fs::exists(st)) {
      *status = MissingInputError(input, ec);
    return false;
  }
  if (fs::is_directory(st)) {
    std::vector<std::string> listed;
    *status = ListTextFiles(input, &listed);
    files.assign(std::make_move_iterator(listed.begin()),
                 std::make_move_iterator(listed.end()));
    return false;
  }
  return OpenFile(input, false, doc, status);
}

bool DocumentReader::Impl::OpenSlice(const InputSlice& slice, Document* doc,
                                     Status* status) {
  if (slice.text_range) {
    // Parts from `begin`, a part's start: TextParts cuts the same parts
    // from there as from the file's start (each cut depends only on the
    // bytes from the part's start on), and reads past `end` as the whole
    // file's reader does, so the last part is cut where it was.
    auto file =
        std::make_unique<std::ifstream>(slice.open_path(), std::ios::binary);
    if (*file) file->seekg(static_cast<std::streamoff>(slice.begin));
    if (!*file) {
      *status = Status::FromErrno(slice.path, errno);
      return false;
    }
    std::istream* in = file.get();
    StartParts(slice.path, std::move(file), in, "");
    part_base = slice.begin;
    part_end = slice.end;
    part_title = slice.carry.title;
    carry.open = slice.carry.open;
    carry.title_index = slice.carry.title_index;
    carry.title_seen = slice.carry.title_seen;
    return NextPart(doc, status);
  }
  if (!slice.range)
    return OpenFile(slice.path, slice.listed, doc, status, slice.file);
  // The planner told this file by its content already: its lines are read
  // from `begin`, numbered as in the whole file.
  range_file =
      std::make_unique<std::ifstream>(slice.open_path(), std::ios::binary);
  if (*range_file) range_file->seekg(static_cast<std::streamoff>(slice.begin));
  if (!*range_file) {
    *status = Status::FromErrno(slice.path, errno);
    range_file.reset();
    return false;
  }
  range_buf = std::make_unique<internal::ByteRangeBuf>(
      range_file->rdbuf(), slice.end - slice.begin);
  range_stream = std::make_unique<std::istream>(range_buf.get());
  StartJsonl(slice.path, range_stream.get(), "");
  line_number = slice.first_line - 1;
  return false;
}

DocumentReader::DocumentReader(std::vector<std::string> inputs,
                               Reporter reporter, size_t part_bytes)
    : impl_(std::make_unique<Impl>()) {
  impl_->inputs = std::move(inputs);
  impl_->reporter = std::move(reporter);
  impl_->part_bytes = part_bytes;
}

DocumentReader::DocumentReader(std::vector<InputSlice> slices,
                               Reporter reporter, size_t part_bytes)
    : impl_(std::make_unique<Impl>()) {
  impl_->slices = std::move(slices);
  impl_->reporter = std::move(reporter);
  impl_->part_bytes = part_bytes;
}

DocumentReader::~DocumentReader() = default;

void DocumentReader::OnKgOutput(KgOutputHandler handler) {
  impl_->kg_output_handler = std::move(handler);
}

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
      produced = impl.OpenFile(path, true, doc, status);
    } else if (impl.next_input < impl.inputs.size()) {
      produced = impl.OpenInput(impl.inputs[impl.next_input++], doc, status);
    } else if (impl.next_slice < impl.slices.size()) {
      produced = impl.OpenSlice(impl.slices[impl.next_slice++], doc, status);
    } else {
      return false;
    }
    if (produced) return true;
    if (!status->ok() && impl.skip) {
      // Each step above leaves nothing open after its error but a JSON
      // Lines file at a bad record, whose next line is read next.
      impl.skip(*status);
      *status = Status::Ok();
      continue;
    }
    impl.error = *status;
  }
  return false;
}

void DocumentReader::KeepGoing(
    std::function<void(const Status& skipped)> skip) {
  impl_->skip = std::move(skip);
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
        if (it->is_regular_file(ec) && IsTextFileName(it->path().native()))
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
