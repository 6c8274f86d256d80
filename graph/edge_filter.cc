#include "graph/edge_filter.h"

namespace kg::graph {

bool EdgeFilter::Accepts(const EventEdge& e) const {
  if (!categories.empty() && !categories.contains(e.category)) return false;
  if (!relations.empty() && !relations.contains(e.relation)) return false;
  if (!quad_classes.empty() && !quad_classes.contains(e.quad_class)) {
    return false;
  }
  if (!window) return true;
  // An undated edge may have happened at any time: only the caller knows
  // whether "maybe" is good enough.
  if (!e.dated) return include_undated;
  return e.when.Overlaps(*window);
}

}  // namespace kg::graph
