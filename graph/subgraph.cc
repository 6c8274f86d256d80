#include "graph/subgraph.h"

#include <utility>

#include "graph/path_finder.h"

namespace kg::graph {

std::vector<bool> Neighbourhood(const KnowledgeGraph& g, size_t around, size_t depth,
                                const EdgeFilter& filter) {
  std::vector<bool> in(g.actor_count(), false);
  if (around >= g.actor_count()) return in;
  in[around] = true;
  std::vector<size_t> frontier = {around};
  for (size_t hop = 0; hop < depth && !frontier.empty(); ++hop) {
    std::vector<size_t> next;
    for (size_t v : frontier) {
      for (const EdgeRef& r : Neighbors(g, v, filter, false)) {
        const size_t other = r.source == v ? r.target : r.source;
        if (!in[other]) {
          in[other] = true;
          next.push_back(other);
        }
      }
    }
    frontier = std::move(next);
  }
  return in;
}

KnowledgeGraph Subgraph(const KnowledgeGraph& g, const std::vector<bool>& keep,
                        const EdgeFilter& filter) {
  KnowledgeGraph part;
  std::vector<size_t> vertex(g.actor_count(), 0);
  for (size_t v = 0; v < g.actor_count(); ++v) {
    if (!keep[v]) continue;
    // AddEdge counts mentions and dates: start them from nothing, or the
    // whole graph's would be counted on top.
    ActorNode a = g.actor(v);
    a.mentions = 0;
    a.first_date.clear();
    a.last_date.clear();
    vertex[v] = part.AddActor(a);
  }
  for (size_t id = 0; id < g.edge_count(); ++id) {
    const EdgeRef r = g.edge_ref(id);
    const EventEdge& e = g.edge(id);
    if (!keep[r.source] || !keep[r.target] || !filter.Accepts(e)) continue;
    // The edge came from a graph, so its date parses again.
    (void)part.AddEdge(vertex[r.source], vertex[r.target], e);
  }
  return part;
}

}  // namespace kg::graph
