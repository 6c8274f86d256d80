#include "cli/query_commands.h"

#include <iostream>
#include <memory>
#include <string>

#include "cli/cli_util.h"
#include "cli/graph_input.h"
#include "graph/actor_list.h"
#include "graph/graph_stats.h"
#include "graph/name_resolver.h"
#include "graph/path_finder.h"
#include "graph/report.h"

namespace kg::cli {
namespace {

struct PathCommandOptions {
  GraphInputOptions in;
  std::string from, to;
  bool all = false;
  bool weighted = false;
  size_t max_hops = 0;
  size_t max_paths = 100;
};

int RunPath(PathCommandOptions o) {
  auto filter = FilterOf(o.in);
  if (!filter.ok()) return Fail(filter.status());
  graph::KnowledgeGraph g;
  if (Status s = LoadInputs(o.in, &g); !s.ok()) return Fail(s);
  auto from = graph::ResolveActor(g, o.from);
  if (!from.ok()) return Fail(from.status());
  auto to = graph::ResolveActor(g, o.to);
  if (!to.ok()) return Fail(to.status());
  graph::PathOptions po;
  po.filter = *filter;
  po.directed = o.in.directed;
  po.weighted = o.weighted;
  po.all = o.all;
  po.max_hops = o.max_hops;
  po.max_paths = o.max_paths;
  auto paths = graph::FindPaths(g, *from, *to, po);
  if (!paths.ok()) {
    // A program reading --json gets an empty result to parse; the reason
    // still goes to stderr and the exit code is still 1.
    if (o.in.json && paths.status().code() == StatusCode::kNotFound)
      std::cout << graph::PathsJson(g, graph::PathResult{}, 2) << std::endl;
    return Fail(paths.status());
  }
  if (o.in.json)
    std::cout << graph::PathsJson(g, *paths, 2) << "\n";
  else
    graph::WritePathsText(g, *paths, std::cout);
  return 0;
}

struct NeighborsCommandOptions {
  GraphInputOptions in;
  std::string name;
  std::string direction;  // "in", "out", "both"; "" - --directed decides
};

int RunNeighbors(const NeighborsCommandOptions& o) {
  auto filter = FilterOf(o.in);
  if (!filter.ok()) return Fail(filter.status());
  graph::KnowledgeGraph g;
  if (Status s = LoadInputs(o.in, &g); !s.ok()) return Fail(s);
  auto v = graph::ResolveActor(g, o.name);
  if (!v.ok()) return Fail(v.status());
  using graph::Direction;
  const Direction direction = o.direction == "in"    ? Direction::kIn
                              : o.direction == "out" ? Direction::kOut
                              : o.direction == "both" ? Direction::kBoth
                              : o.in.directed         ? Direction::kOut
                                                      : Direction::kBoth;
  auto edges = graph::Neighbors(g, *v, *filter, direction);
  if (o.in.json)
    std::cout << graph::NeighborsJson(g, *v, edges, 2) << "\n";
  else
    graph::WriteNeighborsText(g, *v, edges, std::cout);
  return 0;
}

struct StatsCommandOptions {
  GraphInputOptions in;
  size_t top = 10;
};

int RunStats(const StatsCommandOptions& o) {
  auto filter = FilterOf(o.in);
  if (!filter.ok()) return Fail(filter.status());
  graph::KnowledgeGraph g;
  if (Status s = LoadInputs(o.in, &g); !s.ok()) return Fail(s);
  graph::GraphStats stats =
      graph::ComputeStats(g, *filter, o.top, o.in.directed);
  if (o.in.json)
    std::cout << graph::StatsJson(stats, 2) << "\n";
  else
    graph::WriteStatsText(stats, std::cout);
  return 0;
}

struct ActorsCommandOptions {
  GraphInputOptions in;
  std::string match;
  std::string type;
};

int RunActors(const ActorsCommandOptions& o) {
  auto filter = FilterOf(o.in);
  if (!filter.ok()) return Fail(filter.status());
  graph::KnowledgeGraph g;
  if (Status s = LoadInputs(o.in, &g); !s.ok()) return Fail(s);
  graph::ActorQuery q;
  q.match = o.match;
  q.type = o.type;
  q.filter = *filter;
  q.out_only = o.in.directed;
  const auto actors = graph::ListActors(g, q);
  if (o.in.json)
    std::cout << graph::ActorsJson(g, actors, 2) << "\n";
  else
    graph::WriteActorsText(g, actors, std::cout);
  return 0;
}

}  // namespace

void AddQueryCommands(CLI::App* app, int* code) {
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
