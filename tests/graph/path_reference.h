// FindPaths by brute force, for comparing on many small random graphs:
// every simple path is listed, costed and ordered as graph/path_finder.h
// says, so the search must find exactly the paths (and the one path) that
// enumerating them all gives.
//
//   CHECK(ShowPaths(g, from, to, options) == ReferencePaths(g, from, to,
//   options));
#ifndef KG_TESTS_GRAPH_PATH_REFERENCE_H_
#define KG_TESTS_GRAPH_PATH_REFERENCE_H_

#include <algorithm>
#include <cmath>
#include <limits>
#include <map>
#include <string>
#include <utility>
#include <vector>

#include "graph/knowledge_graph.h"
#include "graph/path_finder.h"
#include "tests/graph/test_graph.h"

namespace kg::graph::testing {

struct RefArc {
  size_t edge = 0;
  bool reversed = false;
  double weight = 0;
};

// The hop from `u` to `v` if there is one: its best evidenced edge and its
// weight, the confidences added in edge-number order.
inline bool RefHop(const KnowledgeGraph& g, const PathOptions& o, size_t u,
                   size_t v, RefArc* arc) {
  double sum = 0;
  bool any = false;
  for (size_t e = 0; e < g.edge_count(); ++e) {
    EdgeRef r = g.edge_ref(e);
    bool forward = r.source == u && r.target == v;
    bool backward = !o.directed && r.source == v && r.target == u;
    if ((!forward && !backward) || !o.filter.Accepts(g.edge(e))) continue;
    sum += g.edge(e).confidence;
    const EventEdge& x = g.edge(e);
    const EventEdge* y = any ? &g.edge(arc->edge) : nullptr;
    bool better = !any || x.confidence > y->confidence ||
                  (x.confidence == y->confidence &&
                   (x.dated > y->dated || (x.dated == y->dated && x.dated &&
                                           x.when.start < y->when.start)));
    if (better) {
      arc->edge = e;
      arc->reversed = !forward;
    }
    any = true;
  }
  arc->weight = 1.0 / std::max(sum, 1e-6);
  return any;
}

inline bool RefSame(double a, double b) {
  return std::abs(a - b) <= 1e-9 * std::max({1.0, std::abs(a), std::abs(b)});
}

struct RefPath {
  std::vector<size_t> vertices;
  std::vector<RefArc> arcs;
  double cost = 0;      // as FindPaths reports it
  double evidence = 0;  // the sum of the weights
};

// FindPaths by enumeration, every path one a line, then "truncated" when
// the cap cut the list, or "no path"; paths printed as "0 -3-> 2 <-1- 4 (2)"
// lines.
inline std::string ReferencePaths(const KnowledgeGraph& g, size_t from,
                                  size_t to, const PathOptions& o) {
  size_t n = g.actor_count();
  std::map<std::pair<size_t, size_t>, RefArc> arcs;
  for (size_t u = 0; u < n; ++u)
    for (size_t v = 0; v < n; ++v)
      if (RefArc a; u != v && RefHop(g, o, u, v, &a)) arcs[{u, v}] = a;
  std::vector<RefPath> paths;
  RefPath walk{{from}, {}, 0, 0};
  auto extend = [&](auto&& self, size_t u) -> void {
    if (u == to) return paths.push_back(walk);
    for (size_t v = 0; v < n; ++v) {
      auto it = arcs.find({u, v});
      if (it == arcs.end() ||
          std::count(walk.vertices.begin(), walk.vertices.end(), v))
        continue;
      RefPath saved = walk;
      walk.vertices.push_back(v);
      walk.arcs.push_back(it->second);
      walk.cost += o.weighted ? it->second.weight : 1.0;
      walk.evidence += it->second.weight;
      self(self, v);
      walk = saved;
    }
  };
  extend(extend, from);
  // A weighted hop limit keeps the cheapest path of at most max_hops hops;
  // an unweighted one keeps the shortest path if it is short enough.
  if (o.weighted && o.max_hops > 0)
    std::erase_if(paths,
                  [&](const RefPath& p) { return p.arcs.size() > o.max_hops; });
  double best = std::numeric_limits<double>::infinity();
  for (const RefPath& p : paths) best = std::min(best, p.cost);
  if (!o.weighted && o.max_hops > 0 && best > o.max_hops) paths.clear();
  std::erase_if(paths,
                [&](const RefPath& p) { return !RefSame(p.cost, best); });
  if (paths.empty()) return "no path";
  auto key = [&](const RefPath& p) {
    std::vector<std::pair<std::string, size_t>> k;
    for (size_t v : p.vertices) k.emplace_back(g.actor(v).name, v);
    return k;
  };
  std::sort(
      paths.begin(), paths.end(),
      [&](const RefPath& a, const RefPath& b) { return key(a) < key(b); });
  bool truncated = false;
  if (o.all) {
    truncated = o.max_paths > 0 && paths.size() > o.max_paths;
    if (truncated) paths.resize(o.max_paths);
  } else {
    size_t pick = 0;
    if (!o.weighted)
      for (size_t i = 1; i < std::min<size_t>(paths.size(), 1000); ++i)
        if (paths[i].evidence < paths[pick].evidence &&
            !RefSame(paths[i].evidence, paths[pick].evidence))
          pick = i;
    paths = {paths[pick]};
  }
  std::string out;
  for (const RefPath& p : paths) {
    if (!out.empty()) out += "\n";
    out += std::to_string(from);
    for (size_t i = 0; i < p.arcs.size(); ++i) {
      const RefArc& a = p.arcs[i];
      out += (a.reversed ? " <-" : " -") + std::to_string(a.edge) +
             (a.reversed ? "- " : "-> ") + std::to_string(p.vertices[i + 1]);
    }
    out += " (" + Number(p.cost) + ")";
  }
  return truncated ? out + "\ntruncated" : out;
}

inline std::string ShowPaths(const KnowledgeGraph& g, size_t from, size_t to,
                             const PathOptions& o) {
  Result<PathResult> r = FindPaths(g, from, to, o);
  if (!r.ok()) return "no path";
  std::string out;
  for (const Path& p : r->paths) {
    if (!out.empty()) out += "\n";
    out += std::to_string(from);
    for (const Hop& h : p.hops)
      out += (h.reversed ? " <-" : " -") + std::to_string(h.edge) +
             (h.reversed ? "- " : "-> ") + std::to_string(h.to);
    out += " (" + Number(p.cost) + ")";
  }
  return r->truncated ? out + "\ntruncated" : out;
}

}  // namespace kg::graph::testing

#endif  // KG_TESTS_GRAPH_PATH_REFERENCE_H_
