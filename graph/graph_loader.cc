#include "graph/graph_loader.h"

#include <algorithm>
#include <atomic>
#include <cerrno>
#include <filesystem>
#include <fstream>
#include <future>
#include <istream>
#include <memory>
#include <nlohmann/json.hpp>
#include <sstream>
#include <thread>
#include <utility>

#include "extract/document_reader.h"
#include "graph/graph_file.h"

namespace kg::graph {
namespace {

enum class InputKind { kGraphFile, kTriples, kDocuments };

// Enough of a file to see how it starts.
constexpr size_t kSniffBytes = 64 * 1024;

bool IsBlank(std::string_view line) {
  return line.find_first_not_of(" \t\r\n") == line.npos;
}

std::string_view StripBom(std::string_view s) {
  if (s.starts_with("\xEF\xBB\xBF")) s.remove_prefix(3);
  return s;
}

// A line of `kg extract`'s output: a JSON object with "subject" and
// "relation" (documents have "text").
bool IsTripleLine(std::string_view line) {
  const nlohmann::json j =
      nlohmann::json::parse(line, nullptr, /*allow_exceptions=*/false);
  return j.is_object() && j.contains("subject") && j.contains("relation");
}

// One line of a triples file, parsed but not yet added.
struct ParsedLine {
  Status status;     // a parse error, reported when the line's turn comes
  bool add = false;  // false: blank, or flagged and not kept
  extract::Triple triple;
};

// Parses one line; touches no graph, so lines parse on any thread.
void ParseTripleLine(std::string_view line, const std::string& path,
                     size_t line_number, bool keep_flagged, ParsedLine* out) {
  if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
  if (line_number == 1) line = StripBom(line);
  if (IsBlank(line)) return;
  out->status =
      extract::FromJsonLine(line, Location(path, line_number), &out->triple);
  // An edge cannot say "did not" or "might": leave such triples out, as the
  // Extractor does, unless asked to keep them.
  out->add =
      out->status.ok() &&
      !((out->triple.negated || out->triple.hypothetical) && !keep_flagged);
}

// Adds a parsed line: its parse error, or its triple.
Status AddParsedLine(ParsedLine* p, const std::string& path, size_t line_number,
                     KnowledgeGraph* g) {
  if (!p->status.ok()) return p->status;
  if (!p->add) return Status::Ok();
  Result<size_t> added = g->AddTriple(std::move(p->triple));
  if (!added.ok()) {
    return Status::ParseError(Location(path, line_number),
                              added.status().detail());
  }
  return Status::Ok();
}

// Lines read at a time: large enough to keep every thread busy, small enough
// that two blocks of parsed triples stay a small part of the graph.
constexpr size_t kBlockBytes = 4 << 20;
// Lines a parsing thread claims at a time.
constexpr size_t kLinesPerClaim = 64;

// Whole lines of the input and, once parsed, their triples.
struct Block {
  std::string text;
  size_t first_line = 1;  // the number of the first line in text
  std::vector<std::string_view> lines;
  std::vector<ParsedLine> parsed;
};

// Parses every line of *b on up to `threads` threads. Each line's result
// goes to its own slot, so the order of the lines is kept whatever the
// threads do.
void ParseBlock(const std::string& path, bool keep_flagged, unsigned threads,
                Block* b) {
  b->lines.clear();
  std::string_view rest = b->text;
  while (!rest.empty()) {
    const size_t eol = rest.find('\n');
    b->lines.push_back(rest.substr(0, eol));
    rest.remove_prefix(eol == rest.npos ? rest.size() : eol + 1);
  }
  b->parsed.clear();
  b->parsed.resize(b->lines.size());
  std::atomic<size_t> next{0};
  auto work = [&] {
    for (;;) {
      const size_t begin = next.fetch_add(kLinesPerClaim);
      if (begin >= b->lines.size()) return;
      const size_t end = std::min(begin + kLinesPerClaim, b->lines.size());
      for (size_t i = begin; i < end; ++i) {
        ParseTripleLine(b->lines[i], path, b->first_line + i, keep_flagged,
                        &b->parsed[i]);
      }
    }
  };
  const size_t claims = (b->lines.size() + kLinesPerClaim - 1) / kLinesPerClaim;
  const size_t helpers =
      std::min<size_t>(threads, std::max<size_t>(claims, 1)) - 1;
  std::vector<std::thread> pool;
  pool.reserve(helpers);
  for (size_t i = 0; i < helpers; ++i) pool.emplace_back(work);
  work();
  for (std::thread& t : pool) t.join();
}

// Reads the input a block of whole lines at a time, as std::getline would
// split it: a last line without '\n' is still a line.
class BlockReader {
 public:
  BlockReader(std::istream& in, const std::string& path)
      : in_(in), path_(path) {}

