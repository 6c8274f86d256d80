// KnowledgeGraph: a directed multigraph of actors (vertices) and the events
// that relate them (edges, one per extracted triple), with its evidence.
//
//   kg::graph::KnowledgeGraph g;
//   for (const kg::Triple& t : triples) g.AddTriple(t);
//   std::optional<size_t> xi = g.FindActor("xi-jinping");
//   for (const auto& e : g.OutEdges(*xi))
//     std::cout << g.actor(e.target).name << " " << g.edge(e.id).relation << "\n";
//
// Actors merge by id: the same id from many documents is one vertex, whose
// names, mention count and first/last dates grow. Edges are never merged
// (AggregatedView does that for diagrams). Vertex and edge numbers are dense
// (0..count-1) and stable: they follow insertion order, so the same input
// gives the same numbering.
//
// Boost.Graph stays behind this interface (see Lanelet2's RoutingGraph):
// algorithms in graph/ reach the adjacency_list through internal::Graph.
// Not thread-safe for writes; const methods may run concurrently.
#ifndef KG_GRAPH_KNOWLEDGE_GRAPH_H_
#define KG_GRAPH_KNOWLEDGE_GRAPH_H_

#include <cstddef>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "base/status.h"
#include "base/triple.h"
#include "graph/date_range.h"

namespace kg::graph {

namespace internal {
struct Graph;
}

/// A vertex: one actor.
struct ActorNode {
  std::string id;    ///< unique: "CHN", "xi-jinping"
  std::string name;  ///< canonical name
  std::string type;  ///< person, country, organization, group, other
  std::string code;  ///< event-data code, or ""
  std::vector<std::string>
      names;            ///< every name seen (canonical and as written), sorted
  size_t mentions = 0;  ///< edges it is an end of, counted at insertion
  std::string first_date;  ///< EDTF of its earliest dated edge, or ""
  std::string last_date;   ///< EDTF of its latest dated edge, or ""
};

/// What an edge says. An event is one extracted triple; an affiliation
/// (person -> country or organization, relation "affiliated with", no
/// category, quad class 0) is derived from the names an actor was seen
/// with and from its code by pipeline/affiliations.h: it links a person to
/// its country so that paths and components do not stop at the person.
enum class EdgeKind { kEvent, kAffiliation };

/// "event", "affiliation".
std::string_view EdgeKindName(EdgeKind kind);
/// The inverse of EdgeKindName; nullopt for any other text.
std::optional<EdgeKind> ParseEdgeKind(std::string_view name);

/// An edge: one triple, subject -> object (or one derived affiliation).
struct EventEdge {
  EdgeKind kind = EdgeKind::kEvent;
  std::string relation;
  std::string category;  ///< CAMEO root "01".."20" ("" for an affiliation)
  int quad_class = 0;
  std::string date;  ///< EDTF, or "" when undated
  DateRange when;    ///< the days `date` covers (both open when undated)
  bool dated = false;
  std::string date_source;
  bool symmetric = false;
  std::string doc;
  std::string section;
  std::string sentence;
  size_t span_begin = 0;
  size_t span_end = 0;
  std::string rule;
  double confidence = 0;
};

/// One edge seen from a vertex.
struct EdgeRef {
  size_t id = 0;      ///< edge number, for edge(id)
  size_t source = 0;  ///< the subject's vertex
  size_t target = 0;  ///< the object's vertex
};

class KnowledgeGraph {
 public:
  KnowledgeGraph();
  ~KnowledgeGraph();
  KnowledgeGraph(KnowledgeGraph&&) noexcept;
  KnowledgeGraph& operator=(KnowledgeGraph&&) noexcept;
  KnowledgeGraph(const KnowledgeGraph&) = delete;  // large: move it
  KnowledgeGraph& operator=(const KnowledgeGraph&) = delete;

  /// Adds the actor, or merges it into the one with the same id (names are
  /// united; the first non-empty name, type and code win). Returns its
  /// vertex number.
  size_t AddActor(const ActorNode& actor);
  /// Adds an edge between two existing vertices; an event updates both
  /// actors' mentions and first/last dates (an affiliation does not: it is
  /// derived, not a mention, so a text's counts and dates stay the same).
  /// kInvalidArgument if a vertex number is out of range or the EDTF date
  /// does not parse.
  Result<size_t> AddEdge(size_t source, size_t target, EventEdge edge);
  /// Adds both actors (ids, names, types, codes and the words that named
  /// them) and the edge of one triple.
  Result<size_t> AddTriple(const Triple& t);
  /// As above, moving t's strings into the edge.
  Result<size_t> AddTriple(Triple&& t);

  size_t actor_count() const;
  size_t edge_count() const;
  /// Edges of kind kAffiliation among them (writers declare their `kind`
  /// attribute only when there is one).
  size_t affiliation_count() const { return affiliations_; }
  const ActorNode& actor(size_t v) const;
  const EventEdge& edge(size_t e) const;
  EdgeRef edge_ref(size_t e) const;
  /// The vertex with this id.
  std::optional<size_t> FindActor(std::string_view id) const;
  /// Edges leaving / entering v, in edge-number order.
  std::vector<EdgeRef> OutEdges(size_t v) const;
  std::vector<EdgeRef> InEdges(size_t v) const;

  /// For graph/ algorithms and exporters (read-only, as Lanelet2's get()).
  const internal::Graph& get() const { return *graph_; }

 private:
  // The vertex with this id, added (with name, type and code) if new;
  // otherwise fills its empty name, type and code from these.
  size_t FindOrAddVertex(const std::string& id, const std::string& name,
                         const std::string& type, const std::string& code);

  std::unique_ptr<internal::Graph> graph_;
  size_t affiliations_ = 0;
};

}  // namespace kg::graph

#endif  // KG_GRAPH_KNOWLEDGE_GRAPH_H_
