// Reading triples: the JSON Lines `kg extract` writes, into a graph.
//
//   kg::graph::KnowledgeGraph g;
//   kg::Status s = kg::pipeline::LoadTriples(text, "out.jsonl", &g);
//   std::ifstream in("big.jsonl", std::ios::binary);
//   s = kg::pipeline::LoadTripleStream(in, "big.jsonl", TripleReadOptions{}, &g);
//
// Blank lines are skipped but counted; a UTF-8 BOM before the first line
// and a CR before each '\n' are ignored. Negated and hypothetical triples
// are left out unless asked for (an edge cannot say "did not" or "might").
// Errors stop at the first bad line (unless skip_bad_line is set), the
// graph then incomplete:
// "path:line: not a JSON object", "path:line: missing \"subject\"",
// "path:line: bad EDTF date \"2015-13\"".
#ifndef KG_PIPELINE_TRIPLES_READER_H_
#define KG_PIPELINE_TRIPLES_READER_H_

#include <functional>
#include <istream>
#include <string>
#include <string_view>

#include "base/status.h"
#include "graph/knowledge_graph.h"

namespace kg::pipeline {

struct TripleReadOptions {
  /// Keep negated and hypothetical triples.
  bool keep_flagged = false;
  /// Threads that parse lines (0: one per hardware thread). Triples are
  /// added in line order whatever the number.
  unsigned threads = 0;
  /// If set (`--keep-going`), a bad line is handed here, with its error,
  /// and skipped, and reading goes on; if not, the first bad line stops
  /// the load. A read error of the stream always stops it.
  std::function<void(const Status& bad_line)> skip_bad_line;
};

/// Adds the triples of JSON Lines `text` to *g.
Status LoadTriples(std::string_view text, const std::string& path,
                   graph::KnowledgeGraph* g);

/// Adds the triples of a JSON Lines stream to *g, reading blocks of lines
/// and parsing each block on all threads while the graph takes the one
/// before; memory stays a few blocks whatever the file's size.
Status LoadTripleStream(std::istream& in, const std::string& path,
                        const TripleReadOptions& options,
                        graph::KnowledgeGraph* g);

/// True iff the first non-blank line of `in` is a JSON object with
/// "subject" and "relation": a triples file, whatever its name (documents
/// have "text"). Reads `in` up to that line.
bool StartsWithTripleLine(std::istream& in);

}  // namespace kg::pipeline

#endif  // KG_PIPELINE_TRIPLES_READER_H_
