// Subgraph: the part of a graph around one actor, as a graph of its own, so
// that every writer draws or exports just that part (`kg build --around`).
//
//   auto v = kg::graph::ResolveActor(g, "ruto");
//   std::vector<bool> keep = kg::graph::Neighbourhood(g, *v, 2, filter);
//   kg::graph::KnowledgeGraph part = kg::graph::Subgraph(g, keep, filter);
//   kg::exporter::WriteGraphML(part, out);
#ifndef KG_GRAPH_SUBGRAPH_H_
#define KG_GRAPH_SUBGRAPH_H_

#include <cstddef>
#include <vector>

#include "graph/edge_filter.h"
#include "graph/knowledge_graph.h"

namespace kg::graph {

/// The vertices within `depth` hops of `around`, walking edges that
/// `filter` accepts in either direction, as a mask of actor_count() flags.
/// `around` itself is in for any depth (0 too); an out-of-range `around`
/// gives an all-false mask.
std::vector<bool> Neighbourhood(const KnowledgeGraph& g, size_t around, size_t depth,
                                const EdgeFilter& filter);

/// The actors with keep[v] (keep.size() == g.actor_count()), in vertex
/// order, and the edges `filter` accepts between them, in edge order. Each
/// actor keeps its id, name, type, code and names; its mentions and
/// first/last dates are counted again from the edges kept, so the result
/// is the graph those edges alone would build.
KnowledgeGraph Subgraph(const KnowledgeGraph& g, const std::vector<bool>& keep,
                        const EdgeFilter& filter);

}  // namespace kg::graph

#endif  // KG_GRAPH_SUBGRAPH_H_
