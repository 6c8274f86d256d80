// ParallelExtractor: runs one Extractor over a stream of documents on
// several threads and hands on each document's triples in input order -
// as JSON Lines (`kg extract`) or as Triples (`kg build` on text) - so
// that the output is byte-identical whatever the number of threads.
//
//   kg::extract::DocumentReader reader({"news/"}, nullptr);
//   kg::pipeline::ParallelExtractor parallel(**extractor, /*threads=*/4);
//   kg::Status s = parallel.Run(&reader, [&](std::string_view lines) {
//     out << lines;
//     return out ? kg::Status::Ok() : kg::Status::IOError("out", "write");
//   });
//   s = parallel.RunTriples(&reader, [&](std::vector<kg::Triple>& triples) {
//     for (kg::Triple& t : triples) graph.AddTriple(std::move(t));
//     return kg::Status::Ok();
//   });
//
// Documents are independent (each has its own DocumentActors), so the
// triples of a document do not depend on which thread extracts it. The
// reader runs on the calling thread, which also calls the sink; at most
// 2 x threads documents are in memory at once, so memory is bounded by the
// largest document (and a long text file is read in parts: see
// DocumentReader).
#ifndef KG_PIPELINE_PARALLEL_EXTRACTOR_H_
#define KG_PIPELINE_PARALLEL_EXTRACTOR_H_

#include <functional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "base/status.h"
#include "base/triple.h"
#include "extract/document_reader.h"
#include "extract/extractor.h"

namespace kg::pipeline {

class ParallelExtractor {
 public:
  /// Receives the JSON Lines of one document (possibly empty); an error
  /// stops the run and is returned by Run().
  using Writer = std::function<Status(std::string_view lines)>;
  /// Receives the triples of one document (possibly none), to take.
  using TripleSink = std::function<Status(std::vector<Triple>& triples)>;

  /// Told, on the calling thread, after each document's output was handed
  /// on: its text bytes, its triples, and whether it is a document of its
  /// own (false for the second and later parts of a long file), for a
  /// progress line.
  using Progress =
      std::function<void(size_t bytes, size_t triples, bool new_document)>;

  /// `threads` 0 means one per hardware thread.
  ParallelExtractor(const extract::Extractor& extractor, unsigned threads);

  void set_progress(Progress progress) { progress_ = std::move(progress); }

  /// Extracts every document of *reader and writes its triples as JSON
  /// Lines (formatted on the workers too); returns the reader's or the
  /// writer's first error.
  Status Run(extract::DocumentReader* reader, const Writer& write) const;
  /// The same, handing on Triples.
  Status RunTriples(extract::DocumentReader* reader,
                    const TripleSink& sink) const;

  unsigned threads() const { return threads_; }

 private:
  // What a worker makes of one document: its triples, or their JSON Lines.
  struct Batch {
    std::vector<Triple> triples;
    std::string lines;
    size_t bytes = 0;  // the document's text
    size_t count = 0;  // its triples
    bool new_document = true;  // not a later part of a long file
  };
  using BatchSink = std::function<Status(Batch& batch)>;

  Status RunBatches(extract::DocumentReader* reader, bool as_lines,
                    const BatchSink& sink) const;

  const extract::Extractor& extractor_;
  unsigned threads_;
  Progress progress_;
};

}  // namespace kg::pipeline

#endif  // KG_PIPELINE_PARALLEL_EXTRACTOR_H_
