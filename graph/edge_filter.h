// EdgeFilter: which edges a query may use - a date window, CAMEO categories,
// quad classes and relations - shared by `kg path`, `kg neighbors` and `kg stats`.
//
//   kg::graph::EdgeFilter f;
//   kg::graph::ParseDateArgument("2015", &f.window);   // --since/--until build it
//   f.categories = {"04", "05"};
//   f.relations = {"meet", "sign agreement"};
//   bool ok = f.Accepts(g.edge(e));
//
// An undated edge passes a date window only if include_undated; with no
// window every edge passes the date test.
#ifndef KG_GRAPH_EDGE_FILTER_H_
#define KG_GRAPH_EDGE_FILTER_H_

#include <optional>
#include <set>
#include <string>

#include "graph/date_range.h"
#include "graph/knowledge_graph.h"

namespace kg::graph {

struct EdgeFilter {
  std::optional<DateRange> window;  ///< keep edges whose date overlaps it
  bool include_undated = false;     ///< with a window: keep undated edges too
  std::set<std::string> categories; ///< empty: all
  std::set<int> quad_classes;       ///< empty: all
  std::set<std::string> relations;  ///< exact relation names; empty: all

  bool Accepts(const EventEdge& e) const;
  /// True when some edge may fail: a window, categories, quad classes or
  /// relations are set (a search may then skip Accepts).
  bool Filters() const {
    return window.has_value() || !categories.empty() || !quad_classes.empty() ||
           !relations.empty();
  }
};

}  // namespace kg::graph

#endif  // KG_GRAPH_EDGE_FILTER_H_
