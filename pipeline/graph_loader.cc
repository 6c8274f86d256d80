#include "pipeline/graph_loader.h"

#include <cerrno>
#include <filesystem>
#include <fstream>
#include <memory>
#include <sstream>
#include <utility>

#include "extract/document_reader.h"
#include "graph/graph_file.h"
#include "pipeline/pack_loader.h"
#include "pipeline/parallel_extractor.h"
#include "pipeline/triples_reader.h"

namespace kg::pipeline {
namespace {

using graph::KnowledgeGraph;

enum class InputKind { kGraphFile, kTriples, kDocuments };

// Enough of a file to see whether it is a graph file.
constexpr size_t kSniffBytes = 64 * 1024;

// Tells a graph file and triples from documents by the file's first bytes,
// whatever its name. Folders, "-" and missing paths are documents:
// DocumentReader expands them and reports what is wrong with them.
Status Classify(const std::string& input, InputKind* kind) {
  *kind = InputKind::kDocuments;
  std::error_code ec;
  if (input == "-" || !std::filesystem::is_regular_file(input, ec))
    return Status::Ok();
  std::ifstream in(input, std::ios::binary);
  if (!in) return Status::FromErrno(input, errno);
  std::string head(kSniffBytes, '\0');
  in.read(head.data(), static_cast<std::streamsize>(head.size()));
  head.resize(static_cast<size_t>(in.gcount()));
  if (graph::LooksLikeGraphFile(head)) {
    *kind = InputKind::kGraphFile;
    return Status::Ok();
  }
  in.clear();
  in.seekg(0);
  if (StartsWithTripleLine(in)) *kind = InputKind::kTriples;
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
    const ParallelExtractor parallel(*extractor_, options_.threads);
    // The sink runs on this thread, in document order: the graph is the
    // same for any number of threads.
    return parallel.RunTriples(&reader, [&](std::vector<Triple>& triples) {
      for (Triple& t : triples) {
        const std::string doc = t.doc;
        Result<size_t> added = g->AddTriple(std::move(t));
        // The Extractor writes only dates ParseEdtf reads.
        if (!added.ok())
          return Status::Internal(
              input, "document \"" + doc + "\": " + added.status().detail());
      }
      return Status::Ok();
    });
  }

 private:
  Status Init() {
    const extract::RulePack* pack = options_.pack;
    if (pack == nullptr) {
      Result<extract::RulePack> loaded = LoadPack(options_.rules);
      if (!loaded.ok()) return loaded.status();
      loaded_ = std::make_unique<extract::RulePack>(std::move(*loaded));
      pack = loaded_.get();
    }
    auto created = extract::Extractor::Create(*pack, options_.extractor);
    if (!created.ok()) return created.status();
    extractor_ = std::move(*created);
    return Status::Ok();
  }

  const LoadOptions& options_;
  std::unique_ptr<extract::RulePack> loaded_;  // options.rules, once needed
  std::unique_ptr<extract::Extractor> extractor_;
};

}  // namespace

Status LoadGraph(const std::vector<std::string>& inputs,
                 const LoadOptions& options, KnowledgeGraph* g) {
  TextLoader text(options);
  TripleReadOptions triples;
  triples.keep_flagged = options.extractor.include_flagged;
  triples.threads = options.threads;
  for (const std::string& input : inputs) {
    InputKind kind;
    if (Status s = Classify(input, &kind); !s.ok()) return s;
    Status s;
    switch (kind) {
      case InputKind::kGraphFile: {
        std::string bytes;
        s = ReadFile(input, &bytes);
        if (s.ok()) s = graph::ReadGraphFile(bytes, input, g);
        break;
      }
      case InputKind::kTriples: {
        std::ifstream in(input, std::ios::binary);
        s = in ? LoadTripleStream(in, input, triples, g)
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

}  // namespace kg::pipeline
