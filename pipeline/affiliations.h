// AddAffiliations: links each person of a built graph to its countries and
// organizations with affiliation edges (graph::EdgeKind::kAffiliation), so
// that "Kenyan President William Ruto" is one hop from Kenya and a graph of
// persons does not split into islands.
//
//   kg::graph::KnowledgeGraph g;   // built by LoadGraph
//   kg::Result<kg::extract::RulePack> pack = kg::pipeline::LoadPack("");
//   kg::Result<size_t> added = kg::pipeline::AddAffiliations(*pack, &g);
//   // william-ruto -affiliated with-> KEN, rule "affiliation/name",
//   // evidence: "Kenyan President William Ruto met Chinese leader Xi ..."
//
// For each actor of type "person", in vertex order, its targets are the
// pack's countries and organizations that
//   - its code names: the first three letters of the code when they are a
//     country of the pack ("KENGOV" -> KEN);
//   - its own pack entry names: the person's "country" ("UN" for a UN
//     Secretary-General of the pack);
//   - the gazetteer finds in the names it was seen with, as a name, alias,
//     demonym or capital ("Kenyan President William Ruto" -> KEN, "UN
//     Secretary-General Amina Zulu" -> UN), except inside the words of its
//     own name ("Jordan Smith" is not from Jordan) and right after "to",
//     "in" or "for" ("ambassador to Kenya" serves elsewhere).
// Each target, in id order, gets one edge person -> target: relation
// "affiliated with", category "", quad class 0, rule "affiliation/name"
// (from a name seen), else "affiliation/code", else "affiliation/pack".
// Its evidence (doc, section, sentence, span, date, date_source,
// confidence) is that of the person's first event edge, by edge number,
// whose sentence contains a name seen that gave the target; without one
// (code or pack only) it has none: doc and sentence "", undated,
// confidence 1 (the pack says so). A target missing from the graph is
// added with the pack's id, name, type and code. A pair that already has
// an affiliation edge (a loaded graph file) gets no second one, so the
// pass can run again on its own output and add nothing.
//
// Deterministic: the same graph and pack give the same edges in the same
// order. Not thread-safe for `g`.
#ifndef KG_PIPELINE_AFFILIATIONS_H_
#define KG_PIPELINE_AFFILIATIONS_H_

#include <cstddef>

#include "base/status.h"
#include "extract/gazetteer.h"
#include "extract/rule_pack.h"
#include "graph/knowledge_graph.h"

namespace kg::pipeline {

/// The relation of every affiliation edge.
inline constexpr const char* kAffiliationRelation = "affiliated with";

/// Adds the affiliation edges the gazetteer's actors give; returns how many.
size_t AddAffiliations(const extract::Gazetteer& gazetteer,
                       graph::KnowledgeGraph* g);

/// The same with the gazetteer of `pack` (its actors and common words);
/// fails only if that gazetteer cannot be built.
Result<size_t> AddAffiliations(const extract::RulePack& pack,
                               graph::KnowledgeGraph* g);

/// Removes every affiliation edge (those a loaded graph file brought):
/// what --no-affiliations leaves, the graph built without the pass. So
/// the actors only affiliations brought (no mention, no event edge, an
/// affiliation edge) go too; the others keep their order, names, mentions
/// and dates, and event edges theirs. Returns how many edges were removed.
///   a -meet-> b, a -affiliated with-> KEN (KEN only there)  =>  a -meet-> b
size_t RemoveAffiliations(graph::KnowledgeGraph* g);

}  // namespace kg::pipeline

#endif  // KG_PIPELINE_AFFILIATIONS_H_
