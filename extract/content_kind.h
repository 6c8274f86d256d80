// ContentKind: what a file holds, told from its first bytes whatever its
// name, so that kg never reads its own outputs (or any JSON) as prose.
//
//   std::string head = ...;  // the first kContentSniffBytes of the file
//   switch (kg::extract::SniffContent(head)) {
//     case ContentKind::kTriples: ...  // "out.txt" written by kg extract
//   }
//
// Rules, in order (a UTF-8 BOM and leading white space are skipped):
//   - no bytes: kEmpty; a NUL in the first 8 KiB: kBinary;
//   - '{' "format": "kg-graph" first: kGraphFile;
//   - '{' or '[' starting a JSON value (complete, or cut by the end of
//     `head`): an array is kJson; an object with "subject" and "relation"
//     is kTriples; with "actors" or "edges" (a graph file without its
//     "format") kGraphFile; with "nodes" or "elements" (node-link,
//     Cytoscape) kGraphExport; any other object kJsonLines (documents: the
//     JSON Lines reader says what a line lacks);
//   - XML naming <graphml or <gexf, "digraph \"kg\"" (DOT) or the header
//     of kg's CSV ("id:ID," / ":START_ID,"): kGraphExport;
//   - anything else: kText.
#ifndef KG_EXTRACT_CONTENT_KIND_H_
#define KG_EXTRACT_CONTENT_KIND_H_

#include <cstddef>
#include <string_view>

namespace kg::extract {

enum class ContentKind {
  kEmpty,
  kBinary,
  kText,
  kJsonLines,    ///< JSON Lines documents
  kTriples,      ///< what `kg extract` writes
  kGraphFile,    ///< kg's own graph file (`kg build -o g.json`)
  kGraphExport,  ///< another graph format kg writes (GraphML, GEXF, DOT ...)
  kJson,         ///< JSON that is none of the above
};

/// How much of a file SniffContent needs (it reads at most this much).
inline constexpr size_t kContentSniffBytes = size_t{64} << 10;
/// A NUL byte within this many first bytes makes a file binary.
inline constexpr size_t kBinaryProbeBytes = size_t{8} << 10;

ContentKind SniffContent(std::string_view head);

/// True for the kinds that are not documents to extract: kg's triples and
/// graph files, and other JSON.
bool IsKgOutputOrJson(ContentKind kind);

/// What the kind is, for messages: "triples written by kg extract", "a kg
/// graph file", "a graph file kg exported", "JSON".
std::string_view DescribeContent(ContentKind kind);

}  // namespace kg::extract

#endif  // KG_EXTRACT_CONTENT_KIND_H_
