#include "graph/aggregated_view.h"

#include <algorithm>
#include <map>
#include <tuple>
#include <utility>

namespace kg::graph {

std::vector<AggregatedEdge> Aggregate(const KnowledgeGraph& g,
                                      const EdgeFilter& filter) {
  // The map orders the result; `symmetric` is in the key so that "A meets
  // B" said both ways is not folded into a one-way "A meets B".
  using Key = std::tuple<size_t, size_t, std::string, bool>;
  struct Group {
    AggregatedEdge edge;
    DateRange first, last;  // the days of edge.first_date, edge.last_date
  };
  std::map<Key, Group> groups;
  for (size_t id = 0; id < g.edge_count(); ++id) {
    const EventEdge& e = g.edge(id);
    if (!filter.Accepts(e)) continue;
    const EdgeRef ref = g.edge_ref(id);
    size_t source = ref.source, target = ref.target;
    if (e.symmetric && target < source) std::swap(source, target);
    auto [it, fresh] =
        groups.try_emplace(Key{source, target, e.relation, e.symmetric});
    Group& group = it->second;
    AggregatedEdge& a = group.edge;
    if (fresh) {
      a.source = source;
      a.target = target;
      a.relation = e.relation;
      a.category = e.category;
      a.quad_class = e.quad_class;
      a.symmetric = e.symmetric;
      a.confidence = e.confidence;
    }
    ++a.count;
    a.confidence = std::max(a.confidence, e.confidence);
    a.edges.push_back(id);
    if (!e.dated) continue;
    // Ties keep the earlier mention, as KnowledgeGraph does for actors.
    if (a.first_date.empty() || e.when.start < group.first.start) {
      a.first_date = e.date;
      group.first = e.when;
    }
    if (a.last_date.empty() || e.when.end > group.last.end) {
      a.last_date = e.date;
      group.last = e.when;
    }
  }
  std::vector<AggregatedEdge> out;
  out.reserve(groups.size());
  for (auto& [key, group] : groups) out.push_back(std::move(group.edge));
  return out;
}

}  // namespace kg::graph
