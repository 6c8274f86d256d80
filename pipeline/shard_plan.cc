#include "pipeline/shard_plan.h"

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <utility>

#include "extract/input_files.h"
#include "extract/text_slices.h"

namespace kg::pipeline {
namespace {

namespace fs = std::filesystem;

using extract::ContentKind;
using extract::InputSlice;
using extract::ReadAs;

// The block the planner reads a JSON Lines file in, counting its lines.
constexpr size_t kScanBlock = size_t{1} << 20;

struct FolderOutput {
  std::string path;
  ContentKind kind;
};

class Planner {
 public:
  explicit Planner(const ShardPlanOptions& options) : options_(options) {
    for (const std::string& dir : options.exclude) {
      std::string prefix = Absolute(dir);
      if (!prefix.empty() && prefix.back() != '/') prefix += '/';
      excluded_.push_back(std::move(prefix));
    }
  }

  Status AddInput(const std::string& input) {
    if (input == "-")
      return Status::InvalidArgument(
          input, "standard input cannot be cut into shards: save it to a "
                 "file and name the file");
    std::error_code ec;
    const fs::file_status st = fs::status(input, ec);
    if (!fs::exists(st)) return Handle(extract::MissingInputError(input, ec));
    if (fs::is_directory(st)) return AddFolder(input);
    if (!fs::is_regular_file(st))
      return Status::InvalidArgument(
          input, std::string(fs::is_fifo(st) ? "a named pipe" : "not a file") +
                     " cannot be cut into shards: save it to a file and name "
                     "the file");
    std::vector<FolderOutput> none;
    return AddFile(input, false, &none);
  }

  ShardPlan Finish() {
    Close();
    return std::move(plan_);
  }

 private:
  // A failed input: the run's error, or passed over when keeping going.
  Status Handle(Status s) {
    if (s.ok() || !options_.skip) return s;
    options_.skip(s);
    return Status::Ok();
  }

  Status AddFolder(const std::string& dir) {
    std::vector<std::string> files;
    if (Status s = extract::ListTextFiles(dir, &files); !s.ok())
      return Handle(s);
    std::vector<FolderOutput> outputs;
    for (const std::string& file : files) {
      if (Excluded(file)) continue;
      if (Status s = AddFile(file, true, &outputs); !s.ok()) return s;
    }
    // kg build loads a folder's kg outputs after its documents: the
    // documents' shard ends here.
    if (!outputs.empty()) Close();
    for (FolderOutput& out : outputs) AddOutputStep(out.path, out.kind);
    return Status::Ok();
  }

  Status AddFile(const std::string& path, bool listed,
                 std::vector<FolderOutput>* folder_outputs) {
    std::ifstream in(path, std::ios::binary);
    if (!in) return Handle(Status::FromErrno(path, errno));
    std::string head(extract::kContentSniffBytes, '\0');
    in.read(head.data(), static_cast<std::streamsize>(head.size()));
    head.resize(static_cast<size_t>(in.gcount()));
    if (in.bad()) return Handle(Status::FromErrno(path, errno));
    const ContentKind kind = extract::SniffContent(head);
    switch (extract::ChooseRead(path, kind, false, head)) {
      case ReadAs::kBinary:
        return Handle(extract::BinaryFileError(path));
      case ReadAs::kKgOutput:
        return AddKgOutput(path, kind, listed, folder_outputs);
      case ReadAs::kJsonLines:
        in.clear();
        in.seekg(0);
        return AddJsonLines(path, listed, in);
      case ReadAs::kText: {
        std::error_code ec;
        const uint64_t size = fs::file_size(path, ec);
        if (!ec && size > Room() &&
            size > extract::DocumentReader::kDefaultPartBytes)
          return AddText(path, listed);
        AddSlice(WholeFile(path, listed), ec ? 0 : size);
        return Status::Ok();
      }
      case ReadAs::kEmpty: {  // its reader warns, where kg's does
        AddSlice(WholeFile(path, listed), 0);
        return Status::Ok();
      }
    }
    return Status::Ok();
  }

  Status AddKgOutput(const std::string& path, ContentKind kind, bool listed,
                     std::vector<FolderOutput>* folder_outputs) {
    if (!options_.for_build) {
      // As DocumentReader: found in a folder, skipped; named, a mistake.
      if (!listed)
        return Handle(
            Status::ParseError(path, extract::NotDocumentsDetail(kind)));
      if (options_.reporter)
        options_.reporter(path + ": " +
                          std::string(extract::DescribeContent(kind)) +
                          ", skipped");
      return Status::Ok();
    }
    if (kind != ContentKind::kTriples && kind != ContentKind::kGraphFile) {
      // kg build's error (pipeline/graph_loader.cc) for what it cannot load.
      return Handle(Status::ParseError(
          path, std::string(extract::DescribeContent(kind)) +
                    ", not documents, triples or a kg graph file"));
    }
    if (listed) {
      folder_outputs->push_back({path, kind});
    } else {
      Close();
      AddOutputStep(path, kind);
    }
    return Status::Ok();
  }