  // Fills *b with the next lines; false at the end of the input or on a
  // read error (status() says which).
  bool Next(Block* b) {
    b->text = std::move(carry_);
    carry_.clear();
    b->first_line = next_line_;
    while (!done_) {
      const size_t old = b->text.size();
      b->text.resize(old + kBlockBytes);
      in_.read(b->text.data() + old, static_cast<std::streamsize>(kBlockBytes));
      b->text.resize(old + static_cast<size_t>(in_.gcount()));
      if (in_.bad()) status_ = Status::FromErrno(path_, errno);
      if (!in_) {
        done_ = true;
        break;
      }
      // The carried part has no '\n': a line longer than what is read so
      // far makes the loop read on.
      const size_t eol = b->text.rfind('\n');
      if (eol != b->text.npos) {
        carry_.assign(b->text, eol + 1);
        b->text.resize(eol + 1);
        break;
      }
    }
    if (b->text.empty()) return false;
    next_line_ +=
        static_cast<size_t>(std::count(b->text.begin(), b->text.end(), '\n'));
    if (b->text.back() != '\n') ++next_line_;
    return true;
  }

  const Status& status() const { return status_; }

 private:
  std::istream& in_;
  const std::string& path_;
  std::string carry_;
  size_t next_line_ = 1;
  bool done_ = false;
  Status status_;
};

// Parsing the JSON is most of the work: blocks of lines are parsed on all
// cores - the next block while the graph takes the current one - and added
// in line order, so the graph and the first error are those of a line by
// line read.
Status LoadTripleStream(std::istream& in, const std::string& path,
                        bool keep_flagged, KnowledgeGraph* g) {
  const unsigned threads = std::max(1u, std::thread::hardware_concurrency());
  BlockReader reader(in, path);
  Block current;
  bool have = reader.Next(&current);
  if (have) ParseBlock(path, keep_flagged, threads, &current);
  while (have) {
    Block next;
    std::future<bool> ahead = std::async(std::launch::async, [&] {
      if (!reader.Next(&next)) return false;
      ParseBlock(path, keep_flagged, threads, &next);
      return true;
    });
    for (size_t i = 0; i < current.parsed.size(); ++i) {
      if (Status s = AddParsedLine(&current.parsed[i], path,
                                   current.first_line + i, g);
          !s.ok()) {
        ahead.wait();
        return s;
      }
    }
    have = ahead.get();
    current = std::move(next);
  }
  return reader.status();
}

// Tells a graph file and triples from documents by the file's first bytes,
// whatever its name. Folders, "-" and missing paths are documents:
// DocumentReader expands them and reports what is wrong with them.
Status Classify(const std::string& input, InputKind* kind) {
  *kind = InputKind::kDocuments;
  std::error_code ec;
  if (input == "-" || !std::filesystem::is_regular_file(input, ec)) {
    return Status::Ok();
  }
  std::ifstream in(input, std::ios::binary);
  if (!in) return Status::FromErrno(input, errno);
  std::string head(kSniffBytes, '\0');
  in.read(head.data(), static_cast<std::streamsize>(head.size()));
  head.resize(static_cast<size_t>(in.gcount()));
  if (LooksLikeGraphFile(head)) {
    *kind = InputKind::kGraphFile;
    return Status::Ok();
  }
  std::string_view rest = StripBom(head);
  while (!rest.empty()) {
    const size_t eol = rest.find('\n');
    std::string line(rest.substr(0, eol));
    if (eol == rest.npos) {
      std::string tail;  // a first line longer than kSniffBytes
      std::getline(in, tail);
      line += tail;
    }
    if (!IsBlank(line)) {
      if (IsTripleLine(line)) *kind = InputKind::kTriples;
      break;
    }
    rest.remove_prefix(eol == rest.npos ? rest.size() : eol + 1);
  }
  return Status::Ok();
}

Status ReadFile(const std::string& path, std::string* bytes) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return Status::FromErrno(path, errno);
  std::ostringstream buffer;
  buffer << in.rdbuf();
  if (in.bad()) return Status::FromErrno(path, errno);
  *bytes = std::move(buffer).str();
  return Status::Ok();
}

// Extracts documents with a pack compiled once, on the first text input.
class TextLoader {
 public:
  explicit TextLoader(const LoadOptions& options) : options_(options) {}

