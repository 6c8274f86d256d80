// GraphStats: what `kg stats` reports about a graph (after a filter).
//
//   kg::graph::GraphStats s = kg::graph::ComputeStats(g, filter, 10);
//   s.actors_by_type["person"]; s.components; s.top_by_betweenness[0].name
//
// Everything is counted on the view: the edges that pass the filter and the
// actors with at least one of them (n below). Components are counted on the
// undirected view; betweenness is Boost's Brandes algorithm on the
// undirected simple graph (parallel edges count once, loops not at all),
// normalized to [0, 1] like NetworkX's default: Boost's value (each pair
// counted once) * 2 / ((n-1)(n-2)), 0 when n <= 2 - the middle of a-b-c is
// 1 - then rounded to 12 decimals so that ties are exact. `directed`
// follows subject -> object instead: components are the strongly
// connected ones (a -> b -> c is three) and betweenness counts directed
// shortest paths, scaled by 1 / ((n-1)(n-2)) as NetworkX does for a
// DiGraph (the middle of a -> b -> c is 0.5). Degree counts the
// passing edges at the actor (a loop once). Top lists are by value,
// highest first, ties by name then vertex.
//
// Thread safety: reads `g` only.
#ifndef KG_GRAPH_GRAPH_STATS_H_
#define KG_GRAPH_GRAPH_STATS_H_

#include <map>
#include <string>
#include <vector>

#include "graph/edge_filter.h"
#include "graph/knowledge_graph.h"

namespace kg::graph {

struct RankedActor {
  size_t vertex = 0;
  std::string name;
  double value = 0;  ///< degree (edges) or betweenness
};

struct GraphStats {
  size_t actors = 0;  ///< actors with at least one edge passing the filter
  size_t edges = 0;   ///< edges passing the filter
  std::map<std::string, size_t> actors_by_type;  ///< no type counts as "other"
  std::map<std::string, size_t> edges_by_category;
  size_t components = 0;        ///< among those actors
  size_t largest_component = 0; ///< actors in the largest one
  std::string first_date;       ///< earliest start of a dated edge, YYYY-MM-DD ("" if none)
  std::string last_date;        ///< latest end; open bounds ("../2019") are ignored
  size_t undated_edges = 0;
  std::vector<RankedActor> top_by_degree;
  std::vector<RankedActor> top_by_betweenness;
  bool directed = false;  ///< components strongly connected, paths directed
};

/// The stats of the view of `g` through `filter`, with top lists of at most
/// `top` actors. An empty view gives zeros, "" dates and empty lists.
GraphStats ComputeStats(const KnowledgeGraph& g, const EdgeFilter& filter, size_t top,
                        bool directed = false);

}  // namespace kg::graph

#endif  // KG_GRAPH_GRAPH_STATS_H_
