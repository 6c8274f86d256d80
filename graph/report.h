// Report: the text and JSON that `kg path`, `kg neighbors` and `kg stats`
// print, so that the CLI stays thin and the output is tested here.
//
//   kg::graph::WritePathsText(g, result, std::cout);
//   // 1. Mark Carney -meet (2026-01)-> Xi Jinping
//   //      "In January 2026, Canadian Prime Minister Mark Carney made ..."
//   //      xi-foreign-policy.txt:5120
//
// Text is for people; JSON (one object, keys in a fixed order) is for
// programs. Both are deterministic.
#ifndef KG_GRAPH_REPORT_H_
#define KG_GRAPH_REPORT_H_

#include <ostream>
#include <string>
#include <vector>

#include "graph/actor_list.h"
#include "graph/graph_stats.h"
#include "graph/knowledge_graph.h"
#include "graph/path_finder.h"

namespace kg::graph {

/// "A -relation (date)-> B" for an edge, written in its own direction.
std::string EdgeLabel(const KnowledgeGraph& g, size_t edge);

/// A hop in path order: EdgeLabel, or "A <-relation (date)- B" when the
/// hop walks its edge backwards.
std::string HopLabel(const KnowledgeGraph& g, const Hop& hop);

/// Each path as numbered hops with evidence: the sentence and doc:offset.
void WritePathsText(const KnowledgeGraph& g, const PathResult& r,
                    std::ostream& out);
/// The same as JSON text ({"paths": [{"hops": [...]}]}), indented by
/// `indent` spaces a level (-1: one line).
std::string PathsJson(const KnowledgeGraph& g, const PathResult& r,
                      int indent = -1);

/// The edges of one actor with their evidence.
void WriteNeighborsText(const KnowledgeGraph& g, size_t v,
                        const std::vector<EdgeRef>& edges, std::ostream& out);
std::string NeighborsJson(const KnowledgeGraph& g, size_t v,
                          const std::vector<EdgeRef>& edges, int indent = -1);

/// "actors 5, edges 3, components 2 (largest 3)" ("strongly connected
/// components" when s.directed), the dates, "actors by type: 1 country, 4
/// person", "edges by category: 2 consult (04), 1 disapprove (11)" (CAMEO
/// names, CameoRootName; a code without one alone), then the top lists.
void WriteStatsText(const GraphStats& s, std::ostream& out);
/// The same as JSON, with "directed" and "category_names" ({"04":
/// "consult"}, the codes CAMEO names).
std::string StatsJson(const GraphStats& s, int indent = -1);

/// "<n> actors", then one line an actor:
///   "  2  Bob Ray [bob, person] names: Bob Ray; Bobby"
void WriteActorsText(const KnowledgeGraph& g, const std::vector<ListedActor>& actors,
                     std::ostream& out);
/// {"actors": [{"id", "name", "type", "code", "degree", "mentions",
/// "names"}]}, invalid UTF-8 as U+FFFD.
std::string ActorsJson(const KnowledgeGraph& g, const std::vector<ListedActor>& actors,
                       int indent = -1);

}  // namespace kg::graph

#endif  // KG_GRAPH_REPORT_H_