  Status Load(const std::string& input, KnowledgeGraph* g) {
    if (extractor_ == nullptr) {
      if (Status s = Init(); !s.ok()) return s;
    }
    extract::DocumentReader reader({input}, options_.reporter);
    extract::Document doc;
    Status status;
    std::vector<extract::Triple> triples;
    while (reader.Next(&doc, &status)) {
      triples.clear();
      extractor_->Extract(doc, &triples);
      for (const extract::Triple& t : triples) {
        Result<size_t> added = g->AddTriple(t);
        // The Extractor writes only dates ParseEdtf reads.
        if (!added.ok()) {
          return Status::Internal(
              input, "document \"" + doc.id + "\": " + added.status().detail());
        }
      }
    }
    return status;
  }

 private:
  Status Init() {
    const extract::RulePack* pack = options_.pack;
    if (pack == nullptr) {
      Result<extract::RulePack> builtin =
          extract::LoadBuiltinRulePack("diplomacy");
      if (!builtin.ok()) return builtin.status();
      builtin_ = std::make_unique<extract::RulePack>(std::move(*builtin));
      pack = builtin_.get();
    }
    auto created = extract::Extractor::Create(*pack, options_.extractor);
    if (!created.ok()) return created.status();
    extractor_ = std::move(*created);
    return Status::Ok();
  }

  const LoadOptions& options_;
  std::unique_ptr<extract::RulePack> builtin_;
  std::unique_ptr<extract::Extractor> extractor_;
};

}  // namespace

Status LoadGraph(const std::vector<std::string>& inputs,
                 const LoadOptions& options, KnowledgeGraph* g) {
  TextLoader text(options);
  for (const std::string& input : inputs) {
    InputKind kind;
    if (Status s = Classify(input, &kind); !s.ok()) return s;
    Status s;
    switch (kind) {
      case InputKind::kGraphFile: {
        std::string bytes;
        s = ReadFile(input, &bytes);
        if (s.ok()) s = ReadGraphFile(bytes, input, g);
        break;
      }
      case InputKind::kTriples: {
        std::ifstream in(input, std::ios::binary);
        s = in ? LoadTripleStream(in, input, options.extractor.include_flagged,
                                  g)
               : Status::FromErrno(input, errno);
        break;
      }
      case InputKind::kDocuments:
        s = text.Load(input, g);
        break;
    }
    if (!s.ok()) return s;
  }
  return Status::Ok();
}

Status LoadTriples(std::string_view text, const std::string& path,
                   KnowledgeGraph* g) {
  size_t n = 1;
  while (!text.empty()) {
    const size_t eol = text.find('\n');
    ParsedLine p;
    ParseTripleLine(text.substr(0, eol), path, n, /*keep_flagged=*/false, &p);
    if (Status s = AddParsedLine(&p, path, n, g); !s.ok()) return s;
    ++n;
    text.remove_prefix(eol == text.npos ? text.size() : eol + 1);
  }
  return Status::Ok();
}

}  // namespace kg::graph
