#include "graph/path_finder.h"

#include <algorithm>
#include <cstdint>
#include <limits>
#include <optional>
#include <string>
#include <tuple>
#include <utility>
#include <vector>

#include "graph/internal/path_search.h"

namespace kg::graph {
namespace {

using internal::Arc;
using internal::Hops;
using internal::kInfinity;
using internal::SameCost;
using internal::VertexMap;
using internal::Walk;

constexpr size_t kUnreached = std::numeric_limits<size_t>::max();

// The search space: a node is a vertex, or with a hop limit on a weighted
// search a (hop count, vertex) pair, node = layer * n + vertex, so that a
// costlier path with fewer hops can win. cost(node) is the least cost of
// reaching it - for every node a cheapest path to `to` runs through (see
// CheapestCosts); others may be dearer or kInfinity, which ListPaths never
// tells apart: it walks only tight arcs into nodes that reach `to`. Only
// the nodes with a cost are stored: a query costs what it explores.
struct Search {
  size_t n = 0;
  size_t layers = 1;
  bool weighted = false;
  VertexMap<double> costs{kInfinity};
  double best = kInfinity;  // the least cost of reaching `to`

  double cost(size_t node) const { return costs.Get(node); }
  size_t Vertex(size_t node) const { return node % n; }
  double ArcCost(const Arc& a) const { return weighted ? a.weight : 1.0; }
  // The node an arc leads to from `node`, or kUnreached past the last layer.
  size_t Next(size_t node, const Arc& a) const {
    if (layers == 1) return a.to;
    size_t layer = node / n + 1;
    return layer < layers ? layer * n + a.to : kUnreached;
  }
  // True iff the arc lies on a cheapest way to `next`.
  bool Tight(size_t node, const Arc& a, size_t next) const {
    return next != kUnreached && cost(node) < cost(next) &&
           SameCost(cost(node) + ArcCost(a), cost(next));
  }
};

// Least costs of reaching each vertex in exactly k hops, k = 0..max_hops:
// Boost has no hop-limited Dijkstra, and this Bellman-Ford by layers is
// O(max_hops * edges), used only when the limit is below n - 1.
VertexMap<double> LayeredCosts(Hops& hops, size_t from, size_t layers) {
  size_t n = hops.size();
  std::vector<double> cost(layers * n, kInfinity);
  cost[from] = 0;
  for (size_t k = 0; k + 1 < layers; ++k)
    for (size_t v = 0; v < n; ++v) {
      double here = cost[k * n + v];
      if (here == kInfinity) continue;
      for (const Arc& a : hops[v]) {
        double& there = cost[(k + 1) * n + a.to];
        there = std::min(there, here + a.weight);
      }
    }
  VertexMap<double> reached(kInfinity, cost.size());
  for (size_t node = 0; node < cost.size(); ++node)
    if (cost[node] != kInfinity) reached.Set(node, cost[node]);
  return reached;
}

// Lists the cheapest paths from `from` to `to` in the order of their
// sequences of (actor name, vertex), at most `cap` of them: a depth-first
// walk of the tight arcs, children in that order, that only enters nodes
// from which `to` is cheapest reached - so every branch ends in a path and
// the walk costs no more than the paths it lists. *more is set when a path
// beyond the cap exists.
std::vector<Path> ListPaths(const KnowledgeGraph& g, Hops& hops,
                            const Search& s, size_t from, size_t to, size_t cap,
                            bool* more) {
  auto terminal = [&](size_t node) {
    return s.Vertex(node) == to && SameCost(s.cost(node), s.best);
  };
  // Tight arcs raise the cost strictly: deciding nodes from the dearest
  // down decides every successor first (the order among equal costs does
  // not matter; by node number, to be deterministic).
  std::vector<std::pair<double, size_t>> order;  // (cost, node)
  s.costs.ForEach([&](size_t node, double c) {
    if (c != kInfinity && c <= s.best + 1e-9 * std::max(1.0, s.best))
      order.emplace_back(c, node);
  });
  std::sort(order.begin(), order.end(), [](const auto& a, const auto& b) {
    return a.first != b.first ? a.first > b.first : a.second < b.second;
  });
  VertexMap<char> useful(0, s.n * s.layers);
  for (const auto& [c, node] : order) {
    if (terminal(node)) {
      useful.Set(node, 1);
      continue;
    }
    for (const Arc& a : hops[s.Vertex(node)]) {
      size_t next = s.Next(node, a);
      if (next != kUnreached && useful.Get(next) && s.Tight(node, a, next)) {
        useful.Set(node, 1);
        break;
      }
    }
  }

  struct Frame {
    size_t node;
    std::vector<std::pair<size_t, const Arc*>> children;  // (next node, arc)
    size_t next_child = 0;
  };
  auto expand = [&](size_t node) {
    Frame f{node, {}, 0};
    for (const Arc& a : hops[s.Vertex(node)]) {
      size_t next = s.Next(node, a);
      if (next != kUnreached && useful.Get(next) && s.Tight(node, a, next))
        f.children.emplace_back(next, &a);
    }
    std::sort(f.children.begin(), f.children.end(),
              [&](const auto& x, const auto& y) {
                size_t a = x.second->to, b = y.second->to;
                return std::tie(g.actor(a).name, a) <
                       std::tie(g.actor(b).name, b);
              });
    return f;
  };

  std::vector<Path> paths;
  std::vector<Frame> stack;
  std::vector<Hop> hops_so_far;
  VertexMap<char> on_path(0, s.n);
  stack.push_back(expand(from));
  on_path.Set(from, 1);
  while (!stack.empty()) {
    Frame& top = stack.back();
    if (top.next_child == top.children.size()) {
      on_path.Set(s.Vertex(top.node), 0);
      stack.pop_back();
      if (!hops_so_far.empty()) hops_so_far.pop_back();
      continue;
    }
    auto [next, arc] = top.children[top.next_child++];
    size_t here = s.Vertex(top.node);
    if (on_path.Get(arc->to)) continue;  // only rounding makes a cycle tight
    hops_so_far.push_back({here, arc->to, arc->edge, arc->reversed});
    if (!terminal(next)) {
      on_path.Set(arc->to, 1);
      stack.push_back(expand(next));  // invalidates `top`
      continue;
    }
    if (paths.size() == cap) {
      *more = true;
      break;
    }
    Path p;
    p.hops = hops_so_far;
    for (const Hop& h : p.hops) {
      const std::vector<Arc>& out = hops[h.from];
      auto it =
          std::lower_bound(out.begin(), out.end(), h.to,
                           [](const Arc& a, size_t v) { return a.to < v; });
      p.cost += s.ArcCost(*it);
    }
    paths.push_back(std::move(p));
    hops_so_far.pop_back();
  }
  return paths;
}

bool FilterActive(const EdgeFilter& f) {
  return f.Filters();
}

std::string Display(const KnowledgeGraph& g, size_t v) {
  return g.actor(v).name.empty() ? g.actor(v).id : g.actor(v).name;
}

Status NoPath(const KnowledgeGraph& g, size_t from, size_t to,
              const PathOptions& options) {
  std::string detail =
      "no path from " + Display(g, from) + " to " + Display(g, to);
  if (options.max_hops > 0)
    detail += " within " + std::to_string(options.max_hops) +
              (options.max_hops == 1 ? " hop" : " hops");
  if (FilterActive(options.filter)) detail += " (with the filters)";
  return Status::NotFound("", detail);
}

}  // namespace

Result<PathResult> FindPaths(const KnowledgeGraph& g, size_t from, size_t to,
                             const PathOptions& options) {
  size_t n = g.actor_count();
  for (size_t v : {from, to})
    if (v >= n)
      return Status::InvalidArgument("", "vertex " + std::to_string(v) +
                                             " out of range (" +
                                             std::to_string(n) + " actors)");
  PathResult result;
  if (from == to) {
    result.paths.emplace_back();
    return result;
  }

  Hops hops(g, options.filter, options.directed ? Walk::kOut : Walk::kBoth);
  Search s;
  s.n = n;
  s.weighted = options.weighted;
  // A simple path has at most n - 1 hops: a larger limit is no limit.
  bool layered =
      options.weighted && options.max_hops > 0 && options.max_hops < n - 1;
  if (layered) {
    s.layers = options.max_hops + 1;
    s.costs = LayeredCosts(hops, from, s.layers);
    for (size_t k = 1; k < s.layers; ++k)
      s.best = std::min(s.best, s.cost(k * n + to));
  } else {
    // Searching back from `to` needs the reversed graph's arcs only when
    // directed; undirected, the arcs are the same both ways.
    std::optional<Hops> back;
    if (options.directed) back.emplace(g, options.filter, Walk::kIn);
    double limit = !options.weighted && options.max_hops > 0
                       ? static_cast<double>(options.max_hops)
                       : kInfinity;
    s.costs = internal::CheapestCosts(hops, back ? *back : hops, from, to,
                                      options.weighted, limit);
    s.best = s.cost(to);
  }
  if (s.best == kInfinity) return NoPath(g, from, to, options);

  // One path asked for by hop count: of the shortest ones (the first
  // kCandidates in name order), the best evidenced, as a reader would pick
  // "met, met" over "visited, was visited by".
  constexpr size_t kCandidates = 1000;
  size_t cap = !options.all             ? (options.weighted ? 1 : kCandidates)
               : options.max_paths == 0 ? kUnreached
                                        : options.max_paths;
  bool more = false;
  result.paths = ListPaths(g, hops, s, from, to, cap, &more);
  result.truncated = options.all && more;
  if (!options.all && result.paths.size() > 1) {
    auto evidence_cost = [&](const Path& p) {
      double c = 0;
      for (const Hop& h : p.hops)
        for (const Arc& a : hops[h.from])
          if (a.to == h.to) c += a.weight;
      return c;
    };
    size_t best = 0;
    double best_cost = evidence_cost(result.paths[0]);
    for (size_t i = 1; i < result.paths.size(); ++i) {
      double c = evidence_cost(result.paths[i]);
      if (c < best_cost && !SameCost(c, best_cost)) {
        best = i;
        best_cost = c;
      }
    }
    Path chosen = std::move(result.paths[best]);
    result.paths.clear();
    result.paths.push_back(std::move(chosen));
  }
  if (result.paths.empty())
    return Status::Internal("path",
                            "a cheapest path was costed but not listed");
  return result;
}

std::vector<EdgeRef> Neighbors(const KnowledgeGraph& g, size_t v,
                               const EdgeFilter& filter, bool directed) {
  return Neighbors(g, v, filter, directed ? Direction::kOut : Direction::kBoth);
}

std::vector<EdgeRef> Neighbors(const KnowledgeGraph& g, size_t v,
                               const EdgeFilter& filter, Direction direction) {
  std::vector<EdgeRef> out;
  if (v >= g.actor_count()) return out;
  if (direction != Direction::kIn)
    for (const EdgeRef& r : g.OutEdges(v))
      if (filter.Accepts(g.edge(r.id))) out.push_back(r);
  // A loop is an out-edge too: once, with kIn alone as with kBoth.
  if (direction != Direction::kOut)
    for (const EdgeRef& r : g.InEdges(v))
      if ((r.source != r.target || direction == Direction::kIn) &&
          filter.Accepts(g.edge(r.id)))
        out.push_back(r);
  auto key = [&](const EdgeRef& r) {
    size_t other = r.source == v ? r.target : r.source;
    const EventEdge& e = g.edge(r.id);
    // Undated edges sort after the dated ones of the same actor.
    return std::tuple<const std::string&, size_t, bool, int64_t, int64_t,
                      size_t>(g.actor(other).name, other, !e.dated,
                              e.when.start, e.when.end, r.id);
  };
  std::sort(out.begin(), out.end(), [&](const EdgeRef& a, const EdgeRef& b) {
    return key(a) < key(b);
  });
  return out;
}

}  // namespace kg::graph
