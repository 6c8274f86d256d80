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
// dated before undated, then earliest start date, then lowest edge number).
// Self-loops are never hops. Undirected by default (an edge can be walked
// against its direction: hop.reversed); `directed` follows subject ->
// object only. `weighted` runs Dijkstra with a hop cost of 1 / (sum of the
// confidences of the pair's edges that pass the filter, in the walked
// direction when directed; at least 1e-6), so well-evidenced links are
// preferred; otherwise breadth-first search. Both search from the two
// actors at once and stop where the searches meet, so that a query touches
// a small part of a large graph. With max_hops, a weighted search returns
// the cheapest path of at most max_hops hops (which may cost more than the
// cheapest path overall); it passes over the whole graph max_hops times.
//
// Shortest paths are ordered by their sequence of (actor name, vertex
// number), compared element by element from `from`. Without `all`, a
// breadth-first search returns the best evidenced of the first 1000 of them
// (the lowest sum of hop costs as `weighted` counts them, the first in that
// order on a tie) - "met, met" rather than "visited, was visited by"; a
// weighted search returns the first. `all` lists every shortest path (same hop
// count, or same cost when weighted - equal to 1e-9 relative, so sums that
// differ only by rounding tie) up to max_paths; `truncated` says when the
// cap cut the list. The result depends only on the graph and the options.
//
// Thread safety: reads `g` only; concurrent calls on one graph are safe.
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
  size_t max_paths = 100;  ///< cap for `all`; 0: no cap
  size_t max_hops = 0;     ///< 0: no limit
};

struct Hop {
  size_t from = 0;  ///< vertex
  size_t to = 0;    ///< vertex
  size_t edge = 0;  ///< the evidence: edge number
  bool reversed = false;  ///< the edge runs to -> from (undirected search only)
};

struct Path {
  std::vector<Hop> hops;
  double cost = 0;  ///< hop count, or the sum of the hop costs when weighted
};

struct PathResult {
  std::vector<Path> paths;  ///< at least one
  bool truncated = false;   ///< `all` hit max_paths
};

/// The shortest paths from vertex `from` to vertex `to`. from == to gives
/// one path of zero hops (cost 0), whatever the options. Errors (context ""):
///   kNotFound "no path from <name> to <name>", the actors' names (their ids
///     when nameless), then " within <N> hops" (" hop" for 1) when
///     max_hops > 0, then " (with the filters)" when the filter has a date
///     window, categories, quad classes or relations - e.g.
///     "no path from Mark Carney to Vladimir Putin within 3 hops (with the filters)";
///   kInvalidArgument "vertex <v> out of range (<n> actors)".
Result<PathResult> FindPaths(const KnowledgeGraph& g, size_t from, size_t to,
                             const PathOptions& options);

/// The edges of v that pass the filter (both directions unless directed:
/// then out-edges only; a self-loop once), sorted by the other actor's name,
/// then its vertex number, then date (start, end; undated last), then edge
/// number. Empty when v is out of range.
std::vector<EdgeRef> Neighbors(const KnowledgeGraph& g, size_t v, const EdgeFilter& filter,
                               bool directed);

/// Which edges of an actor Neighbors returns: both ways, the edges it is
/// the subject of (kOut), or those it is the object of (kIn).
enum class Direction { kBoth, kOut, kIn };
/// As above; a self-loop is in each of the three, once.
std::vector<EdgeRef> Neighbors(const KnowledgeGraph& g, size_t v, const EdgeFilter& filter,
                               Direction direction);

}  // namespace kg::graph

#endif  // KG_GRAPH_PATH_FINDER_H_
