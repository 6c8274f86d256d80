// export_bench: GraphML and GEXF write times for a graph of one million
// edges, with the same writes by NetworkX and igraph in the same run
// (bench/export_peers.py, given the same graph as a node-link JSON file).
// A figure, not a test.
//
//   ./build/bench/export_bench [--edges N] [--actors N] [--seed S] [--no-peers]
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <string>

#include "bench/synthetic_graph.h"
#include "export/graph_writer.h"

namespace {

using Clock = std::chrono::steady_clock;

// Writes `g` with `write` to `path`; returns the seconds it took.
template <typename Fn>
double TimeWrite(const std::filesystem::path& path, Fn write) {
  auto t0 = Clock::now();
  {
    std::ofstream out(path, std::ios::binary);
    write(out);
  }
  return std::chrono::duration<double>(Clock::now() - t0).count();
}

double MegaBytes(const std::filesystem::path& p) {
  return static_cast<double>(std::filesystem::file_size(p)) / 1e6;
}

}  // namespace

int main(int argc, char** argv) {
  size_t edges = 1000000, actors = 100000;
  unsigned seed = 42;
  bool peers = true;
  for (int i = 1; i < argc; ++i) {
    std::string flag = argv[i];
    if (flag == "--no-peers")
      peers = false;
    else if (i + 1 < argc && flag == "--edges")
      edges = std::stoul(argv[++i]);
    else if (i + 1 < argc && flag == "--actors")
      actors = std::stoul(argv[++i]);
    else if (i + 1 < argc && flag == "--seed")
      seed = static_cast<unsigned>(std::stoul(argv[++i]));
  }
  kg::graph::KnowledgeGraph g =
      kg::bench::MakeSyntheticGraph(actors, edges, seed);
  auto dir = std::filesystem::temp_directory_path() / "kg_export_bench";
  std::filesystem::create_directories(dir);
  double graphml = TimeWrite(dir / "kg.graphml", [&](std::ostream& o) {
    kg::exporter::WriteGraphML(g, o);
  });
  double gexf = TimeWrite(dir / "kg.gexf", [&](std::ostream& o) {
    kg::exporter::WriteGexf(g, kg::exporter::GexfOptions{}, o);
  });
  std::printf("graph: %zu actors, %zu edges (seed %u)\n", g.actor_count(),
              g.edge_count(), seed);
  std::printf("%-28s %10s %10s\n", "write", "seconds", "MB");
  std::printf("%-28s %10.2f %10.1f\n", "kg GraphML", graphml,
              MegaBytes(dir / "kg.graphml"));
  std::printf("%-28s %10.2f %10.1f\n", "kg GEXF 1.3", gexf,
              MegaBytes(dir / "kg.gexf"));
  std::fflush(stdout);
  int rc = 0;
  if (peers) {
    // The same graph for the peers: node-link JSON, which both can build
    // from (the time to build their graphs is not counted).
    TimeWrite(dir / "graph.json",
              [&](std::ostream& o) { kg::exporter::WriteNodeLinkJson(g, o); });
    std::string cmd = "sh " KG_SOURCE_DIR
                      "/tests/export/run_python.sh networkx " KG_SOURCE_DIR
                      "/bench/export_peers.py " +
                      (dir / "graph.json").string() + " " + dir.string();
    rc = std::system(cmd.c_str());
  }
  std::filesystem::remove_all(dir);
  return rc == 0 ? 0 : 1;
}
