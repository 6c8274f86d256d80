#include "pipeline/graph_loader.h"

#include <cerrno>
#include <filesystem>
#include <fstream>
#include <memory>
#include <streambuf>
#include <string_view>
#include <sstream>
#include <utility>

#include "extract/content_kind.h"
#include "extract/document_reader.h"
#include "graph/graph_file.h"
#include "pipeline/pack_loader.h"
#include "pipeline/parallel_extractor.h"
#include "pipeline/triples_reader.h"

namespace kg::pipeline {
namespace {

using graph::KnowledgeGraph;

using extract::ContentKind;

// A stream of `head` then the rest of `rest`: an input whose first bytes
// were read to tell its kind, read again from its start without reopening
// it (a pipe cannot be reopened).
class HeadThenRestBuf : public std::streambuf {
 public:
  HeadThenRestBuf(std::string_view head, std::istream& rest)
      : head_(head), rest_(rest.rdbuf()) {
    char* begin = head_.data();
    setg(begin, begin, begin + head_.size());
  }

 protected:
  int_type underflow() override {
    if (gptr() < egptr()) return traits_type::to_int_type(*gptr());
    if (rest_ == nullptr) return traits_type::eof();
    const std::streamsize n = rest_->sgetn(buffer_, sizeof buffer_);
    if (n <= 0) return traits_type::eof();
    setg(buffer_, buffer_, buffer_ + n);
    return traits_type::to_int_type(*gptr());
  }

 private:
  std::string head_;
  std::streambuf* rest_;
  char buffer_[64 * 1024];
};

// Loads a kg output into *g: triples and kg graph files; other graph
// formats and JSON are an error saying what they are.
Status LoadKgOutput(const std::string& path, ContentKind kind,
                    std::string_view head, std::istream& rest,
                    const TripleReadOptions& triples, KnowledgeGraph* g) {
  auto stream = std::make_unique<HeadThenRestBuf>(head, rest);
  std::istream in(stream.get());
  switch (kind) {
    case ContentKind::kTriples:
      return LoadTripleStream(in, path, triples, g);
    case ContentKind::kGraphFile: {
      std::ostringstream buffer;
      buffer << in.rdbuf();
      if (rest.bad()) return Status::FromErrno(path, errno);
      return graph::ReadGraphFile(std::move(buffer).str(), path, g);
    }
    default:
      return Status::ParseError(
          path, std::string(extract::DescribeContent(kind)) +
                    ", not documents, triples or a kg graph file");
  }
}

// A kg output found in a folder: loaded after the folder's documents, so
// that the graph does not depend on how far extraction had read ahead.
struct ListedOutput {
  std::string path;
  ContentKind kind;
};

// Extracts documents with a pack compiled once, on the first text input.
class TextLoader {
 public:
  explicit TextLoader(const LoadOptions& options) : options_(options) {}

  // Reads `input` (a file of any kind, a folder, "-"): documents are
  // extracted, kg outputs loaded as what they are.
  Status Load(const std::string& input, const TripleReadOptions& triples,
              KnowledgeGraph* g) {
    extract::DocumentReader reader({input}, options_.reporter);
    if (options_.skip) reader.KeepGoing(options_.skip);
    // A kg output that cannot be loaded is passed over whole when keeping
    // going: ReadGraphFile leaves *g untouched on error, and a triples
    // file's bad lines were already skipped one by one.
    auto load_output = [&](const std::string& path, ContentKind kind,
                           std::string_view head, std::istream& rest) {
      Status s = LoadKgOutput(path, kind, head, rest, triples, g);
      if (!s.ok() && options_.skip) {
        options_.skip(s);
        return Status::Ok();
      }
      return s;
    };    std::vector<ListedOutput> listed_outputs;
    reader.OnKgOutput([&](const std::string& path, ContentKind kind,
                          bool listed, std::string_view head,
                          std::istream& rest) {
      if (listed) {
        listed_outputs.push_back({path, kind});
        return Status::Ok();
      }
      // Named: the reader holds no documents of it, so loading now keeps
      // the input order.
      return load_output(path, kind, head, rest);
    });
    Status s;
    if (reader.Peek(&s)) s = Extract(input, &reader, g);
    if (!s.ok()) return s;
    for (const ListedOutput& output : listed_outputs) {
      std::ifstream in(output.path, std::ios::binary);
      s = in ? load_output(output.path, output.kind, "", in)
             : Status::FromErrno(output.path, errno);
      if (!s.ok() && options_.skip) {
        options_.skip(s);
        continue;
      }
      if (!s.ok()) return s;
    }
    return Status::Ok();
  }

 private:
  Status Extract(const std::string& input, extract::DocumentReader* reader,
                 KnowledgeGraph* g) {
    const extract::Extractor* extractor = options_.compiled_extractor;
    if (extractor == nullptr) {
      if (extractor_ == nullptr) {
        if (Status s = Init(); !s.ok()) return s;
      }
      extractor = extractor_.get();
    }
    ParallelExtractor parallel(*extractor, options_.threads);
    if (options_.progress) parallel.set_progress(options_.progress);
    // The sink runs on this thread, in document order: the graph is the
    // same for any number of threads.
    return parallel.RunTriples(reader, [&](std::vector<Triple>& triples) {
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
  triples.skip_bad_line = options.skip;
  for (const std::string& input : inputs) {
    if (Status s = text.Load(input, triples, g); !s.ok()) return s;
  }
  return Status::Ok();
}

}  // namespace kg::pipeline
