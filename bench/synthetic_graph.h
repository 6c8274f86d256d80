// MakeSyntheticGraph: a deterministic graph for the benchmarks - actors
// (every fifth a country, the others persons) and edges with random
// relations, categories, dates and a sentence each, so that files have a
// realistic size. Same arguments, same graph. WriteTriples writes a graph's
// edges as the JSON Lines `kg extract` outputs, for benchmarks that start
// from triples.
#ifndef KG_BENCH_SYNTHETIC_GRAPH_H_
#define KG_BENCH_SYNTHETIC_GRAPH_H_

#include <cstdio>
#include <cstdlib>
#include <ostream>
#include <random>
#include <string>

#include "base/triple_json.h"
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

// One triple a line per edge, in edge order: loading the file gives the
// same actors (ids, names, types) and edges, numbered in order of first
// mention.
inline void WriteTriples(const kg::graph::KnowledgeGraph& g,
                         std::ostream& out) {
  for (size_t i = 0; i < g.edge_count(); ++i) {
    const kg::graph::EventEdge& e = g.edge(i);
    const kg::graph::ActorNode& s = g.actor(g.edge_ref(i).source);
    const kg::graph::ActorNode& o = g.actor(g.edge_ref(i).target);
    kg::Triple t;
    t.doc = e.doc;
    t.subject = s.name;
    t.object = o.name;
    t.subject_id = s.id;
    t.object_id = o.id;
    t.subject_type = s.type;
    t.object_type = o.type;
    t.subject_text = s.name;
    t.object_text = o.name;
    t.relation = e.relation;
    t.category = e.category;
    t.quad_class = e.quad_class;
    if (!e.date.empty()) t.date = e.date;
    t.date_source = kg::DateSource::kSentence;
    t.symmetric = e.relation == "meet";
    t.sentence = e.sentence;
    t.span_begin = e.span_begin;
    t.span_end = e.span_end;
    t.rule = e.rule;
    t.confidence = e.confidence;
    out << kg::ToJsonLine(t) << '\n';
  }
}

}  // namespace kg::bench

#endif  // KG_BENCH_SYNTHETIC_GRAPH_H_
