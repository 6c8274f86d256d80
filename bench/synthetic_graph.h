// MakeSyntheticGraph: a deterministic graph for the benchmarks - actors
// (every fifth a country, the others persons) and edges with random
// relations, categories, dates and a sentence each, so that files have a
// realistic size. Same arguments, same graph.
#ifndef KG_BENCH_SYNTHETIC_GRAPH_H_
#define KG_BENCH_SYNTHETIC_GRAPH_H_

#include <cstdio>
#include <cstdlib>
#include <random>
#include <string>

#include "graph/knowledge_graph.h"

namespace kg::bench {

inline kg::graph::KnowledgeGraph MakeSyntheticGraph(size_t actors, size_t edges,
                                                    unsigned seed) {
  std::mt19937_64 rng(seed);
  kg::graph::KnowledgeGraph g;
  for (size_t i = 0; i < actors; ++i) {
    kg::graph::ActorNode a;
    a.id = "a" + std::to_string(i);
    a.name = "Actor " + std::to_string(i);
    a.type = i % 5 == 0 ? "country" : "person";
    g.AddActor(a);
  }
  static const char* kRelations[] = {"meet", "visit", "criticize",
                                     "sign agreement", "sanction"};
  static const char* kCategories[] = {"04", "04", "11", "05", "17"};
  std::uniform_int_distribution<size_t> pick(0, actors - 1);
  std::uniform_int_distribution<int> rel(0, 4), year(1990, 2025), month(1, 12),
      day(1, 28);
  for (size_t i = 0; i < edges; ++i) {
    kg::graph::EventEdge e;
    int r = rel(rng);
    e.relation = kRelations[r];
    e.category = kCategories[r];
    e.quad_class = r == 4 ? 4 : (r == 2 ? 3 : 1);
    char date[16];
    std::snprintf(date, sizeof date, "%04d-%02d-%02d", year(rng), month(rng),
                  day(rng));
    e.date = date;
    e.doc = "doc" + std::to_string(i % 1000) + ".txt";
    e.sentence = "Actor " + std::to_string(i) +
                 " did something reported in this sentence.";
    e.span_begin = i * 10;
    e.span_end = i * 10 + 60;
    e.rule = e.relation;
    e.confidence = 0.8;
    size_t s = pick(rng), t = pick(rng);
    if (s == t) t = (t + 1) % actors;
    if (!g.AddEdge(s, t, std::move(e)).ok()) std::abort();
  }
  return g;
}

}  // namespace kg::bench

#endif  // KG_BENCH_SYNTHETIC_GRAPH_H_
