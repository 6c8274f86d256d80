#include "graph/graph_stats.h"

#include <algorithm>
#include <boost/graph/adjacency_list.hpp>
#include <boost/graph/betweenness_centrality.hpp>
#include <boost/graph/connected_components.hpp>
#include <boost/graph/strong_components.hpp>
#include <boost/property_map/property_map.hpp>
#include <cmath>
#include <cstdint>
#include <tuple>
#include <utility>
#include <vector>

namespace kg::graph {
namespace {

using SimpleGraph =
    boost::adjacency_list<boost::vecS, boost::vecS, boost::undirectedS>;
using SimpleDigraph =
    boost::adjacency_list<boost::vecS, boost::vecS, boost::directedS>;

// Component sizes -> (count, largest); 0, 0 for no vertex.
std::pair<size_t, size_t> ComponentSizes(size_t count, const std::vector<size_t>& component) {
  if (component.empty()) return {0, 0};
  std::vector<size_t> sizes(count, 0);
  for (size_t c : component) ++sizes[c];
  return {count, *std::max_element(sizes.begin(), sizes.end())};
}

// Highest value first, then by name (and vertex, for namesakes), cut to
// `top`.
std::vector<RankedActor> Top(std::vector<RankedActor> all, size_t top) {
  std::sort(all.begin(), all.end(),
            [](const RankedActor& a, const RankedActor& b) {
              return std::tie(b.value, a.name, a.vertex) <
                     std::tie(a.value, b.name, b.vertex);
            });
  if (all.size() > top) all.resize(top);
  return all;
}

}  // namespace

GraphStats ComputeStats(const KnowledgeGraph& g, const EdgeFilter& filter,
                        size_t top, bool directed) {
  GraphStats s;
  s.directed = directed;
  size_t n = g.actor_count();
  std::vector<size_t> degree(n, 0);
  std::vector<std::pair<size_t, size_t>> pairs;
  int64_t first = kOpenEnd, last = kOpenStart;
  for (size_t e = 0; e < g.edge_count(); ++e) {
    const EventEdge& edge = g.edge(e);
    if (!filter.Accepts(edge)) continue;
    ++s.edges;
    ++s.edges_by_category[edge.category];
    EdgeRef r = g.edge_ref(e);
    ++degree[r.source];
    if (r.target != r.source) {
      ++degree[r.target];
      if (directed)
        pairs.emplace_back(r.source, r.target);
      else
        pairs.emplace_back(std::min(r.source, r.target),
                           std::max(r.source, r.target));
    }
    if (!edge.dated) {
      ++s.undated_edges;
      continue;
    }
    // An open bound ("../2019") says nothing about the graph's first day.
    if (edge.when.start != kOpenStart) first = std::min(first, edge.when.start);
    if (edge.when.end != kOpenEnd) last = std::max(last, edge.when.end);
  }
  if (first != kOpenEnd) s.first_date = DayString(first);
  if (last != kOpenStart) s.last_date = DayString(last);

  // The view: actors with a passing edge, renumbered densely so Boost's
  // arrays (and betweenness' n) count only them.
  std::vector<size_t> view;
  std::vector<size_t> local(n, 0);
  for (size_t v = 0; v < n; ++v) {
    if (degree[v] == 0) continue;
    local[v] = view.size();
    view.push_back(v);
    const std::string& type = g.actor(v).type;
    ++s.actors_by_type[type.empty() ? "other" : type];
  }
  s.actors = view.size();

  std::sort(pairs.begin(), pairs.end());
  pairs.erase(std::unique(pairs.begin(), pairs.end()), pairs.end());
  std::vector<double> betweenness(view.size(), 0.0);
  std::vector<size_t> component(view.size(), 0);
  double nv = static_cast<double>(view.size());
  double scale = 0.0;
  if (directed) {
    SimpleDigraph simple(view.size());
    for (const auto& [a, b] : pairs) boost::add_edge(local[a], local[b], simple);
    auto index = boost::get(boost::vertex_index, simple);
    std::tie(s.components, s.largest_component) = ComponentSizes(
        view.empty() ? 0
                     : boost::strong_components(
                           simple, boost::make_iterator_property_map(component.begin(), index)),
        component);
    // Boost sums every ordered pair of a directed graph, NetworkX's
    // normalized=False too; its default then divides by (n-1)(n-2).
    boost::brandes_betweenness_centrality(
        simple, boost::make_iterator_property_map(betweenness.begin(), index));
    scale = view.size() > 2 ? 1.0 / ((nv - 1) * (nv - 2)) : 0.0;
  } else {
    SimpleGraph simple(view.size());
    for (const auto& [a, b] : pairs) boost::add_edge(local[a], local[b], simple);
    auto index = boost::get(boost::vertex_index, simple);
    std::tie(s.components, s.largest_component) = ComponentSizes(
        view.empty() ? 0
                     : boost::connected_components(
                           simple, boost::make_iterator_property_map(component.begin(), index)),
        component);
    // Boost halves the sums of an undirected graph (each pair counted once),
    // as NetworkX's normalized=False does; NetworkX's default then scales by
    // 2 / ((n-1)(n-2)), the number of pairs that could route through a vertex.
    boost::brandes_betweenness_centrality(
        simple, boost::make_iterator_property_map(betweenness.begin(), index));
    scale = view.size() > 2 ? 2.0 / ((nv - 1) * (nv - 2)) : 0.0;
  }

  std::vector<RankedActor> by_degree, by_betweenness;
  for (size_t i = 0; i < view.size(); ++i) {
    const std::string& name = g.actor(view[i]).name;
    by_degree.push_back({view[i], name, static_cast<double>(degree[view[i]])});
    // Sums taken in different orders differ in the last bits; rounding keeps
    // equal centralities equal, so their order is the names'.
    double value = std::round(betweenness[i] * scale * 1e12) / 1e12;
    by_betweenness.push_back({view[i], name, value});
  }
  s.top_by_degree = Top(std::move(by_degree), top);
  s.top_by_betweenness = Top(std::move(by_betweenness), top);
  return s;
}

}  // namespace kg::graph
