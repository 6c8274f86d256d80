#include "graph/internal/path_search.h"

#include <algorithm>
#include <boost/graph/adjacency_list.hpp>
#include <cmath>
#include <functional>
#include <limits>
#include <utility>
#include <vector>

#include "graph/internal/graph.h"

namespace kg::graph::internal {
namespace {

// A pair whose edges all have confidence 0 still links the two actors; it
// costs as much as a million hops rather than nothing or infinity.
constexpr double kMinEvidence = 1e-6;

// Highest confidence, then dated before undated (an undated edge proves a
// link but not when), then earliest start, then lowest number.
bool BetterEvidence(const KnowledgeGraph& g, size_t a, size_t b) {
  const EventEdge& x = g.edge(a);
  const EventEdge& y = g.edge(b);
  if (x.confidence != y.confidence) return x.confidence > y.confidence;
  if (x.dated != y.dated) return x.dated;
  if (x.dated && x.when.start != y.when.start)
    return x.when.start < y.when.start;
  return a < b;
}

// The vertices reached but not yet settled by one side of the search, by
// cost. Unit costs come in nondecreasing order, so breadth-first search
// needs only a FIFO; weighted costs need a heap. Stale items (a vertex
// settled since, or reached again more cheaply) are skipped by the caller.
class Frontier {
 public:
  explicit Frontier(bool heap) : heap_(heap) {}

  using Item = std::pair<double, size_t>;  // (cost, vertex)

  bool empty() const { return head_ == items_.size(); }
  size_t size() const { return items_.size() - head_; }
  const Item& top() const { return items_[head_]; }
  void push(double cost, size_t v) {
    items_.emplace_back(cost, v);
    if (heap_) std::push_heap(items_.begin(), items_.end(), std::greater<>());
  }
  void pop() {
    if (!heap_) {
      ++head_;
      return;
    }
    std::pop_heap(items_.begin(), items_.end(), std::greater<>());
    items_.pop_back();
  }

 private:
  bool heap_;
  std::vector<Item> items_;
  size_t head_ = 0;  // FIFO only
};

// One side of the search: Dijkstra (breadth-first with unit costs) from
// `source` over `hops`.
struct Side {
  Side(Hops& h, size_t source, bool by_weight)
      : hops(h),
        weighted(by_weight),
        cost(kInfinity, h.size()),
        settled(0, h.size()),
        frontier(by_weight) {
    cost.Set(source, 0);
    frontier.push(0, source);
  }

  // The least cost of any vertex not yet settled, or kInfinity.
  double Next() {
    while (!frontier.empty() && settled.Get(frontier.top().second))
      frontier.pop();
    return frontier.empty() ? kInfinity : frontier.top().first;
  }

  // Settles the vertex of the frontier's top item and reaches out from it;
  // `meet` sees each arc's far end and the cost of getting there.
  template <typename Meet>
  size_t Settle(Meet meet) {
    auto [c, v] = frontier.top();
    frontier.pop();
    settled.Set(v, 1);
    for (const Arc& a : hops[v]) {
      double there = c + (weighted ? a.weight : 1.0);
      if (there < cost.Get(a.to)) {
        cost.Set(a.to, there);
        frontier.push(there, a.to);
      }
      meet(a.to, there);
    }
    return v;
  }