  // A text longer than the room left: cut between its parts, each slice
  // carrying the layout the parts before leave (extract/text_slices.h).
  Status AddText(const std::string& path, bool listed) {
    std::vector<InputSlice> slices;
    if (Status s = extract::CutTextFile(path, listed, Room(),
                                        options_.shard_bytes, &slices);
        !s.ok())
      return Handle(s);
    if (slices.size() == 1) {
      AddSlice(WholeFile(path, listed), slices[0].end);
      return Status::Ok();
    }
    for (InputSlice& slice : slices) {
      const uint64_t bytes = slice.end - slice.begin;
      AddSlice(std::move(slice), bytes);
    }
    return Status::Ok();
  }

  // Cuts the file after the line that fills the shard being filled, and
  // so on; the lines are counted on the way.
  Status AddJsonLines(const std::string& path, bool listed,
                      std::ifstream& in) {
    std::error_code ec;
    const uint64_t size = fs::file_size(path, ec);
    if (ec) return Handle(Status::IOError(path, ec.message()));
    const std::string absolute = Absolute(path);
    uint64_t begin = 0;         // of the range being planned
    size_t first_line = 1;      // its first line's number
    size_t newlines = 0;        // before `offset`
    uint64_t offset = 0;        // of block[0]
    uint64_t want = begin + Room();  // cut at the first line end at or after
    std::string block(kScanBlock, '\0');
    while (in) {
      in.read(block.data(), static_cast<std::streamsize>(block.size()));
      const size_t n = static_cast<size_t>(in.gcount());
      if (n == 0) break;
      size_t at = 0;
      while (at < n) {
        // The bytes before the cut's earliest end only count lines.
        const uint64_t until = want - 1;  // the cut's '\n' is at or after it
        if (until >= offset + n) {
          newlines += static_cast<size_t>(
              std::count(block.data() + at, block.data() + n, '\n'));
          at = n;
          break;
        }
        // `until` may lie in a block before this one, when no line ended
        // between it and that block's end.
        const size_t from =
            until > offset + at ? static_cast<size_t>(until - offset) : at;
        newlines += static_cast<size_t>(
            std::count(block.data() + at, block.data() + from, '\n'));
        const void* nl = std::memchr(block.data() + from, '\n', n - from);
        if (nl == nullptr) {
          at = n;
          break;
        }
        const size_t pos = static_cast<size_t>(
            static_cast<const char*>(nl) - block.data());
        ++newlines;
        at = pos + 1;
        const uint64_t end = offset + at;
        if (end >= size) break;  // the last line: the rest below
        AddSlice(Range(path, absolute, listed, begin, end, first_line),
                 end - begin);
        Close();
        begin = end;
        first_line = newlines + 1;
        want = begin + Room();
      }
      offset += n;
    }
    if (in.bad()) return Handle(Status::FromErrno(path, errno));
    if (offset > begin)
      AddSlice(Range(path, absolute, listed, begin, offset, first_line),
               offset - begin);
    return Status::Ok();
  }

  bool Excluded(const std::string& file) const {
    if (excluded_.empty()) return false;
    const std::string absolute = Absolute(file);
    for (const std::string& prefix : excluded_)
      if (absolute.starts_with(prefix)) return true;
    return false;
  }

  // How many more bytes the shard being filled takes (at least 1).
  uint64_t Room() const {
    const uint64_t limit = std::max<uint64_t>(options_.shard_bytes, 1);
    return current_.bytes >= limit ? 1 : limit - current_.bytes;
  }

  void AddSlice(InputSlice slice, uint64_t bytes) {
    current_.slices.push_back(std::move(slice));
    current_.bytes += bytes;
    if (current_.bytes >= options_.shard_bytes) Close();
  }

  void Close() {
    if (current_.slices.empty()) return;
    MergeStep step;
    step.shard = plan_.shards.size();
    plan_.steps.push_back(std::move(step));
    plan_.shards.push_back(std::move(current_));
    current_ = Shard();
  }

  void AddOutputStep(const std::string& path, ContentKind kind) {
    MergeStep step;
    step.kg_output = path;
    step.kind = kind;
    plan_.steps.push_back(std::move(step));
  }

  static std::string Absolute(const std::string& path) {
    std::error_code ec;
    fs::path absolute = fs::absolute(path, ec);
    return ec ? path : absolute.lexically_normal().string();
  }

  static InputSlice WholeFile(const std::string& path, bool listed) {
    InputSlice slice;
    slice.path = path;
    slice.file = Absolute(path);
    slice.listed = listed;
    return slice;
  }

  static InputSlice Range(const std::string& path, const std::string& file,
                          bool listed, uint64_t begin, uint64_t end,
                          size_t first_line) {
    InputSlice slice;
    slice.path = path;
    slice.file = file;
    slice.listed = listed;
    slice.range = true;
    slice.begin = begin;
    slice.end = end;
    slice.first_line = first_line;
    return slice;
  }

  const ShardPlanOptions& options_;
  std::vector<std::string> excluded_;  // absolute, ending in '/'
  ShardPlan plan_;
  Shard current_;
};

}  // namespace

Result<ShardPlan> PlanShards(const std::vector<std::string>& inputs,
                             const ShardPlanOptions& options) {
  Planner planner(options);
  for (const std::string& input : inputs)
    if (Status s = planner.AddInput(input); !s.ok()) return s;
  return planner.Finish();
}

}  // namespace kg::pipeline
