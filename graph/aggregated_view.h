// AggregatedView: one edge per (subject, object, relation) with how often
// and when, for diagrams (a hairball of repeated mentions helps nobody).
//
//   for (const auto& a : kg::graph::Aggregate(g, filter))
//     std::cout << g.actor(a.source).name << " -" << a.relation << " x" << a.count;
//
// Only edges the filter accepts count. Symmetric relations count either
// direction as one pair (source is then the lower vertex number); a
// symmetric and a one-way edge of the same relation stay apart. category
// and quad_class are those of the first mention. Order: by source, target,
// relation (then one-way before symmetric); `edges` in edge-number order.
#ifndef KG_GRAPH_AGGREGATED_VIEW_H_
#define KG_GRAPH_AGGREGATED_VIEW_H_

#include <string>
#include <vector>

#include "graph/edge_filter.h"
#include "graph/knowledge_graph.h"

namespace kg::graph {

struct AggregatedEdge {
  size_t source = 0;
  size_t target = 0;
  std::string relation;
  std::string category;
  int quad_class = 0;
  bool symmetric = false;
  size_t count = 0;
  std::string first_date;  ///< EDTF of the earliest dated mention, or ""
  std::string last_date;   ///< EDTF of the latest dated mention, or ""
  double confidence = 0;   ///< the highest of the mentions
  std::vector<size_t> edges;  ///< the mentions, by edge number
};

std::vector<AggregatedEdge> Aggregate(const KnowledgeGraph& g, const EdgeFilter& filter);

}  // namespace kg::graph

#endif  // KG_GRAPH_AGGREGATED_VIEW_H_
