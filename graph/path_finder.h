// FindPaths: the shortest connections between two actors, each hop with
// the edge that proves it.
//
//   kg::graph::PathOptions opt;                 // undirected, BFS
//   auto paths = kg::graph::FindPaths(g, carney, putin, opt);
//   if (!paths.ok()) ...                        // kNotFound: no path
//   for (const auto& hop : (*paths)[0].hops)
//     std::cout << g.actor(hop.from).name << " -" << g.edge(hop.edge).relation
//               << "-> " << g.actor(hop.to).name << "\n";
//
// Hops count pairs of actors: parallel edges between the same two actors
// are one hop, whose evidence is the best of them (highest confidence, then
// earliest date, then lowest edge number). Undirected by default (an edge
// can be walked against its direction: hop.reversed); `directed` follows
// subject -> object only. `weighted` runs Dijkstra with a hop cost of
// 1 / (sum of the confidences of the pair's edges that pass the filter), so
// well-evidenced links are preferred; otherwise breadth-first search.
// `all` lists every shortest path (same hop count, or same cost when
// weighted) up to max_paths, in a deterministic order; `truncated` says
// when the cap cut the list.
#ifndef KG_GRAPH_PATH_FINDER_H_
#define KG_GRAPH_PATH_FINDER_H_

#include <cstddef>
#include <vector>

#include "base/status.h"
#include "graph/edge_filter.h"
#include "graph/knowledge_graph.h"

namespace kg::graph {

struct PathOptions {
  EdgeFilter filter;
  bool directed = false;
  bool weighted = false;
  bool all = false;
  size_t max_paths = 100;  ///< cap for `all`
  size_t max_hops = 0;     ///< 0: no limit
};

struct Hop {
  size_t from = 0;  ///< vertex
  size_t to = 0;    ///< vertex
  size_t edge = 0;  ///< the evidence: edge number
  bool reversed = false;  ///< the edge runs to -> from (undirected search)
};

struct Path {
  std::vector<Hop> hops;
  double cost = 0;  ///< hop count, or the Dijkstra cost when weighted
};

struct PathResult {
  std::vector<Path> paths;  ///< at least one
  bool truncated = false;   ///< `all` hit max_paths
};

/// kNotFound "no path from A to B" (with the filters named) when none
/// exists within max_hops; kInvalidArgument for a bad vertex.
Result<PathResult> FindPaths(const KnowledgeGraph& g, size_t from, size_t to,
                             const PathOptions& options);

/// The edges of v that pass the filter (both directions unless directed:
/// then out-edges only), sorted by the other actor's name, then date.
std::vector<EdgeRef> Neighbors(const KnowledgeGraph& g, size_t v, const EdgeFilter& filter,
                               bool directed);

}  // namespace kg::graph

#endif  // KG_GRAPH_PATH_FINDER_H_
