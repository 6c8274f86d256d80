// graph_bench: how long kg takes to load a saved graph of one million edges
// and to answer one path query on it. A figure, not a test.
//
//   ./build/bench/graph_bench [--edges N] [--actors N] [--seed S]
//   ./build/bench/graph_bench --write-triples FILE [--edges N] ...
//   ./build/bench/graph_bench --triples FILE [--actors N]
//
// The graph is synthetic and deterministic from the seed: actors with
// country/person types, edges with random relations, categories, dates and
// a sentence each (so the file has a realistic size), written with
// WriteGraphFile to a temporary file, then read back with ReadGraphFile.
// --write-triples writes the graph as `kg extract` JSON Lines instead and
// exits; --triples loads such a file as `kg path` does (LoadGraph) and
// times the queries on it (bench/graph_peers.sh runs both). The query is
// from actor a0 to actor a<actors - 1>.
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
#include "pipeline/graph_loader.h"
#include "graph/knowledge_graph.h"
#include "graph/path_finder.h"

namespace {

using Clock = std::chrono::steady_clock;

double Seconds(Clock::time_point a, Clock::time_point b) {
  return std::chrono::duration<double>(b - a).count();
}

// The two path queries (BFS, then weighted) from a0 to a<actors - 1>.
void TimeQueries(const kg::graph::KnowledgeGraph& g, size_t actors) {
  size_t from = g.FindActor("a0").value_or(0);
  size_t to = g.FindActor("a" + std::to_string(actors - 1)).value_or(0);
  for (bool weighted : {false, true}) {
    kg::graph::PathOptions o;
    o.weighted = weighted;
    auto t0 = Clock::now();
    auto p = kg::graph::FindPaths(g, from, to, o);
    auto t1 = Clock::now();
    std::printf(
        "%-34s %10.6f  (%zu hops)\n",
        weighted ? "path query, weighted (Dijkstra)" : "path query, BFS",
        Seconds(t0, t1), p.ok() ? p->paths[0].hops.size() : 0);
  }
}

// --triples: load `file` as `kg path` would, then query.
int RunOnTriples(const std::string& file, size_t actors) {
  auto t0 = Clock::now();
  kg::graph::KnowledgeGraph g;
  kg::Status s = kg::pipeline::LoadGraph({file}, kg::pipeline::LoadOptions{}, &g);
  auto t1 = Clock::now();
  if (!s.ok()) {
    std::cerr << s.ToString() << "\n";
    return 1;
  }
  std::printf("graph: %zu actors, %zu edges from %s\n", g.actor_count(),
              g.edge_count(), file.c_str());
  std::printf("%-34s %10s\n", "step", "seconds");
  std::printf("%-34s %10.3f\n", "load triples (LoadGraph)", Seconds(t0, t1));
  TimeQueries(g, actors);
  return 0;
}

}  // namespace

int main(int argc, char** argv) {
  size_t edges = 1000000, actors = 100000;
  unsigned seed = 42;
  std::string write_triples, triples;
  for (int i = 1; i + 1 < argc; i += 2) {
    std::string flag = argv[i];
    if (flag == "--write-triples")
      write_triples = argv[i + 1];
    else if (flag == "--triples")
      triples = argv[i + 1];
    else if (flag == "--edges")
      edges = std::stoul(argv[i + 1]);
    else if (flag == "--actors")
      actors = std::stoul(argv[i + 1]);
    else if (flag == "--seed")
      seed = static_cast<unsigned>(std::stoul(argv[i + 1]));
  }
  if (!triples.empty()) return RunOnTriples(triples, actors);
  auto t0 = Clock::now();
  kg::graph::KnowledgeGraph g =
      kg::bench::MakeSyntheticGraph(actors, edges, seed);
  auto t1 = Clock::now();
  if (!write_triples.empty()) {
    std::ofstream out(write_triples, std::ios::binary);
    kg::bench::WriteTriples(g, out);
    out.close();
    if (!out) {
      std::cerr << "graph_bench: cannot write " << write_triples << "\n";
      return 1;
    }
    std::printf("wrote %zu triples (%zu actors, seed %u) to %s\n",
                g.edge_count(), g.actor_count(), seed, write_triples.c_str());
    return 0;
  }
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
  std::printf("graph: %zu actors, %zu edges, file %.1f MB (seed %u)\n",
              loaded.actor_count(), loaded.edge_count(),
              static_cast<double>(std::filesystem::file_size(file)) / 1e6,
              seed);
  std::printf("%-34s %10s\n", "step", "seconds");
  std::printf("%-34s %10.3f\n", "build in memory", Seconds(t0, t1));
  std::printf("%-34s %10.3f\n", "write kg graph JSON", Seconds(t1, t2));
  std::printf("%-34s %10.3f\n", "load (read + parse + build)", Seconds(t2, t3));
  TimeQueries(loaded, actors);
  std::filesystem::remove(file);
  return 0;
}
