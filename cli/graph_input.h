// The flags the graph commands share (`kg build`, `kg path`, `kg
// neighbors`, `kg stats`, `kg actors`): the inputs, the pack, the threads,
// the affiliations and the edge filters, and the graph they describe.
//
//   GraphInputOptions in;
//   AddGraphInputFlags(cmd, &in, /*filters=*/true);
//   ... parse ...
//   kg::Result<kg::graph::EdgeFilter> f = FilterOf(in);  // "--since: bad date ..."
//   kg::graph::KnowledgeGraph g;
//   kg::Status s = LoadInputs(in, &g);
#ifndef KG_CLI_GRAPH_INPUT_H_
#define KG_CLI_GRAPH_INPUT_H_

#include <CLI/CLI.hpp>
#include <string>
#include <vector>

#include "base/status.h"
#include "cli/progress_line.h"
#include "cli/skip_report.h"
#include "graph/edge_filter.h"
#include "graph/knowledge_graph.h"

namespace kg::cli {

struct GraphInputOptions {
  std::vector<std::string> inputs;
  std::string rules;
  std::string since, until;
  bool undated = false;
  std::string categories;  // "04,05"
  std::string quads;       // "1,2"
  std::string relations;   // "meet,sign agreement"
  bool directed = false;
  bool json = false;
  unsigned threads = 0;  // all hardware threads
  bool keep_going = false;  // kg build: skip bad inputs and records
  bool quiet = false, progress = false;  // kg build: the progress line
  bool no_affiliations = false;
};

/// --rules, -j, --no-affiliations; with `filters` also --since, --until,
/// --undated, --category, --quad, --relation, --directed and --json.
void AddGraphInputFlags(CLI::App* cmd, GraphInputOptions* o, bool filters);

/// The filter the flags describe (graph/edge_filter_args.h); errors name
/// the flag.
Result<graph::EdgeFilter> FilterOf(const GraphInputOptions& o);

/// Builds the graph of the inputs (pipeline/graph_builder.h), warnings on
/// stderr; with `skips`, passes over what cannot be read (--keep-going),
/// and with `progress`, counts the documents extracted.
Status LoadInputs(const GraphInputOptions& o, graph::KnowledgeGraph* g,
                  SkipReport* skips = nullptr, ProgressLine* progress = nullptr);

}  // namespace kg::cli

#endif  // KG_CLI_GRAPH_INPUT_H_
