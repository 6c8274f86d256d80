#include "cli/graph_commands.h"

#include <algorithm>
#include <cctype>
#include <memory>
#include <sstream>
#include <string>
#include <string_view>
#include <vector>

#include "base/message_escape.h"
#include "cli/cli_util.h"
#include "export/graph_writer.h"
#include "graph/actor_list.h"
#include "graph/edge_filter.h"
#include "graph/graph_file.h"
#include "graph/graph_stats.h"
#include "graph/name_resolver.h"
#include "graph/path_finder.h"
#include "graph/report.h"
#include "graph/subgraph.h"
#include "pipeline/affiliations.h"
#include "pipeline/graph_loader.h"
#include "pipeline/pack_loader.h"
#include "cli/progress_line.h"
#include "cli/skip_report.h"
#include "extract/document_reader.h"

namespace kg::cli {
namespace {

// Flags shared by the graph commands: inputs, pack and edge filters.
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

std::vector<std::string> SplitComma(const std::string& s) {
  std::vector<std::string> out;
  std::stringstream ss(s);
  for (std::string item; std::getline(ss, item, ',');)
    if (!item.empty()) out.push_back(item);
  return out;
}

// The filter the flags describe; errors name the flag.
kg::Result<kg::graph::EdgeFilter> MakeFilter(const GraphInputOptions& o) {
  kg::graph::EdgeFilter f;
  kg::graph::DateRange since, until;
  if (!o.since.empty() && !kg::graph::ParseDateArgument(o.since, &since))
    return Status::InvalidArgument(
        "--since", "bad date \"" + o.since + "\" (want YYYY[-MM[-DD]])");
  if (!o.until.empty() && !kg::graph::ParseDateArgument(o.until, &until))
    return Status::InvalidArgument(
        "--until", "bad date \"" + o.until + "\" (want YYYY[-MM[-DD]])");
  if (!o.since.empty() || !o.until.empty())
    f.window = kg::graph::DateRange{
        o.since.empty() ? kg::graph::kOpenStart : since.start,
        o.until.empty() ? kg::graph::kOpenEnd : until.end};
  f.include_undated = o.undated;
  for (const auto& c : SplitComma(o.categories)) {
    // "4" is "04": codes are two digits in triples, one is how people say them.
    const std::string code = c.size() == 1 ? "0" + c : c;
    if (code.size() != 2 || !std::isdigit(static_cast<unsigned char>(code[0])) ||
        !std::isdigit(static_cast<unsigned char>(code[1])) || code < "01" || code > "20")
      return Status::InvalidArgument(
          "--category", "\"" + c + "\" is not a CAMEO root code 01-20");
    f.categories.insert(code);
  }
  for (const auto& r : SplitComma(o.relations)) f.relations.insert(r);
  for (const auto& q : SplitComma(o.quads)) {
    if (q.size() != 1 || q[0] < '1' || q[0] > '4')
      return Status::InvalidArgument("--quad",
                                     "\"" + q + "\" is not a quad class 1-4");
    f.quad_classes.insert(q[0] - '0');
  }
  return f;
}

// Builds the graph of the inputs (texts, triples, saved graphs); with
// `skips`, passes over what cannot be read (--keep-going), and with
// `progress`, counts the documents extracted. Then adds the affiliation
// edges unless --no-affiliations.
kg::Status LoadInputs(const GraphInputOptions& o, kg::graph::KnowledgeGraph* g,
                      SkipReport* skips = nullptr,
                      ProgressLine* progress = nullptr) {
  kg::pipeline::LoadOptions lo;
  if (skips != nullptr) lo.skip = skips->Callback();
  if (progress != nullptr)
    lo.progress = [progress](size_t bytes, size_t triples, bool fresh) {
      progress->Add(bytes, triples, fresh);
    };
  lo.rules = o.rules;  // loaded if a text input needs it
  lo.threads = o.threads;
  lo.reporter = [](const std::string& w) {
    std::cerr << "kg: warning: " << kg::EscapeForMessage(w) << "\n";
  };
  if (o.no_affiliations) {
    // Also those a saved graph brought: the graph has none.
    kg::Status s = kg::pipeline::LoadGraph(o.inputs, lo, g);
    if (s.ok()) kg::pipeline::RemoveAffiliations(g);
    return s;
  }
  // Affiliations need the pack whatever the inputs: load it once, for the
  // extractor too.
  kg::Result<kg::extract::RulePack> pack = kg::pipeline::LoadPack(o.rules);
  if (!pack.ok()) return pack.status();
  lo.pack = &*pack;
  if (kg::Status s = kg::pipeline::LoadGraph(o.inputs, lo, g); !s.ok()) return s;
  kg::Result<size_t> added = kg::pipeline::AddAffiliations(*pack, g);
  return added.ok() ? kg::Status::Ok() : added.status();
}

struct BuildOptions {
  GraphInputOptions in;
  std::string output;
  std::string format;
  bool multi = false;  // DOT: every mention, not aggregated
  std::string around;  // only this actor's neighbourhood is written
  size_t depth = 1;
  std::string gexf_version = "1.3";
  std::string around_id;  // set by RunBuild: the actor id --around resolved to
};

// The formats `kg build` writes. "json" is kg's own graph file; the others
// are for other tools (export/graph_writer.h).
constexpr const char* kFormats[] = {"json", "graphml",   "gexf",      "gexf1.2",
                                    "dot",  "node-link", "cytoscape", "csv",
                                    "html"};

std::string AsciiLower(std::string s) {
  std::transform(s.begin(), s.end(), s.begin(),
                 [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  return s;
}

bool EndsWithNoCase(const std::string& s, std::string_view suffix) {
  return s.size() >= suffix.size() &&
         AsciiLower(s.substr(s.size() - suffix.size())) == suffix;
}

// The format a file name asks for, in any case: compound suffixes first,
// because "x.nodelink.json" is for NetworkX, not kg's own ".json". A name
// without a known suffix gives its last extension ("" for none), which the
// caller reports as unknown.
std::string FormatOfOutputName(const std::string& path) {
  struct Suffix {
    std::string_view suffix, format;
  };
  constexpr Suffix kSuffixes[] = {
      {".nodelink.json", "node-link"}, {".node-link.json", "node-link"},
      {".cytoscape.json", "cytoscape"}, {".cyjs", "cytoscape"},
      {".graphml", "graphml"},          {".gexf", "gexf"},
      {".dot", "dot"},                  {".gv", "dot"},
      {".json", "json"},                {".csv", "csv"},
      {".html", "html"},                {".htm", "html"},
  };
  for (const Suffix& s : kSuffixes)
    if (EndsWithNoCase(path, s.suffix)) return std::string(s.format);
  const size_t slash = path.rfind('/');
  const size_t dot = path.rfind('.');
  if (dot == std::string::npos || (slash != std::string::npos && dot < slash))
    return "";
  return AsciiLower(path.substr(dot + 1));
}

// Writes `g` as `format` (one of kFormats).
Status WriteFormat(const kg::graph::KnowledgeGraph& g, const BuildOptions& o,
                   const std::string& format, std::ostream& out) {
  namespace ex = kg::exporter;
  if (format == "json")
    kg::graph::WriteGraphFile(g, out);
  else if (format == "graphml")
    ex::WriteGraphML(g, out);
  else if (format == "gexf")
    ex::WriteGexf(g, ex::GexfOptions{o.gexf_version}, out);
  else if (format == "gexf1.2")
    ex::WriteGexf(g, ex::GexfOptions{"1.2"}, out);
  else if (format == "node-link")
    ex::WriteNodeLinkJson(g, out);
  else if (format == "cytoscape")
    ex::WriteCytoscapeJson(g, out);
  else if (format == "html") {
    if (std::string w = ex::HtmlSizeWarning(g); !w.empty())
      std::cerr << "kg: warning: " << o.output << ": " << w << "\n";
    ex::WriteHtml(g, out);
  }
  else if (format == "dot") {
    ex::DotOptions dot;
    dot.multi = o.multi;
    dot.depth = o.depth;
    // `g` is already the neighbourhood: mark its centre (penwidth=2).
    if (!o.around.empty()) dot.around = g.FindActor(o.around_id);
    ex::WriteDot(g, dot, out);
  }
  return Status::Ok();
}

// With --around, replaces `g` by the neighbourhood: every format writes
// just that, and the message counts it.
Status KeepNeighbourhood(BuildOptions* o, kg::graph::KnowledgeGraph* g) {
  if (o->around.empty()) return Status::Ok();
  auto v = kg::graph::ResolveActor(*g, o->around);
  if (!v.ok()) return v.status();
  o->around_id = g->actor(*v).id;
  const kg::graph::EdgeFilter all;
  *g = kg::graph::Subgraph(*g, kg::graph::Neighbourhood(*g, *v, o->depth, all), all);
  return Status::Ok();
}

int RunBuild(BuildOptions o) {
  const std::string format =
      o.format.empty() ? FormatOfOutputName(o.output) : AsciiLower(o.format);
  std::string known;
  bool found = false;
  for (const char* f : kFormats) {
    found |= format == f;
    known += known.empty() ? f : std::string(", ") + f;
  }
  if (!found && format.empty())
    return Fail(Status::InvalidArgument(
        o.output, "no graph format in the name; add a suffix or --format (known: " +
                      known + ")"));
  if (!found)
    return Fail(Status::InvalidArgument(
        o.output,
        "unknown graph format \"" + format + "\" (known: " + known + ")"));
  // The outputs are opened before any input is read (cli_util.h).
  std::vector<std::string> outputs = {o.output};
  std::string written = o.output;
  if (format == "csv") {
    // Neo4j bulk import wants two files: "x.csv" gives x.nodes.csv and
    // x.edges.csv, replaced together or not at all.
    std::string stem = o.output;
    if (stem.size() > 4 && EndsWithNoCase(stem, ".csv")) stem.resize(stem.size() - 4);
    outputs = {stem + ".nodes.csv", stem + ".edges.csv"};
    written = outputs[0] + ", " + outputs[1];
  }
  kg::graph::KnowledgeGraph g;
  ProgressLine progress(ProgressLine::Choose(o.in.quiet, o.in.progress),
                        kg::extract::InputBytes(o.in.inputs), std::cerr);
  SkipReport skips(&progress);
  Status s = WriteOutputs(
      outputs, o.in.inputs, [&](std::span<std::ostream* const> out) {
        if (Status l = LoadInputs(o.in, &g, o.in.keep_going ? &skips : nullptr,
                                  &progress);
            !l.ok())
          return l;
        if (Status a = KeepNeighbourhood(&o, &g); !a.ok()) return a;
        if (format != "csv") return WriteFormat(g, o, format, *out[0]);
        kg::exporter::WriteNodesCsv(g, *out[0]);
        kg::exporter::WriteEdgesCsv(g, *out[1]);
        return Status::Ok();
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

struct PathCommandOptions {
  GraphInputOptions in;
  std::string from, to;
  bool all = false;
  bool weighted = false;
  size_t max_hops = 0;
  size_t max_paths = 100;
};

int RunPath(PathCommandOptions o) {
  auto filter = MakeFilter(o.in);
  if (!filter.ok()) return Fail(filter.status());
  kg::graph::KnowledgeGraph g;
  if (Status s = LoadInputs(o.in, &g); !s.ok()) return Fail(s);
  auto from = kg::graph::ResolveActor(g, o.from);
  if (!from.ok()) return Fail(from.status());
  auto to = kg::graph::ResolveActor(g, o.to);
  if (!to.ok()) return Fail(to.status());
  kg::graph::PathOptions po;
  po.filter = *filter;
  po.directed = o.in.directed;
  po.weighted = o.weighted;
  po.all = o.all;
  po.max_hops = o.max_hops;
  po.max_paths = o.max_paths;
  auto paths = kg::graph::FindPaths(g, *from, *to, po);
  if (!paths.ok()) {
    // A program reading --json gets an empty result to parse; the reason
    // still goes to stderr and the exit code is still 1.
    if (o.in.json && paths.status().code() == StatusCode::kNotFound)
      std::cout << kg::graph::PathsJson(g, kg::graph::PathResult{}, 2) << std::endl;
    return Fail(paths.status());
  }
  if (o.in.json)
    std::cout << kg::graph::PathsJson(g, *paths, 2) << "\n";
  else
    kg::graph::WritePathsText(g, *paths, std::cout);
  return 0;
}

struct NeighborsCommandOptions {
  GraphInputOptions in;
  std::string name;
  std::string direction;  // "in", "out", "both"; "" - --directed decides
};

int RunNeighbors(const NeighborsCommandOptions& o) {
  auto filter = MakeFilter(o.in);
  if (!filter.ok()) return Fail(filter.status());
  kg::graph::KnowledgeGraph g;
  if (Status s = LoadInputs(o.in, &g); !s.ok()) return Fail(s);
  auto v = kg::graph::ResolveActor(g, o.name);
  if (!v.ok()) return Fail(v.status());
  using kg::graph::Direction;
  const Direction direction = o.direction == "in"    ? Direction::kIn
                              : o.direction == "out" ? Direction::kOut
                              : o.direction == "both" ? Direction::kBoth
                              : o.in.directed         ? Direction::kOut
                                                      : Direction::kBoth;
  auto edges = kg::graph::Neighbors(g, *v, *filter, direction);
  if (o.in.json)
    std::cout << kg::graph::NeighborsJson(g, *v, edges, 2) << "\n";
  else
    kg::graph::WriteNeighborsText(g, *v, edges, std::cout);
  return 0;
}

struct StatsCommandOptions {
  GraphInputOptions in;
  size_t top = 10;
};

int RunStats(const StatsCommandOptions& o) {
  auto filter = MakeFilter(o.in);
  if (!filter.ok()) return Fail(filter.status());
  kg::graph::KnowledgeGraph g;
  if (Status s = LoadInputs(o.in, &g); !s.ok()) return Fail(s);
  kg::graph::GraphStats stats =
      kg::graph::ComputeStats(g, *filter, o.top, o.in.directed);
  if (o.in.json)
    std::cout << kg::graph::StatsJson(stats, 2) << "\n";
  else
    kg::graph::WriteStatsText(stats, std::cout);
  return 0;
}

struct ActorsCommandOptions {
  GraphInputOptions in;
  std::string match;
  std::string type;
};

int RunActors(const ActorsCommandOptions& o) {
  auto filter = MakeFilter(o.in);
  if (!filter.ok()) return Fail(filter.status());
  kg::graph::KnowledgeGraph g;
  if (Status s = LoadInputs(o.in, &g); !s.ok()) return Fail(s);
  kg::graph::ActorQuery q;
  q.match = o.match;
  q.type = o.type;
  q.filter = *filter;
  q.out_only = o.in.directed;
  const auto actors = kg::graph::ListActors(g, q);
  if (o.in.json)
    std::cout << kg::graph::ActorsJson(g, actors, 2) << "\n";
  else
    kg::graph::WriteActorsText(g, actors, std::cout);
  return 0;
}

}  // namespace

void AddGraphCommands(CLI::App* app, int* code) {
  auto bo_ptr = std::make_shared<BuildOptions>();
  BuildOptions& bo = *bo_ptr;
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

  auto po_ptr = std::make_shared<PathCommandOptions>();
  PathCommandOptions& po = *po_ptr;
  auto* path =
      app->add_subcommand("path", "The shortest connection between two actors");
  path->add_option("from", po.from, "Actor: id, name or surname")->required();
  path->add_option("to", po.to, "Actor: id, name or surname")->required();
  path->add_option("inputs", po.in.inputs, "Texts, folders, triples or graphs")
      ->required();
  AddGraphInputFlags(path, &po.in, true);
  path->add_flag("--all", po.all,
                 "Every shortest path (capped by --max-paths)");
  path->add_option("--max-paths", po.max_paths, "Cap for --all (default 100)");
  path->add_option("--max-hops", po.max_hops,
                   "Longest path to accept (default 0: any length)");
  path->add_flag("--weighted", po.weighted,
                 "Prefer well-evidenced links (Dijkstra)");
  path->callback([po_ptr, code] { *code = RunPath(*po_ptr); });

  auto no_ptr = std::make_shared<NeighborsCommandOptions>();
  NeighborsCommandOptions& no = *no_ptr;
  auto* neighbors =
      app->add_subcommand("neighbors", "The edges of one actor, with evidence");
  neighbors->add_option("name", no.name, "Actor: id, name or surname")
      ->required();
  neighbors
      ->add_option("inputs", no.in.inputs, "Texts, folders, triples or graphs")
      ->required();
  AddGraphInputFlags(neighbors, &no.in, true);
  neighbors
      ->add_option("--direction", no.direction,
                   "Edges where the actor is the object (in), the subject "
                   "(out) or either (both, the default)")
      ->check(CLI::IsMember({"in", "out", "both"}));
  neighbors->callback([no_ptr, code] { *code = RunNeighbors(*no_ptr); });

  auto so_ptr = std::make_shared<StatsCommandOptions>();
  StatsCommandOptions& so = *so_ptr;
  auto* stats =
      app->add_subcommand("stats", "Counts, components, dates and top actors");
  stats->add_option("inputs", so.in.inputs, "Texts, folders, triples or graphs")
      ->required();
  AddGraphInputFlags(stats, &so.in, true);
  stats->add_option("--top", so.top,
                    "How many top actors to list (default 10)");
  stats->callback([so_ptr, code] { *code = RunStats(*so_ptr); });

  auto ao_ptr = std::make_shared<ActorsCommandOptions>();
  ActorsCommandOptions& ao = *ao_ptr;
  auto* actors = app->add_subcommand(
      "actors", "List and search actors, with degree and the names seen");
  actors->add_option("inputs", ao.in.inputs, "Texts, folders, triples or graphs")
      ->required();
  actors->add_option("--match", ao.match,
                     "Only actors whose id or a name contains TEXT (case and "
                     "accents ignored)");
  actors->add_option("--type", ao.type,
                     "Only actors of this type: person, country, "
                     "organization, group, other");
  AddGraphInputFlags(actors, &ao.in, true);
  actors->callback([ao_ptr, code] { *code = RunActors(*ao_ptr); });
}

}  // namespace kg::cli
