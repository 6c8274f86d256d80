// BuildGraph: the graph `kg build` and the graph commands work on - the
// inputs loaded into one graph (LoadGraph: texts extracted, triples and
// graph files read, actors merged by id), then the affiliation edges added
// (AddAffiliations), or, without them, also those a loaded graph file
// brought removed (RemoveAffiliations). The CLI and the Python module
// build graphs through this one function.
//
//   kg::graph::KnowledgeGraph g;
//   kg::pipeline::BuildOptions opt;          // rules "": diplomacy
//   opt.load.threads = 4;
//   kg::Status s = kg::pipeline::BuildGraph({"news/", "old.json"}, opt, &g);
//   // g: every event of the inputs, and "Kenyan President William Ruto"
//   // -affiliated with-> KEN
//
// The pack: with affiliations it is needed whatever the inputs (its
// gazetteer gives them), so it is loaded once, before any input, and also
// serves the extractor - a bad --rules fails even for a graph file. It is
// load.pack if set (with load.compiled_extractor, that extractor's
// gazetteer: nothing is compiled), else LoadPack(load.rules). Without
// affiliations, the pack is loaded only if a text input needs it.
// Errors are LoadGraph's and the pack's; the graph is then incomplete and
// must not be used.
#ifndef KG_PIPELINE_GRAPH_BUILDER_H_
#define KG_PIPELINE_GRAPH_BUILDER_H_

#include <string>
#include <vector>

#include "base/status.h"
#include "graph/knowledge_graph.h"
#include "pipeline/graph_loader.h"

namespace kg::pipeline {

struct BuildOptions {
  /// How the inputs are read: pack, threads, warnings, --keep-going,
  /// progress (pipeline/graph_loader.h).
  LoadOptions load;
  /// Add the affiliation edges (`kg build` without --no-affiliations).
  bool affiliations = true;
};

Status BuildGraph(const std::vector<std::string>& inputs,
                  const BuildOptions& options, graph::KnowledgeGraph* g);

}  // namespace kg::pipeline

#endif  // KG_PIPELINE_GRAPH_BUILDER_H_
