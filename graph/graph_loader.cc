#include "graph/graph_loader.h"

#include <cerrno>
#include <filesystem>
#include <fstream>
#include <istream>
#include <memory>
#include <nlohmann/json.hpp>
#include <sstream>
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

// Adds the triple on one line; blank lines are skipped.
Status AddTripleLine(std::string_view line, const std::string& path,
                     size_t line_number, bool keep_flagged, KnowledgeGraph* g) {
  if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
  if (line_number == 1) line = StripBom(line);
  if (IsBlank(line)) return Status::Ok();
  extract::Triple t;
  const std::string where = Location(path, line_number);
  if (Status s = extract::FromJsonLine(line, where, &t); !s.ok()) return s;
  // An edge cannot say "did not" or "might": leave such triples out, as the
  // Extractor does, unless asked to keep them.
  if ((t.negated || t.hypothetical) && !keep_flagged) return Status::Ok();
  Result<size_t> added = g->AddTriple(t);
  if (!added.ok()) return Status::ParseError(where, added.status().detail());
  return Status::Ok();
}

Status LoadTripleStream(std::istream& in, const std::string& path,
                        bool keep_flagged, KnowledgeGraph* g) {
  std::string line;
  for (size_t n = 1; std::getline(in, line); ++n) {
    if (Status s = AddTripleLine(line, path, n, keep_flagged, g); !s.ok()) {
      return s;
    }
  }
  if (in.bad()) return Status::FromErrno(path, errno);
  return Status::Ok();
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
    if (Status s = AddTripleLine(text.substr(0, eol), path, n++,
                                 /*keep_flagged=*/false, g);
        !s.ok()) {
      return s;
    }
    text.remove_prefix(eol == text.npos ? text.size() : eol + 1);
  }
  return Status::Ok();
}

}  // namespace kg::graph
