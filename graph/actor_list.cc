#include "graph/actor_list.h"

#include <algorithm>
#include <cctype>
#include <string_view>
#include <tuple>

#include "base/name_fold.h"

namespace kg::graph {
namespace {

bool SameTypeIgnoringCase(std::string_view a, std::string_view b) {
  return a.size() == b.size() &&
         std::equal(a.begin(), a.end(), b.begin(), [](unsigned char x, unsigned char y) {
           return std::tolower(x) == std::tolower(y);
         });
}

bool MatchesText(const ActorNode& a, const std::string& folded_query) {
  if (folded_query.empty()) return true;
  auto has = [&](const std::string& s) {
    return FoldName(s).find(folded_query) != std::string::npos;
  };
  return has(a.id) || has(a.name) || std::any_of(a.names.begin(), a.names.end(), has);
}

}  // namespace

std::vector<ListedActor> ListActors(const KnowledgeGraph& g, const ActorQuery& query) {
  std::vector<size_t> degree(g.actor_count(), 0);
  for (size_t e = 0; e < g.edge_count(); ++e) {
    if (!query.filter.Accepts(g.edge(e))) continue;
    const EdgeRef r = g.edge_ref(e);
    ++degree[r.source];
    if (r.target != r.source && !query.out_only) ++degree[r.target];
  }
  // A query that folds to nothing ("--match '!!'") matches nothing rather
  // than everything: the user asked for something.
  const std::string folded = FoldName(query.match);
  std::vector<ListedActor> out;
  for (size_t v = 0; v < g.actor_count(); ++v) {
    const ActorNode& a = g.actor(v);
    if (!query.type.empty() &&
        !SameTypeIgnoringCase(a.type.empty() ? "other" : a.type, query.type))
      continue;
    if (!query.match.empty() && (folded.empty() || !MatchesText(a, folded))) continue;
    out.push_back({v, degree[v]});
  }
  std::sort(out.begin(), out.end(), [&g](const ListedActor& x, const ListedActor& y) {
    return std::tie(y.degree, g.actor(x.vertex).name, x.vertex) <
           std::tie(x.degree, g.actor(y.vertex).name, y.vertex);
  });
  return out;
}

}  // namespace kg::graph
