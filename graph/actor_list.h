// ListActors: the actors of a graph, searched and ranked by degree, for
// `kg actors` (what NetworkX's G.nodes(data=True) or Gephi's data table
// show).
//
//   kg::graph::ActorQuery q;
//   q.match = "lula";    // folded substring of the id, name or a name seen
//   q.type = "person";
//   for (const kg::graph::ListedActor& a : kg::graph::ListActors(g, q))
//     std::cout << a.degree << " " << g.actor(a.vertex).name << "\n";
#ifndef KG_GRAPH_ACTOR_LIST_H_
#define KG_GRAPH_ACTOR_LIST_H_

#include <cstddef>
#include <string>
#include <vector>

#include "graph/edge_filter.h"
#include "graph/knowledge_graph.h"

namespace kg::graph {

struct ActorQuery {
  /// Keep actors whose id, canonical name or a name seen contains it, both
  /// folded as ResolveActor folds them ("lula da" finds "Lula da Silva",
  /// "to lam" finds "Tô Lâm"). "": every actor.
  std::string match;
  /// Keep actors of this type, ASCII case ignored; an actor without a type
  /// is "other". "": every type.
  std::string type;
  /// Degree counts the edges at the actor that it accepts (a loop once).
  EdgeFilter filter;
  /// Degree counts only the edges the actor is the subject of.
  bool out_only = false;
};

struct ListedActor {
  size_t vertex = 0;
  size_t degree = 0;
};

/// The actors the query keeps - with degree 0 too - by degree, highest
/// first, then name, then vertex number.
std::vector<ListedActor> ListActors(const KnowledgeGraph& g, const ActorQuery& query);

}  // namespace kg::graph

#endif  // KG_GRAPH_ACTOR_LIST_H_
