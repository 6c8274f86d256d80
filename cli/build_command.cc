#include "cli/build_command.h"

#include <iostream>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "cli/cli_util.h"
#include "cli/graph_input.h"
#include "cli/progress_line.h"
#include "cli/skip_report.h"
#include "export/graph_format.h"
#include "extract/document_reader.h"
#include "graph/name_resolver.h"
#include "graph/subgraph.h"

namespace kg::cli {
namespace {

struct BuildCommandOptions {
  GraphInputOptions in;
  std::string output;
  std::string format;
  bool multi = false;  // DOT: every mention, not aggregated
  std::string around;  // only this actor's neighbourhood is written
  size_t depth = 1;
  std::string gexf_version = "1.3";
};

// With --around, replaces `g` by the neighbourhood: every format writes
// just that, and the message counts it. *around_id: the actor id --around
// resolved to.
Status KeepNeighbourhood(const BuildCommandOptions& o, graph::KnowledgeGraph* g,
                         std::optional<std::string>* around_id) {
  if (o.around.empty()) return Status::Ok();
  auto v = graph::ResolveActor(*g, o.around);
  if (!v.ok()) return v.status();
  *around_id = g->actor(*v).id;
  const graph::EdgeFilter all;
  *g = graph::Subgraph(*g, graph::Neighbourhood(*g, *v, o.depth, all), all);
  return Status::Ok();
}

int RunBuild(const BuildCommandOptions& o) {
  Result<std::string> format = exporter::ChooseGraphFormat(o.output, o.format);
  if (!format.ok()) return Fail(format.status());
  // The outputs are opened before any input is read (base/output_files.h);
  // csv's two are replaced together or not at all.
  const std::vector<std::string> outputs =
      exporter::GraphFormatFiles(o.output, *format);
  std::string written = outputs[0];
  for (size_t i = 1; i < outputs.size(); ++i) written += ", " + outputs[i];
  exporter::GraphFormatOptions fo;
  fo.gexf_version = o.gexf_version;
  fo.multi = o.multi;
  fo.depth = o.depth;
  graph::KnowledgeGraph g;
  ProgressLine progress(ProgressLine::Choose(o.in.quiet, o.in.progress),
                        extract::InputBytes(o.in.inputs), std::cerr);
  SkipReport skips(&progress);
  Status s = WriteOutputs(
      outputs, o.in.inputs, [&](std::span<std::ostream* const> out) {
        if (Status l = LoadInputs(o.in, &g, o.in.keep_going ? &skips : nullptr,
                                  &progress);
            !l.ok())
          return l;
        if (Status a = KeepNeighbourhood(o, &g, &fo.around_id); !a.ok())
          return a;
        std::string warning;
        Status w = exporter::WriteGraphFormat(g, *format, fo, out, &warning);
        if (!warning.empty())
          std::cerr << "kg: warning: " << o.output << ": " << warning << "\n";
        return w;
      });
  if (!s.ok()) {
    progress.Clear();
    return Fail(s);
  }
  progress.Finish();
  std::cerr << "kg build: " << g.actor_count() << " actors, " << g.edge_count()
            << " edges -> " << written << "\n";
  return skips.Finish();
}

}  // namespace

void AddBuildCommand(CLI::App* app, int* code) {
  auto bo_ptr = std::make_shared<BuildCommandOptions>();
  BuildCommandOptions& bo = *bo_ptr;
  auto* build = app->add_subcommand(
      "build", "Build the graph of the inputs and write it");
  build
      ->add_option("inputs", bo.in.inputs,
                   "Texts, folders, triples (*.jsonl) or graphs")
      ->required();
  build
      ->add_option("-o,--output", bo.output,
                   "Output file (format from its extension)")
      ->required();
  build->add_option("--format", bo.format,
                    "Output format, any case: json (kg), graphml, gexf, gexf1.2, "
                    "dot, node-link, cytoscape, csv, html (default: from the name: "
                    ".nodelink.json, .cytoscape.json and .cyjs before .json; "
                    ".gv is dot)");
  build->add_flag("--multi", bo.multi,
                  "DOT: draw every mention, not one edge a relation");
  build->add_option("--around", bo.around,
                    "Write only this actor's neighbourhood (any format)");
  build->add_option("--depth", bo.depth,
                    "Hops around --around, either direction (default 1)");
  build
      ->add_option("--gexf-version", bo.gexf_version,
                   "GEXF: 1.3 (default) or 1.2")
      ->check(CLI::IsMember({"1.3", "1.2"}));
  AddGraphInputFlags(build, &bo.in, false);
  build->add_flag("--keep-going", bo.in.keep_going,
                  "Skip an input, record or triples line that cannot be read "
                  "(a warning each) and go on; exit 3 at the end if any was "
                  "skipped");
  build->add_flag("-q,--quiet", bo.in.quiet,
                  "No progress line and no summary on a terminal");
  build->add_flag("--progress", bo.in.progress,
                  "Progress and summary on stderr even when it is not a "
                  "terminal (a line every 2 s)");
  build->callback([bo_ptr, code] { *code = RunBuild(*bo_ptr); });
}

}  // namespace kg::cli
