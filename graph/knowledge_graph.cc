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

KnowledgeGraph::KnowledgeGraph()
    : graph_(std::make_unique<internal::Graph>()) {}
KnowledgeGraph::~KnowledgeGraph() = default;
KnowledgeGraph::KnowledgeGraph(KnowledgeGraph&&) noexcept = default;
KnowledgeGraph& KnowledgeGraph::operator=(KnowledgeGraph&&) noexcept = default;

size_t KnowledgeGraph::AddActor(const ActorNode& actor) {
  internal::Graph& m = *graph_;
  auto [it, fresh] = m.ids.emplace(actor.id, boost::num_vertices(m.g));
  if (fresh) {
    internal::VertexProps props;
    props.actor = actor;
    props.actor.names.clear();
    props.actor.mentions = 0;
    props.actor.first_date.clear();
    props.actor.last_date.clear();
    boost::add_vertex(std::move(props), m.g);
  }
  ActorNode& a = m.g[it->second].actor;
  if (a.name.empty()) a.name = actor.name;
  if (a.type.empty()) a.type = actor.type;
  if (a.code.empty()) a.code = actor.code;
  AddName(&a.names, actor.name);
  for (const auto& n : actor.names) AddName(&a.names, n);
  // A saved graph carries counts and dates: keep them when loading one.
  a.mentions += actor.mentions;
  DateRange mine, theirs;
  if (!actor.first_date.empty() && ParseEdtf(actor.first_date, &theirs) &&
      (a.first_date.empty() ||
       (ParseEdtf(a.first_date, &mine) && theirs.start < mine.start)))
    a.first_date = actor.first_date;
  if (!actor.last_date.empty() && ParseEdtf(actor.last_date, &theirs) &&
      (a.last_date.empty() ||
       (ParseEdtf(a.last_date, &mine) && theirs.end > mine.end)))
    a.last_date = actor.last_date;
  return it->second;
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
  boost::add_edge(source, target, props, m.g);
  for (size_t v : {source, target}) {
    ActorNode& a = m.g[v].actor;
    ++a.mentions;
    if (edge.dated) {
      DateRange first, last;
      bool has_first = !a.first_date.empty() && ParseEdtf(a.first_date, &first);
      bool has_last = !a.last_date.empty() && ParseEdtf(a.last_date, &last);
      if (!has_first || edge.when.start < first.start) a.first_date = edge.date;
      if (!has_last || edge.when.end > last.end) a.last_date = edge.date;
    }
    if (source == target) break;  // a loop is one mention, dated or not
  }
  m.refs.push_back({id, source, target});
  m.edges.push_back(std::move(edge));
  return id;
}

Result<size_t> KnowledgeGraph::AddTriple(const extract::Triple& t) {
  // One end of the triple: its id (the name when the triple has none), its
  // names and the words that named it.
  auto end = [](const std::string& id, const std::string& name,
                const std::string& type, const std::string& code,
                const std::string& text) {
    ActorNode a;
    a.id = id.empty() ? name : id;
    a.name = name;
    a.type = type;
    a.code = code;
    a.names = {name};
    if (!text.empty()) a.names.push_back(text);
    return a;
  };
  ActorNode s = end(t.subject_id, t.subject, t.subject_type, t.subject_code,
                    t.subject_text);
  ActorNode o =
      end(t.object_id, t.object, t.object_type, t.object_code, t.object_text);
  size_t sv = AddActor(s);
  size_t ov = AddActor(o);
  EventEdge e;
  e.relation = t.relation;
  e.category = t.category;
  e.quad_class = t.quad_class;
  e.date = t.date.value_or("");
  e.date_source = std::string(extract::DateSourceName(t.date_source));
  e.symmetric = t.symmetric;
  e.doc = t.doc;
  e.section = t.section;
  e.sentence = t.sentence;
  e.span_begin = t.span_begin;
  e.span_end = t.span_end;
  e.rule = t.rule;
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
  auto it = graph_->ids.find(std::string(id));
  if (it == graph_->ids.end()) return std::nullopt;
  return it->second;
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
