// The Boost.Graph type behind KnowledgeGraph. Only graph/ (and exporters
// through KnowledgeGraph::get()) include this.
#ifndef KG_GRAPH_INTERNAL_GRAPH_H_
#define KG_GRAPH_INTERNAL_GRAPH_H_

#include <boost/graph/adjacency_list.hpp>
#include <string>
#include <vector>

#include "graph/internal/chunked_vector.h"
#include "graph/internal/id_index.h"
#include "graph/knowledge_graph.h"

namespace kg::graph::internal {

/// Bundled properties: the vertex holds its ActorNode; the edge holds its
/// number, an index into Graph::edges (Boost edge descriptors of a vecS
/// multigraph are not stable numbers), and a copy of its confidence, so
/// that a path search weighs a vertex's hops without reading the edges'
/// data (a cache miss each on a large graph).
struct VertexProps {
  ActorNode actor;
  DateRange first;  ///< actor.first_date parsed, when not ""
  DateRange last;   ///< actor.last_date parsed, when not ""
};
struct EdgeProps {
  size_t id = 0;
  double confidence = 0;  ///< EventEdge::confidence
};

using BoostGraph =
    boost::adjacency_list<boost::vecS, boost::vecS, boost::bidirectionalS,
                          VertexProps, EdgeProps>;

struct Graph {
  BoostGraph g;
  ChunkedVector<EventEdge> edges;               ///< by edge number
  std::vector<EdgeRef> refs;                    ///< by edge number
  IdIndex ids;                                  ///< actor id -> vertex
};

}  // namespace kg::graph::internal

#endif  // KG_GRAPH_INTERNAL_GRAPH_H_