  Hops& hops;
  bool weighted;
  VertexMap<double> cost;  // tentative until settled
  VertexMap<char> settled;
  Frontier frontier;
};

}  // namespace

Hops::Hops(const KnowledgeGraph& g, const EdgeFilter& filter, Walk walk)
    : g_(g),
      filter_(filter),
      walk_(walk),
      n_(g.actor_count()),
      index_(std::numeric_limits<size_t>::max(), n_) {}

const std::vector<Arc>& Hops::operator[](size_t v) {
  if (const size_t i = index_.Get(v); i != std::numeric_limits<size_t>::max())
    return arcs_[i];
  index_.Set(v, arcs_.size());
  std::vector<Arc>& out = arcs_.emplace_back();
  const BoostGraph& bg = g_.get().g;
  // The edges of v with what a hop needs of them, read from the adjacency
  // lists' edge properties: the edge data itself (EventEdge, far away in
  // memory) is read only for an active filter and to choose among parallel
  // edges, as each read is a cache miss on a large graph.
  struct Incident {
    size_t other;
    size_t edge;
    double confidence;
    bool reversed;  // an in-edge: walked from its object to its subject
  };
  std::vector<Incident> inc;
  const bool filtering = filter_.Filters();
  auto accepts = [&](size_t e) {
    return !filtering || filter_.Accepts(g_.edge(e));
  };
  if (walk_ != Walk::kIn) {
    for (auto [it, end] = boost::out_edges(v, bg); it != end; ++it) {
      const EdgeProps& p = bg[*it];
      size_t t = boost::target(*it, bg);
      if (t != v && accepts(p.id)) inc.push_back({t, p.id, p.confidence, false});
    }
  }
  if (walk_ != Walk::kOut) {
    for (auto [it, end] = boost::in_edges(v, bg); it != end; ++it) {
      const EdgeProps& p = bg[*it];
      size_t s = boost::source(*it, bg);
      if (s != v && accepts(p.id)) inc.push_back({s, p.id, p.confidence, true});
    }
  }
  // By edge number within a pair, so that the confidences of a pair add up
  // in the same order whichever end asks.
  std::sort(inc.begin(), inc.end(), [](const Incident& a, const Incident& b) {
    return a.other != b.other ? a.other < b.other : a.edge < b.edge;
  });
  for (size_t i = 0; i < inc.size();) {
    Arc arc;
    arc.to = inc[i].other;
    arc.edge = inc[i].edge;
    arc.reversed = inc[i].reversed;
    double evidence = inc[i].confidence;
    for (++i; i < inc.size() && inc[i].other == arc.to; ++i) {
      evidence += inc[i].confidence;
      if (BetterEvidence(g_, inc[i].edge, arc.edge)) {
        arc.edge = inc[i].edge;
        arc.reversed = inc[i].reversed;
      }
    }
    arc.weight = 1.0 / std::max(evidence, kMinEvidence);
    out.push_back(arc);
  }
  return out;
}

bool SameCost(double a, double b) {
  return std::abs(a - b) <= 1e-9 * std::max({1.0, std::abs(a), std::abs(b)});
}

// Phase 1 settles vertices from both ends, a round of the side with the
// smaller frontier at a time, until the least unsettled costs of the two sides
// add up to more than `bound`, the dearest path that must be seen: then every
// path of cost <= bound runs through vertices settled on one side or the other,
// and crosses from the forward side to the backward one by an arc both
// searches saw (mu, the cheapest such crossing, is then the least cost).
// On the one-million-edge benchmark graph this settles a few hundred
// vertices where a one-sided search settles nearly all of them.
//
// The cost from `from` of a vertex settled only backward is unknown, and a
// cost from `to` is not the one-sided value (sums round differently).
// Phase 2 therefore resumes the forward search, settling only vertices that
// the backward side settled and that lie on a path of cost <= bound: the
// cheapest way to such a vertex runs only through vertices settled forward
// already or such vertices, so their costs come out exactly as a one-sided
// search gives them (the same sums, added in the same order).
//
// Breadth-first, a vertex's first cost is its distance, settled or not:
// so phase 1 may stop as soon as the two sides' next costs add up to
// `bound` (every path of length <= bound then runs through vertices one
// side has reached, and was met), and phase 2 may settle a vertex the
// backward side only reached. On the one-million-edge benchmark graph that
// spares the whole last layer of the forward side (~400 vertices and their
// ~8,000 edges, each a cache miss into the edge data) for a 4-hop path: the
// query then touches ~50 vertices.
//
// Written by hand rather than with Boost's BFS/Dijkstra: those search from
// one end, visit the whole component (no early exit) and need the collapsed
// graph built up front.
VertexMap<double> CheapestCosts(Hops& out, Hops& in, size_t from, size_t to,
                                bool weighted, double limit) {
  const double n = static_cast<double>(out.size());
  // Paths that SameCost ties may cost more than the least, by up to 1e-9
  // relative per hop; integer hop counts tie only when equal.
  auto bound = [&](double mu) {
    double b = weighted ? mu + (n + 4) * 1e-9 * std::max(1.0, mu) : mu;
    return std::min(b, limit);
  };
  Side fwd(out, from, weighted), bwd(in, to, weighted);
  double mu = kInfinity;
  auto done = [&] {
    double f = fwd.Next(), b = bwd.Next();
    return f == kInfinity || b == kInfinity ||
           (weighted ? f + b > bound(mu) : f + b >= bound(mu));
  };
  while (!done()) {
    // A round settles as many vertices as the smaller frontier holds: with
    // unit costs exactly one layer of the breadth-first search.
    bool forward = fwd.frontier.size() <= bwd.frontier.size();
    Side& side = forward ? fwd : bwd;
    const VertexMap<double>& other = forward ? bwd.cost : fwd.cost;
    for (size_t k = side.frontier.size(); k > 0 && !done(); --k)
      side.Settle(
          [&](size_t v, double c) { mu = std::min(mu, c + other.Get(v)); });
  }
  if (mu == kInfinity || mu > limit) return VertexMap<double>(kInfinity);

  const double most = bound(mu);
  double best = fwd.settled.Get(to) ? fwd.cost.Get(to) : kInfinity;
  for (;;) {
    double c = fwd.Next();
    if (c == kInfinity) break;
    // Past `to`, only vertices that cost the same but for rounding matter.
    if (best != kInfinity && c > best && !SameCost(c, best)) break;
    size_t v = fwd.frontier.top().second;
    // The backward cost of v is exact once settled, or, breadth-first, once
    // reached at all.
    const bool known = weighted ? bwd.settled.Get(v) != 0
                                : bwd.cost.Get(v) != kInfinity;
    if (!known || c + bwd.cost.Get(v) > most) {
      fwd.frontier.pop();  // on no path of cost <= most
      continue;
    }
    fwd.Settle([](size_t, double) {});
    if (v == to) best = c;
  }
  // Tentative costs are not least costs: forget them (a kInfinity value
  // reads as no cost), in place rather than in a new map.
  fwd.cost.Update([&](size_t v, double& c) {
    if (!fwd.settled.Get(v)) c = kInfinity;
  });
  return std::move(fwd.cost);
}

}  // namespace kg::graph::internal
