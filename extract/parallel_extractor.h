// ParallelExtractor: runs one Extractor over a stream of documents on
// several threads and hands on each document's triples, as JSON Lines, in
// input order, so that the output is byte-identical whatever the number of
// threads.
//
//   kg::extract::DocumentReader reader({"news/"}, nullptr);
//   kg::extract::ParallelExtractor parallel(**extractor, /*threads=*/4);
//   kg::Status s = parallel.Run(&reader, [&](std::string_view lines) {
//     out << lines;
//     return out ? kg::Status::Ok() : kg::Status::IOError("out", "write");
//   });
//
// Documents are independent (each has its own DocumentActors), so the
// triples of a document do not depend on which thread extracts it. The
// reader runs on the calling thread, which also calls `write`; at most
// 2 x threads documents are in memory at once, so memory is bounded by the
// largest document (and a long text file is read in parts: see
// DocumentReader).
#ifndef KG_EXTRACT_PARALLEL_EXTRACTOR_H_
#define KG_EXTRACT_PARALLEL_EXTRACTOR_H_

#include <functional>
#include <string_view>

#include "base/status.h"
#include "extract/document_reader.h"
#include "extract/extractor.h"

namespace kg::extract {

class ParallelExtractor {
 public:
  /// Receives the JSON Lines of one document (possibly empty); an error
  /// stops the run and is returned by Run().
  using Writer = std::function<Status(std::string_view lines)>;

  /// `threads` 0 means one per hardware thread.
  ParallelExtractor(const Extractor& extractor, unsigned threads);

  /// Extracts every document of *reader; returns the reader's or the
  /// writer's first error.
  Status Run(DocumentReader* reader, const Writer& write) const;

  unsigned threads() const { return threads_; }

 private:
  const Extractor& extractor_;
  unsigned threads_;
};

}  // namespace kg::extract

#endif  // KG_EXTRACT_PARALLEL_EXTRACTOR_H_
