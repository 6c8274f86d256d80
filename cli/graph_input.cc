#include "cli/graph_input.h"

#include <iostream>

#include "base/message_escape.h"
#include "graph/edge_filter_args.h"
#include "pipeline/graph_builder.h"

namespace kg::cli {

void AddGraphInputFlags(CLI::App* cmd, GraphInputOptions* o, bool filters) {
  cmd->add_option("--rules", o->rules,
                  "Rule pack for text inputs (default: diplomacy)");
  cmd->add_option("-j,--threads", o->threads,
                  "Threads for text and triples inputs (default 0: one per "
                  "core); the graph is the same for any number")
      ->check(CLI::Range(0, 1024));
  cmd->add_flag("--no-affiliations", o->no_affiliations,
                "Leave out the affiliation edges (person -> country or "
                "organization, from titles, demonyms, codes and the pack)");
  if (!filters) return;
  cmd->add_option("--since", o->since,
                  "Keep edges whose date overlaps from DATE on");
  cmd->add_option("--until", o->until,
                  "Keep edges whose date overlaps up to DATE");
  cmd->add_flag("--undated", o->undated,
                "With --since/--until, keep undated edges too");
  cmd->add_option("--category", o->categories,
                  "CAMEO root codes to keep, e.g. 04,05 or 4,5");
  cmd->add_option("--quad", o->quads, "Quad classes to keep, e.g. 1,2");
  cmd->add_option("--relation", o->relations,
                  "Relations to keep, e.g. meet,\"sign agreement\"");
  cmd->add_flag("--directed", o->directed,
                "Follow subject -> object only (stats: strongly connected "
                "components, directed betweenness; actors: out-degree)");
  cmd->add_flag("--json", o->json, "Print JSON");
}

Result<graph::EdgeFilter> FilterOf(const GraphInputOptions& o) {
  graph::EdgeFilterArgs args;
  args.since = o.since;
  args.until = o.until;
  args.undated = o.undated;
  args.categories = graph::SplitCommaList(o.categories);
  args.quads = graph::SplitCommaList(o.quads);
  args.relations = graph::SplitCommaList(o.relations);
  return graph::ParseEdgeFilter(args, graph::kCliFilterNames);
}

Status LoadInputs(const GraphInputOptions& o, graph::KnowledgeGraph* g,
                  SkipReport* skips, ProgressLine* progress) {
  pipeline::BuildOptions bo;
  bo.affiliations = !o.no_affiliations;
  pipeline::LoadOptions& lo = bo.load;
  if (skips != nullptr) lo.skip = skips->Callback();
  if (progress != nullptr)
    lo.progress = [progress](size_t bytes, size_t triples, bool fresh) {
      progress->Add(bytes, triples, fresh);
    };
  lo.rules = o.rules;
  lo.threads = o.threads;
  lo.reporter = [](const std::string& w) {
    std::cerr << "kg: warning: " << EscapeForMessage(w) << "\n";
  };
  return pipeline::BuildGraph(o.inputs, bo, g);
}

}  // namespace kg::cli
