// WriteChunks: the text of many items (nodes, edges), formatted a chunk of
// items at a time on several threads and written in item order - the same
// bytes for any number of threads.
//
//   WriteChunks(g.edge_count(), /*per_chunk=*/2048,
//               [&](size_t begin, size_t end, TextBuilder& b) {
//                 for (size_t e = begin; e < end; ++e) WriteEdge(g, e, b);
//               },
//               out);
//
// `format` runs concurrently on different ranges: it must only read shared
// data. The item's text must not depend on where its chunk starts. At most
// two chunks a thread are in memory at once, whatever the count.
//
// Internal to kg_export; never include it from another folder.
#ifndef KG_EXPORT_INTERNAL_CHUNK_WRITER_H_
#define KG_EXPORT_INTERNAL_CHUNK_WRITER_H_

#include <cstddef>
#include <functional>
#include <ostream>

#include "export/internal/text_builder.h"

namespace kg::exporter::internal {

using ChunkFormatter =
    std::function<void(size_t begin, size_t end, TextBuilder& text)>;

/// Formats items [0, count) in chunks of `per_chunk` and writes them to
/// `out` in order. threads 0: one per hardware thread; 1: no thread is
/// started.
void WriteChunks(size_t count, size_t per_chunk, const ChunkFormatter& format,
                 std::ostream& out, unsigned threads = 0);

}  // namespace kg::exporter::internal

#endif  // KG_EXPORT_INTERNAL_CHUNK_WRITER_H_
