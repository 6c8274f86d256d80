#include "graph/knowledge_graph.h"

#include <algorithm>
#include <utility>

#include "graph/internal/graph.h"

namespace kg::graph {
namespace {

// Keeps `names` sorted and unique as names arrive.
void AddName(std::vector<std::string>* names, const std::string& name) {
  if (name.empty()) return;
  auto it = std::lower_bound(names->begin(), names->end(), name);
  if (it == names->end() || *it != name) names->insert(it, name);
}

}  // namespace

std::string_view EdgeKindName(EdgeKind kind) {
  return kind == EdgeKind::kAffiliation ? "affiliation" : "event";
}

std::optional<EdgeKind> ParseEdgeKind(std::string_view name) {
  if (name == "event") return EdgeKind::kEvent;
  if (name == "affiliation") return EdgeKind::kAffiliation;
  return std::nullopt;
}

KnowledgeGraph::KnowledgeGraph()
    : graph_(std::make_unique<internal::Graph>()) {}
KnowledgeGraph::~KnowledgeGraph() = default;
KnowledgeGraph::KnowledgeGraph(KnowledgeGraph&&) noexcept = default;
KnowledgeGraph& KnowledgeGraph::operator=(KnowledgeGraph&&) noexcept = default;

size_t KnowledgeGraph::AddActor(const ActorNode& actor) {
  internal::Graph& m = *graph_;
  const size_t v =
      FindOrAddVertex(actor.id, actor.name, actor.type, actor.code);
  internal::VertexProps& props = m.g[v];
  ActorNode& a = props.actor;
  AddName(&a.names, actor.name);
  for (const auto& n : actor.names) AddName(&a.names, n);
  // A saved graph carries counts and dates: keep them when loading one.
  a.mentions += actor.mentions;
  DateRange theirs;
  if (!actor.first_date.empty() && ParseEdtf(actor.first_date, &theirs) &&
      (a.first_date.empty() || theirs.start < props.first.start)) {
    a.first_date = actor.first_date;
    props.first = theirs;
  }
  if (!actor.last_date.empty() && ParseEdtf(actor.last_date, &theirs) &&
      (a.last_date.empty() || theirs.end > props.last.end)) {
    a.last_date = actor.last_date;
    props.last = theirs;
  }
  return v;
}

size_t KnowledgeGraph::FindOrAddVertex(const std::string& id,
                                       const std::string& name,
                                       const std::string& type,
                                       const std::string& code) {
  internal::Graph& m = *graph_;
  size_t v = m.ids.Find(id);
  if (v == internal::IdIndex::kNone) {
    v = boost::num_vertices(m.g);
    m.ids.Add(id);
    internal::VertexProps props;
    props.actor.id = id;
    props.actor.name = name;
    props.actor.type = type;
    props.actor.code = code;
    boost::add_vertex(std::move(props), m.g);
    return v;
  }
  ActorNode& a = m.g[v].actor;
  if (a.name.empty()) a.name = name;
  if (a.type.empty()) a.type = type;
  if (a.code.empty()) a.code = code;
  return v;
}

Result<size_t> KnowledgeGraph::AddEdge(size_t source, size_t target,
                                       EventEdge edge) {
  internal::Graph& m = *graph_;
  size_t n = boost::num_vertices(m.g);
  if (source >= n || target >= n)
    return Status::InvalidArgument("graph", "edge between unknown vertices");
  edge.dated = !edge.date.empty();
  edge.when = DateRange{};
  if (edge.dated && !ParseEdtf(edge.date, &edge.when))
    return Status::InvalidArgument("graph",
                                   "bad EDTF date \"" + edge.date + "\"");
  size_t id = m.edges.size();
  internal::EdgeProps props;
  props.id = id;
  props.confidence = edge.confidence;
  boost::add_edge(source, target, props, m.g);
  const bool event = edge.kind == EdgeKind::kEvent;
  if (!event) ++affiliations_;
  for (size_t v : {source, target}) {
    if (!event) break;  // derived from mentions already counted
    internal::VertexProps& vp = m.g[v];
    ActorNode& a = vp.actor;
    ++a.mentions;
    if (edge.dated) {
      // first/last hold a's dates parsed (they are set only from dates that
      // parse), so no date is parsed twice.
      if (a.first_date.empty() || edge.when.start < vp.first.start) {
        a.first_date = edge.date;
        vp.first = edge.when;
      }
      if (a.last_date.empty() || edge.when.end > vp.last.end) {
        a.last_date = edge.date;
        vp.last = edge.when;
      }
    }
    if (source == target) break;  // a loop is one mention, dated or not
  }
  m.refs.push_back({id, source, target});
  m.edges.push_back(std::move(edge));
  return id;
}

Result<size_t> KnowledgeGraph::AddTriple(const Triple& t) {
  Triple copy = t;
  return AddTriple(std::move(copy));
}

Result<size_t> KnowledgeGraph::AddTriple(Triple&& t) {
  // Each end: its id (the name when the triple has none), its names and the
  // words that named it - merged in place, without building an ActorNode.
  auto end = [this](const std::string& id, const std::string& name,
                    const std::string& type, const std::string& code,
                    const std::string& text) {
    const size_t v = FindOrAddVertex(id.empty() ? name : id, name, type, code);
    ActorNode& a = graph_->g[v].actor;
    AddName(&a.names, name);
    AddName(&a.names, text);
    return v;
  };
  size_t sv = end(t.subject_id, t.subject, t.subject_type, t.subject_code,
                  t.subject_text);
  size_t ov =
      end(t.object_id, t.object, t.object_type, t.object_code, t.object_text);
  EventEdge e;
  e.relation = std::move(t.relation);
  e.category = std::move(t.category);
  e.quad_class = t.quad_class;
  if (t.date) e.date = std::move(*t.date);
  e.date_source = std::string(DateSourceName(t.date_source));
  e.symmetric = t.symmetric;
  e.doc = std::move(t.doc);
  e.section = std::move(t.section);
  e.sentence = std::move(t.sentence);
  e.span_begin = t.span_begin;
  e.span_end = t.span_end;
  e.rule = std::move(t.rule);
  e.confidence = t.confidence;
  return AddEdge(sv, ov, std::move(e));
}

size_t KnowledgeGraph::actor_count() const {
  return boost::num_vertices(graph_->g);
}
size_t KnowledgeGraph::edge_count() const { return graph_->edges.size(); }
const ActorNode& KnowledgeGraph::actor(size_t v) const {
  return graph_->g[v].actor;
}
const EventEdge& KnowledgeGraph::edge(size_t e) const {
  return graph_->edges[e];
}
EdgeRef KnowledgeGraph::edge_ref(size_t e) const { return graph_->refs[e]; }

std::optional<size_t> KnowledgeGraph::FindActor(std::string_view id) const {
  const size_t v = graph_->ids.Find(id);
  if (v == internal::IdIndex::kNone) return std::nullopt;
  return v;
}

std::vector<EdgeRef> KnowledgeGraph::OutEdges(size_t v) const {
  std::vector<EdgeRef> out;
  for (auto [it, end] = boost::out_edges(v, graph_->g); it != end; ++it)
    out.push_back(graph_->refs[graph_->g[*it].id]);
  std::sort(out.begin(), out.end(),
            [](const EdgeRef& a, const EdgeRef& b) { return a.id < b.id; });
  return out;
}

std::vector<EdgeRef> KnowledgeGraph::InEdges(size_t v) const {
  std::vector<EdgeRef> out;
  for (auto [it, end] = boost::in_edges(v, graph_->g); it != end; ++it)
    out.push_back(graph_->refs[graph_->g[*it].id]);
  std::sort(out.begin(), out.end(),
            [](const EdgeRef& a, const EdgeRef& b) { return a.id < b.id; });
  return out;
}

}  // namespace kg::graph
