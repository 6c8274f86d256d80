// Fuzzes kg's graph loader: any bytes, read as triples JSON Lines and as a
// kg graph file, load or give one line naming the file; a graph that loads
// is saved and read back to the same bytes, and every exporter writes it.
#include <cstdint>
#include <cstdio>
#include <sstream>
#include <string>
#include <string_view>

#include "export/graph_writer.h"
#include "graph/graph_file.h"
#include "pipeline/triples_reader.h"
#include "graph/knowledge_graph.h"
#include "tests/fuzz/fuzz_check.h"

namespace {

void CheckError(const kg::Status& status, const std::string& path) {
  const std::string message = status.ToString();
  FUZZ_CHECK(message.starts_with(path));
  FUZZ_CHECK(message.find('\n') == std::string::npos);
}

// Saving and loading again gives the same bytes; every format writes.
void CheckGraph(const kg::graph::KnowledgeGraph& g) {
  std::ostringstream saved;
  kg::graph::WriteGraphFile(g, saved);
  kg::graph::KnowledgeGraph copy;
  const kg::Status read =
      kg::graph::ReadGraphFile(saved.str(), "s.json", &copy);
  if (!read.ok()) {
    std::fprintf(stderr, "%s\n", read.ToString().c_str());
    FUZZ_CHECK(false);
  }
  std::ostringstream again;
  kg::graph::WriteGraphFile(copy, again);
  FUZZ_CHECK(again.str() == saved.str());

  std::ostringstream out;
  kg::exporter::WriteGraphML(g, out);
  kg::exporter::WriteNodeLinkJson(g, out);
  kg::exporter::WriteCytoscapeJson(g, out);
  kg::exporter::WriteGexf(g, {}, out);
  kg::exporter::WriteNodesCsv(g, out);
  kg::exporter::WriteEdgesCsv(g, out);
  kg::exporter::WriteDot(g, {}, out);
  kg::exporter::DotOptions multi;
  multi.multi = true;
  kg::exporter::WriteDot(g, multi, out);
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  const std::string_view text(reinterpret_cast<const char*>(data), size);

  kg::graph::KnowledgeGraph triples;
  const kg::Status t = kg::pipeline::LoadTriples(text, "t.jsonl", &triples);
  if (t.ok()) {
    CheckGraph(triples);
  } else {
    CheckError(t, "t.jsonl");
  }

  kg::graph::KnowledgeGraph file;
  const kg::Status f = kg::graph::ReadGraphFile(text, "g.json", &file);
  if (f.ok()) {
    CheckGraph(file);
  } else {
    CheckError(f, "g.json");
  }
  return 0;
}
