// graph_bench: how long kg takes to load a saved graph of one million edges
// and to answer one path query on it. A figure, not a test.
//
//   ./build/bench/graph_bench [--edges N] [--actors N] [--seed S]
//
// The graph is synthetic and deterministic from the seed: actors with
// country/person types, edges with random relations, categories, dates and
// a sentence each (so the file has a realistic size), written with
// WriteGraphFile to a temporary file, then read back with ReadGraphFile.
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <random>
#include <sstream>
#include <string>

#include "bench/synthetic_graph.h"
#include "graph/graph_file.h"
#include "graph/knowledge_graph.h"
#include "graph/path_finder.h"

namespace {

using Clock = std::chrono::steady_clock;

double Seconds(Clock::time_point a, Clock::time_point b) {
  return std::chrono::duration<double>(b - a).count();
}

}  // namespace

int main(int argc, char** argv) {
  size_t edges = 1000000, actors = 100000;
  unsigned seed = 42;
  for (int i = 1; i + 1 < argc; i += 2) {
    std::string flag = argv[i];
    if (flag == "--edges")
      edges = std::stoul(argv[i + 1]);
    else if (flag == "--actors")
      actors = std::stoul(argv[i + 1]);
    else if (flag == "--seed")
      seed = static_cast<unsigned>(std::stoul(argv[i + 1]));
  }
  auto t0 = Clock::now();
  kg::graph::KnowledgeGraph g =
      kg::bench::MakeSyntheticGraph(actors, edges, seed);
  auto t1 = Clock::now();
  std::filesystem::path file =
      std::filesystem::temp_directory_path() / "kg_graph_bench.json";
  {
    std::ofstream out(file, std::ios::binary);
    kg::graph::WriteGraphFile(g, out);
  }
  auto t2 = Clock::now();
  std::ifstream in(file, std::ios::binary);
  std::stringstream bytes;
  bytes << in.rdbuf();
  kg::graph::KnowledgeGraph loaded;
  kg::Status s = kg::graph::ReadGraphFile(bytes.str(), file.string(), &loaded);
  auto t3 = Clock::now();
  if (!s.ok()) {
    std::cerr << s.ToString() << "\n";
    return 1;
  }
  kg::graph::PathOptions bfs;
  auto t4 = Clock::now();
  auto p = kg::graph::FindPaths(loaded, 0, actors - 1, bfs);
  auto t5 = Clock::now();
  kg::graph::PathOptions weighted;
  weighted.weighted = true;
  auto q = kg::graph::FindPaths(loaded, 0, actors - 1, weighted);
  auto t6 = Clock::now();
  std::printf("graph: %zu actors, %zu edges, file %.1f MB (seed %u)\n",
              loaded.actor_count(), loaded.edge_count(),
              static_cast<double>(std::filesystem::file_size(file)) / 1e6,
              seed);
  std::printf("%-34s %10s\n", "step", "seconds");
  std::printf("%-34s %10.3f\n", "build in memory", Seconds(t0, t1));
  std::printf("%-34s %10.3f\n", "write kg graph JSON", Seconds(t1, t2));
  std::printf("%-34s %10.3f\n", "load (read + parse + build)", Seconds(t2, t3));
  std::printf("%-34s %10.3f  (%zu hops)\n", "path query, BFS", Seconds(t4, t5),
              p.ok() ? p->paths[0].hops.size() : 0);
  std::printf("%-34s %10.3f  (%zu hops)\n", "path query, weighted (Dijkstra)",
              Seconds(t5, t6), q.ok() ? q->paths[0].hops.size() : 0);
  std::filesystem::remove(file);
  return 0;
}
