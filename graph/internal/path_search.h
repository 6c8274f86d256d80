// The search behind FindPaths: the hops of the filtered, pair-collapsed
// graph (built lazily, per vertex) and a bidirectional search for the least
// costs of the vertices that cheapest paths run through. Only
// graph/path_finder.cc includes this.
//
//   Hops out(g, filter, Walk::kBoth);   // undirected: one Hops both ways
//   VertexMap<double> cost = CheapestCosts(out, out, from, to, weighted,
//                                          kInfinity);
//   if (cost.Get(to) == kInfinity) ...  // no path
//
// Nothing here is as large as the graph: the arcs, costs and marks are
// kept for the vertices the search touches (VertexMap), so that a query
// costs what it explores.
#ifndef KG_GRAPH_INTERNAL_PATH_SEARCH_H_
#define KG_GRAPH_INTERNAL_PATH_SEARCH_H_

#include <cstddef>
#include <limits>
#include <vector>

#include <deque>

#include "graph/edge_filter.h"
#include "graph/internal/vertex_map.h"
#include "graph/knowledge_graph.h"

namespace kg::graph::internal {

inline constexpr double kInfinity = std::numeric_limits<double>::infinity();

/// One hop of the pair-collapsed, filtered graph: parallel edges between
/// two actors are one hop with one evidence edge and one cost.
struct Arc {
  size_t to = 0;
  size_t edge = 0;  ///< the evidence
  bool reversed = false;
  double weight = 0;  ///< 1 / sum of the pair's confidences (at least 1e-6)
};

/// Which edges a vertex's arcs follow: subject -> object (kOut), object ->
/// subject (kIn: the arcs of the reversed graph, for searching back from
/// the target of a directed search) or both (kBoth: undirected).
enum class Walk { kOut, kIn, kBoth };

/// The arcs leaving each vertex, sorted by target vertex, computed when
/// first asked for: a query touches a small part of a large graph, so
/// collapsing every pair up front would cost more than the search.
/// Self-loops are never arcs (they never shorten a path). The arc u -> v has
/// the same weight in the kOut arcs of u as in the kIn arcs of v.
class Hops {
 public:
  Hops(const KnowledgeGraph& g, const EdgeFilter& filter, Walk walk);

  /// The number of vertices of the graph.
  size_t size() const { return n_; }
  /// The arcs of v; the reference stays valid as long as the Hops.
  const std::vector<Arc>& operator[](size_t v);

 private:
  const KnowledgeGraph& g_;
  const EdgeFilter& filter_;
  Walk walk_;
  size_t n_;
  std::deque<std::vector<Arc>> arcs_;  // a deque: references stay valid
  VertexMap<size_t> index_;            // vertex -> its arcs in arcs_
};

/// True iff two weighted costs are equal but for rounding: 1e-9 relative.
bool SameCost(double a, double b);

/// The least costs from `from` (hop counts, or sums of arc weights when
/// weighted, added from `from` on) of the vertices that the cheapest paths
/// to `to` run through - the same values a one-sided Dijkstra would give -
/// found by searching from both ends. `out` holds the arcs searched forward,
/// `in` those of the reversed graph (the same object when undirected).
/// Vertices not settled forward read kInfinity (ForEach may list them with
/// that value).
/// cost[to] is kInfinity when no path exists, or when the fewest hops
/// exceed `limit` (unweighted only; pass kInfinity for no limit). Any other
/// vertex's cost is its least cost, a dearer one, or kInfinity - but the
/// least cost for every vertex of a path to `to` costing at most
/// cost[to] + (n + 4) * 1e-9 * max(1, cost[to]) (n actors; at most cost[to]
/// when unweighted), which covers every chain of arcs that SameCost calls
/// tight.
VertexMap<double> CheapestCosts(Hops& out, Hops& in, size_t from, size_t to,
                                bool weighted, double limit);

}  // namespace kg::graph::internal

#endif  // KG_GRAPH_INTERNAL_PATH_SEARCH_H_
