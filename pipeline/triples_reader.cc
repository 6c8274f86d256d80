#include "pipeline/triples_reader.h"

#include <algorithm>
#include <atomic>
#include <cerrno>
#include <future>
#include <nlohmann/json.hpp>
#include <thread>
#include <utility>
#include <vector>

#include "base/fast_triple_parser.h"
#include "base/triple_json.h"
#include "base/utf8.h"

namespace kg::pipeline {

using graph::KnowledgeGraph;

namespace {

bool IsBlank(std::string_view line) {
  return line.find_first_not_of(" \t\r\n") == line.npos;
}

std::string_view StripBom(std::string_view s) {
  if (s.starts_with(kUtf8Bom)) s.remove_prefix(kUtf8Bom.size());
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
  Triple triple;
};

// Parses one line; touches no graph, so lines parse on any thread.
void ParseTripleLine(std::string_view line, const std::string& path,
                     size_t line_number, bool keep_flagged, ParsedLine* out) {
  if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
  if (line_number == 1) line = StripBom(line);
  if (IsBlank(line)) return;
  // The fast path first: the "path:line" of an error is built only for
  // lines that need the general parser.
  if (!FastParseTriple(line, &out->triple))
    out->status =
        FromJsonLineGeneral(line, Location(path, line_number), &out->triple);
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
    // Assigned, not moved: both strings keep their capacity, so a reused
    // Block reads into memory it has (fresh memory is page faults).
    b->text.assign(carry_);
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

}  // namespace

// Parsing the JSON is most of the work: blocks of lines are parsed on all
// cores - the next block while the graph takes the current one - and added
// in line order, so the graph and the first error are those of a line by
// line read.
Status LoadTripleStream(std::istream& in, const std::string& path,
                        const TripleReadOptions& options, KnowledgeGraph* g) {
  const bool keep_flagged = options.keep_flagged;
  const unsigned threads =
      options.threads != 0 ? options.threads
                           : std::max(1u, std::thread::hardware_concurrency());
  BlockReader reader(in, path);
  // Two blocks, used in turn: the text, line and triple buffers are
  // allocated once rather than once a block.
  Block blocks[2];
  Block* current = &blocks[0];
  Block* next = &blocks[1];
  bool have = reader.Next(current);
  if (have) ParseBlock(path, keep_flagged, threads, current);
  while (have) {
    std::future<bool> ahead = std::async(std::launch::async, [&, next] {
      if (!reader.Next(next)) return false;
      ParseBlock(path, keep_flagged, threads, next);
      return true;
    });
    for (size_t i = 0; i < current->parsed.size(); ++i) {
      if (Status s = AddParsedLine(&current->parsed[i], path,
                                   current->first_line + i, g);
          !s.ok()) {
        if (options.skip_bad_line) {
          options.skip_bad_line(s);
          continue;
        }
        ahead.wait();
        return s;
      }
    }
    have = ahead.get();
    std::swap(current, next);
  }
  return reader.status();
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

bool StartsWithTripleLine(std::istream& in) {
  bool first = true;
  for (std::string line; std::getline(in, line); first = false) {
    std::string_view l = line;
    if (!l.empty() && l.back() == '\r') l.remove_suffix(1);
    if (first) l = StripBom(l);
    if (!IsBlank(l)) return IsTripleLine(l);
  }
  return false;
}

}  // namespace kg::pipeline
