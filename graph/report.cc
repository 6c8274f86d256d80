#include "graph/report.h"

#include <iomanip>
#include <nlohmann/json.hpp>
#include <sstream>

#include "graph/cameo_category.h"

namespace kg::graph {
namespace {

// The evidence sentence on one line, quoted.
std::string Quote(const std::string& sentence) {
  return "\"" + sentence + "\"";
}

nlohmann::ordered_json EdgeJson(const KnowledgeGraph& g, size_t id) {
  const EventEdge& e = g.edge(id);
  EdgeRef r = g.edge_ref(id);
  nlohmann::ordered_json j;
  j["edge"] = id;
  j["subject"] = g.actor(r.source).name;
  j["relation"] = e.relation;
  j["category"] = e.category;
  j["object"] = g.actor(r.target).name;
  j["date"] = e.dated ? nlohmann::ordered_json(e.date)
                      : nlohmann::ordered_json(nullptr);
  j["doc"] = e.doc;
  j["offset"] = e.span_begin;
  j["sentence"] = e.sentence;
  j["rule"] = e.rule;
  j["confidence"] = e.confidence;
  return j;
}

nlohmann::ordered_json Ranked(const std::vector<RankedActor>& list) {
  nlohmann::ordered_json out = nlohmann::ordered_json::array();
  for (const auto& r : list)
    out.push_back({{"name", r.name}, {"value", r.value}});
  return out;
}

}  // namespace

std::string EdgeLabel(const KnowledgeGraph& g, size_t edge) {
  const EventEdge& e = g.edge(edge);
  EdgeRef r = g.edge_ref(edge);
  std::string out = g.actor(r.source).name + " -" + e.relation;
  if (e.dated) out += " (" + e.date + ")";
  return out + "-> " + g.actor(r.target).name;
}

std::string HopLabel(const KnowledgeGraph& g, const Hop& hop) {
  if (!hop.reversed) return EdgeLabel(g, hop.edge);
  // Walked against the edge: keep the path's order, show the edge's
  // direction ("China <-visit (2025-09)- Vladimir Putin").
  const EventEdge& e = g.edge(hop.edge);
  std::string out = g.actor(hop.from).name + " <-" + e.relation;
  if (e.dated) out += " (" + e.date + ")";
  return out + "- " + g.actor(hop.to).name;
}

void WritePathsText(const KnowledgeGraph& g, const PathResult& r,
                    std::ostream& out) {
  for (size_t p = 0; p < r.paths.size(); ++p) {
    const Path& path = r.paths[p];
    if (r.paths.size() > 1) out << "Path " << p + 1 << ":\n";
    if (path.hops.empty()) out << "  (the same actor)\n";
    for (size_t i = 0; i < path.hops.size(); ++i) {
      const Hop& h = path.hops[i];
      const EventEdge& e = g.edge(h.edge);
      out << "  " << i + 1 << ". " << HopLabel(g, h) << "\n"
          << "       " << Quote(e.sentence) << "\n"
          << "       " << e.doc << ":" << e.span_begin << "\n";
    }
  }
  if (r.truncated)
    out << "(only the first " << r.paths.size()
        << " shortest paths are shown)\n";
}

std::string PathsJson(const KnowledgeGraph& g, const PathResult& r,
                      int indent) {
  nlohmann::ordered_json j;
  j["paths"] = nlohmann::ordered_json::array();
  for (const Path& path : r.paths) {
    nlohmann::ordered_json p;
    p["hops"] = nlohmann::ordered_json::array();
    for (const Hop& h : path.hops) {
      nlohmann::ordered_json hop;
      hop["from"] = g.actor(h.from).name;
      hop["to"] = g.actor(h.to).name;
      hop["reversed"] = h.reversed;
      hop["evidence"] = EdgeJson(g, h.edge);
      p["hops"].push_back(std::move(hop));
    }
    p["cost"] = path.cost;
    j["paths"].push_back(std::move(p));
  }
  j["truncated"] = r.truncated;
  return j.dump(indent);
}

void WriteNeighborsText(const KnowledgeGraph& g, size_t v,
                        const std::vector<EdgeRef>& edges, std::ostream& out) {
  out << g.actor(v).name << ": " << edges.size() << " edge"
      << (edges.size() == 1 ? "" : "s") << "\n";
  for (const EdgeRef& r : edges) {
    const EventEdge& e = g.edge(r.id);
    out << "  " << EdgeLabel(g, r.id) << "\n"
        << "       " << Quote(e.sentence) << "\n"
        << "       " << e.doc << ":" << e.span_begin << "\n";
  }
}

std::string NeighborsJson(const KnowledgeGraph& g, size_t v,
                          const std::vector<EdgeRef>& edges, int indent) {
  nlohmann::ordered_json j;
  j["actor"] = g.actor(v).name;
  j["id"] = g.actor(v).id;
  j["edges"] = nlohmann::ordered_json::array();
  for (const EdgeRef& r : edges) j["edges"].push_back(EdgeJson(g, r.id));
  return j.dump(indent);
}

// "2 consult (04)"; a code CAMEO does not name is shown alone ("1 99"),
// a missing one as "uncategorized".
std::string CategoryCount(const std::string& code, size_t n) {
  std::string out = std::to_string(n) + " ";
  if (code.empty()) return out + "uncategorized";
  const std::string_view name = CameoRootName(code);
  if (name.empty()) return out + code;
  return out + std::string(name) + " (" + code + ")";
}

void WriteStatsText(const GraphStats& s, std::ostream& out) {
  out << "actors " << s.actors << ", edges " << s.edges << ", "
      << (s.directed ? "strongly connected components " : "components ")
      << s.components << " (largest " << s.largest_component << ")\n";
  out << "dates " << (s.first_date.empty() ? "-" : s.first_date) << " .. "
      << (s.last_date.empty() ? "-" : s.last_date) << ", undated edges "
      << s.undated_edges << "\n";
  out << "actors by type:";
  const char* sep = " ";
  for (const auto& [type, n] : s.actors_by_type) {
    out << sep << n << " " << type;
    sep = ", ";
  }
  out << "\nedges by category:";
  sep = " ";
  for (const auto& [cat, n] : s.edges_by_category) {
    out << sep << CategoryCount(cat, n);
    sep = ", ";
  }
  out << "\ntop by degree:\n";
  for (const auto& r : s.top_by_degree)
    out << "  " << r.value << "  " << r.name << "\n";
  out << "top by betweenness" << (s.directed ? " (directed)" : "") << ":\n";
  for (const auto& r : s.top_by_betweenness) {
    std::ostringstream v;
    v << std::fixed << std::setprecision(3) << r.value;
    out << "  " << v.str() << "  " << r.name << "\n";
  }
}

std::string StatsJson(const GraphStats& s, int indent) {
  nlohmann::ordered_json j;
  j["actors"] = s.actors;
  j["edges"] = s.edges;
  j["components"] = s.components;
  j["largest_component"] = s.largest_component;
  j["directed"] = s.directed;
  j["first_date"] = s.first_date;
  j["last_date"] = s.last_date;
  j["undated_edges"] = s.undated_edges;
  j["actors_by_type"] = s.actors_by_type;
  j["edges_by_category"] = s.edges_by_category;
  nlohmann::ordered_json names = nlohmann::ordered_json::object();
  for (const auto& [cat, n] : s.edges_by_category)
    if (!CameoRootName(cat).empty()) names[cat] = CameoRootName(cat);
  j["category_names"] = std::move(names);
  j["top_by_degree"] = Ranked(s.top_by_degree);
  j["top_by_betweenness"] = Ranked(s.top_by_betweenness);
  return j.dump(indent);
}

void WriteActorsText(const KnowledgeGraph& g, const std::vector<ListedActor>& actors,
                     std::ostream& out) {
  out << actors.size() << (actors.size() == 1 ? " actor" : " actors") << "\n";
  for (const ListedActor& l : actors) {
    const ActorNode& a = g.actor(l.vertex);
    out << "  " << l.degree << "  " << a.name << " [" << a.id << ", "
        << (a.type.empty() ? "other" : a.type) << "]";
    const char* sep = " names: ";
    for (const std::string& n : a.names) {
      out << sep << n;
      sep = "; ";
    }
    out << "\n";
  }
}

std::string ActorsJson(const KnowledgeGraph& g, const std::vector<ListedActor>& actors,
                       int indent) {
  nlohmann::ordered_json j;
  j["actors"] = nlohmann::ordered_json::array();
  for (const ListedActor& l : actors) {
    const ActorNode& a = g.actor(l.vertex);
    nlohmann::ordered_json x;
    x["id"] = a.id;
    x["name"] = a.name;
    x["type"] = a.type;
    x["code"] = a.code;
    x["degree"] = l.degree;
    x["mentions"] = a.mentions;
    x["names"] = a.names;
    j["actors"].push_back(std::move(x));
  }
  return j.dump(indent, ' ', false, nlohmann::ordered_json::error_handler_t::replace);
}

}  // namespace kg::graph
