#include "pipeline/affiliations.h"

#include <algorithm>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "extract/actor.h"

namespace kg::pipeline {
namespace {

using extract::ActorType;
using extract::Gazetteer;

// Why a person is affiliated with one target: the names seen that name it,
// and whether its code or its pack entry does.
struct AffiliationSources {
  std::vector<std::string> names;
  bool from_code = false;
  bool from_pack = false;
};

bool IsAffiliationTarget(ActorType t) {
  return t == ActorType::kCountry || t == ActorType::kOrganization;
}

// A byte of a word: an ASCII letter or digit, or any byte of a non-ASCII
// character (names are in every script).
bool IsAffiliationWordByte(char c) {
  const auto u = static_cast<unsigned char>(c);
  return u >= 0x80 || (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') ||
         (c >= 'A' && c <= 'Z');
}

// The byte ranges of `text` where a word of `own_name` stands as a whole
// word: a gazetteer hit there is the person's name, not an affiliation
// ("Jordan" in "Jordan Smith").
std::vector<std::pair<size_t, size_t>> AffiliationOwnNameRanges(std::string_view text,
                                                     std::string_view own_name) {
  std::vector<std::pair<size_t, size_t>> ranges;
  size_t start = 0;
  while (start < own_name.size()) {
    size_t end = own_name.find(' ', start);
    if (end == std::string_view::npos) end = own_name.size();
    const std::string_view word = own_name.substr(start, end - start);
    start = end + 1;
    if (word.empty()) continue;
    for (size_t at = text.find(word); at != std::string_view::npos;
         at = text.find(word, at + 1)) {
      const size_t after = at + word.size();
      if ((at == 0 || !IsAffiliationWordByte(text[at - 1])) &&
          (after == text.size() || !IsAffiliationWordByte(text[after])))
        ranges.emplace_back(at, after);
    }
  }
  return ranges;
}

// True when the word before `pos` is "to", "in" or "for" (any case): "the
// ambassador to Kenya", "envoy in Sudan", "minister for Ghana" serve a
// country they are not of.
bool AffiliationAfterElsewhereWord(std::string_view text, size_t pos) {
  size_t end = pos;
  while (end > 0 && text[end - 1] == ' ') --end;
  size_t begin = end;
  while (begin > 0 && IsAffiliationWordByte(text[begin - 1])) --begin;
  std::string word(text.substr(begin, end - begin));
  for (char& c : word)
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  return word == "to" || word == "in" || word == "for";
}

// The gazetteer's countries and organizations in one name seen, outside the
// person's own name.
std::vector<int> AffiliationTargetsInName(const Gazetteer& gazetteer,
                               std::string_view name_seen,
                               std::string_view own_name) {
  std::vector<int> found;
  const auto own = AffiliationOwnNameRanges(name_seen, own_name);
  for (const extract::GazetteerHit& hit : gazetteer.Find(name_seen)) {
    if (!IsAffiliationTarget(gazetteer.actor(hit.actor).type)) continue;
    const bool in_own_name =
        std::any_of(own.begin(), own.end(), [&hit](const auto& r) {
          return hit.begin < r.second && r.first < hit.end;
        });
    if (in_own_name || AffiliationAfterElsewhereWord(name_seen, hit.begin)) continue;
    found.push_back(hit.actor);
  }
  return found;
}

// Every target of one person, by the pack's actor id (so in id order).
std::map<std::string, AffiliationSources> FindAffiliationTargets(
    const Gazetteer& gazetteer, const graph::ActorNode& person) {
  std::map<std::string, AffiliationSources> targets;
  if (person.code.size() >= 3) {
    const int c = gazetteer.FindId(std::string_view(person.code).substr(0, 3));
    if (c >= 0 && gazetteer.actor(c).type == ActorType::kCountry)
      targets[gazetteer.actor(c).id].from_code = true;
  }
  if (const int self = gazetteer.FindId(person.id);
      self >= 0 && gazetteer.actor(self).type == ActorType::kPerson &&
      !gazetteer.actor(self).country.empty()) {
    const int c = gazetteer.FindId(gazetteer.actor(self).country);
    if (c >= 0 && IsAffiliationTarget(gazetteer.actor(c).type))
      targets[gazetteer.actor(c).id].from_pack = true;
  }
  for (const std::string& name : person.names) {
    for (int c : AffiliationTargetsInName(gazetteer, name, person.name)) {
      std::vector<std::string>& names = targets[gazetteer.actor(c).id].names;
      if (names.empty() || names.back() != name) names.push_back(name);
    }
  }
  return targets;
}

// The person's first event edge (by edge number) whose sentence contains
// one of `names`.
std::optional<size_t> AffiliationEvidenceEdge(const graph::KnowledgeGraph& g, size_t v,
                                   const std::vector<std::string>& names) {
  std::vector<graph::EdgeRef> edges = g.OutEdges(v);
  const std::vector<graph::EdgeRef> in = g.InEdges(v);
  edges.insert(edges.end(), in.begin(), in.end());
  std::sort(edges.begin(), edges.end(),
            [](const graph::EdgeRef& a, const graph::EdgeRef& b) { return a.id < b.id; });
  for (const graph::EdgeRef& r : edges) {
    const graph::EventEdge& e = g.edge(r.id);
    if (e.kind != graph::EdgeKind::kEvent) continue;
    for (const std::string& name : names)
      if (e.sentence.find(name) != std::string::npos) return r.id;
  }
  return std::nullopt;
}

bool HasAffiliation(const graph::KnowledgeGraph& g, size_t from, size_t to) {
  for (const graph::EdgeRef& r : g.OutEdges(from))
    if (r.target == to && g.edge(r.id).kind == graph::EdgeKind::kAffiliation)
      return true;
  return false;
}

graph::EventEdge AffiliationEdge(const graph::KnowledgeGraph& g,
                                 const AffiliationSources& sources,
                                 std::optional<size_t> evidence) {
  graph::EventEdge a;
  a.kind = graph::EdgeKind::kAffiliation;
  a.relation = kAffiliationRelation;
  a.rule = !sources.names.empty() ? "affiliation/name"
           : sources.from_code    ? "affiliation/code"
                                  : "affiliation/pack";
  a.confidence = 1.0;
  if (!evidence) return a;
  const graph::EventEdge& e = g.edge(*evidence);
  a.date = e.date;
  a.date_source = e.date_source;
  a.doc = e.doc;
  a.section = e.section;
  a.sentence = e.sentence;
  a.span_begin = e.span_begin;
  a.span_end = e.span_end;
  // As sure as the mention that named it.
  a.confidence = e.confidence;
  return a;
}

}  // namespace

size_t AddAffiliations(const Gazetteer& gazetteer, graph::KnowledgeGraph* g) {
  size_t added = 0;
  // Targets are countries and organizations, never persons: the vertices
  // this pass adds need no visit.
  const size_t persons_end = g->actor_count();
  for (size_t v = 0; v < persons_end; ++v) {
    if (g->actor(v).type != "person") continue;
    // A copy: adding a target vertex may move the actors.
    const graph::ActorNode person = g->actor(v);
    for (const auto& [id, sources] : FindAffiliationTargets(gazetteer, person)) {
      std::optional<size_t> target = g->FindActor(id);
      if (!target) {
        const extract::Actor& pack = gazetteer.actor(gazetteer.FindId(id));
        graph::ActorNode node;
        node.id = pack.id;
        node.name = pack.name;
        node.type = std::string(extract::ActorTypeName(pack.type));
        node.code = pack.code;
        target = g->AddActor(node);
      } else if (HasAffiliation(*g, v, *target)) {
        continue;
      }
      const std::optional<size_t> evidence =
          sources.names.empty() ? std::nullopt : AffiliationEvidenceEdge(*g, v, sources.names);
      // Evidence comes from an edge of this graph, whose date parsed.
      if (g->AddEdge(v, *target, AffiliationEdge(*g, sources, evidence)).ok()) ++added;
    }
  }
  return added;
}

size_t RemoveAffiliations(graph::KnowledgeGraph* g) {
  const size_t removed = g->affiliation_count();
  if (removed == 0) return 0;
  // Rebuilt as graph file loading does: actors bare, event edges (which
  // count mentions and dates), then what the edges do not explain - an
  // affiliation counted nothing, so the old actor's counts and dates are
  // restored exactly.
  const size_t n = g->actor_count();
  std::vector<bool> in_event(n, false), in_affiliation(n, false);
  for (size_t e = 0; e < g->edge_count(); ++e) {
    const graph::EdgeRef r = g->edge_ref(e);
    std::vector<bool>& seen =
        g->edge(e).kind == graph::EdgeKind::kEvent ? in_event : in_affiliation;
    seen[r.source] = seen[r.target] = true;
  }
  constexpr size_t kDropped = static_cast<size_t>(-1);
  std::vector<size_t> vertex(n, kDropped);
  graph::KnowledgeGraph events;
  for (size_t v = 0; v < n; ++v) {
    const graph::ActorNode& a = g->actor(v);
    if (in_affiliation[v] && !in_event[v] && a.mentions == 0) continue;
    graph::ActorNode bare = a;
    bare.mentions = 0;
    bare.first_date.clear();
    bare.last_date.clear();
    vertex[v] = events.AddActor(bare);
  }
  for (size_t e = 0; e < g->edge_count(); ++e) {
    if (g->edge(e).kind != graph::EdgeKind::kEvent) continue;
    const graph::EdgeRef r = g->edge_ref(e);
    // The edge came from a graph, so its date parses again.
    (void)events.AddEdge(vertex[r.source], vertex[r.target], g->edge(e));
  }
  for (size_t v = 0; v < n; ++v) {
    if (vertex[v] == kDropped) continue;
    const graph::ActorNode& old = g->actor(v);
    graph::ActorNode rest;
    rest.id = old.id;
    rest.mentions = old.mentions - events.actor(vertex[v]).mentions;
    rest.first_date = old.first_date;
    rest.last_date = old.last_date;
    events.AddActor(rest);
  }
  *g = std::move(events);
  return removed;
}

Result<size_t> AddAffiliations(const extract::RulePack& pack,
                               graph::KnowledgeGraph* g) {
  auto gazetteer = extract::Gazetteer::Build(pack.actors, pack.common_words);
  if (!gazetteer.ok()) return gazetteer.status();
  return AddAffiliations(**gazetteer, g);
}

}  // namespace kg::pipeline
