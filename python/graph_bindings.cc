#include "python/graph_bindings.h"

#include <pybind11/stl.h>

#include <memory>
#include <sstream>
#include <string>
#include <tuple>
#include <utility>
#include <vector>

#include "base/output_files.h"
#include "export/graph_format.h"
#include "graph/actor_list.h"
#include "graph/edge_filter_args.h"
#include "graph/graph_file.h"
#include "graph/graph_stats.h"
#include "graph/knowledge_graph.h"
#include "graph/name_resolver.h"
#include "graph/path_finder.h"
#include "graph/report.h"
#include "pipeline/affiliations.h"
#include "pipeline/graph_builder.h"
#include "pipeline/triples_reader.h"
#include "python/kg_warnings.h"
#include "python/pack_cache.h"
#include "python/status_error.h"

namespace py = pybind11;

namespace kg::python {
namespace {

using graph::KnowledgeGraph;

// The filters as kg.Graph passes them: (since, until, undated, categories,
// quads, relations), each list already split into items.
using FilterTuple =
    std::tuple<std::string, std::string, bool, std::vector<std::string>,
               std::vector<std::string>, std::vector<std::string>>;

// Python's keyword names in the errors: "categories: \"99\" is not ...".
constexpr graph::EdgeFilterArgNames kPythonFilterNames{"since", "until",
                                                       "categories", "quads"};

graph::EdgeFilter FilterOfTuple(const FilterTuple& t) {
  graph::EdgeFilterArgs args;
  std::tie(args.since, args.until, args.undated, args.categories, args.quads,
           args.relations) = t;
  Result<graph::EdgeFilter> f = graph::ParseEdgeFilter(args, kPythonFilterNames);
  return Unwrap(f);
}

std::unique_ptr<KnowledgeGraph> Build(const std::vector<std::string>& inputs,
                                      const std::string& rules, unsigned threads,
                                      bool affiliations, bool include_flagged) {
  auto g = std::make_unique<KnowledgeGraph>();
  WarningList warnings;
  Status s;
  {
    py::gil_scoped_release release;
    s = [&]() -> Status {
      pipeline::BuildOptions bo;
      bo.affiliations = affiliations;
      bo.load.rules = rules;
      bo.load.threads = threads;
      bo.load.extractor.include_flagged = include_flagged;
      bo.load.reporter = warnings.Reporter();
      if (affiliations) {
        // kg build loads the pack whatever the inputs; so does this, from
        // the cache.
        Result<const CompiledPack*> pack = CachedPack(rules, include_flagged);
        if (!pack.ok()) return pack.status();
        bo.load.pack = &(*pack)->pack;
        bo.load.compiled_extractor = (*pack)->extractor.get();
      }
      return pipeline::BuildGraph(inputs, bo, g.get());
    }();
  }
  warnings.Emit();
  ThrowIfError(s);
  return g;
}

// JSON Lines of triples (kg.Graph.from_triples serializes its dicts),
// errors naming `where` and the 1-based line.
std::unique_ptr<KnowledgeGraph> FromTriplesText(const std::string& text,
                                                const std::string& where,
                                                const std::string& rules,
                                                bool affiliations,
                                                bool include_flagged) {
  auto g = std::make_unique<KnowledgeGraph>();
  Status s;
  {
    py::gil_scoped_release release;
    s = [&]() -> Status {
      std::istringstream in(text);
      pipeline::TripleReadOptions options;
      options.keep_flagged = include_flagged;
      options.threads = 1;
      if (Status l = pipeline::LoadTripleStream(in, where, options, g.get());
          !l.ok())
        return l;
      if (!affiliations) return Status::Ok();
      // Only the gazetteer is needed: any extractor of the pack has it.
      Result<const CompiledPack*> pack = CachedPack(rules, false);
      if (!pack.ok()) return pack.status();
      pipeline::AddAffiliations((*pack)->extractor->gazetteer(), g.get());
      return Status::Ok();
    }();
  }
  ThrowIfError(s);
  return g;
}

// kg's graph file text (kg.Graph.from_networkx writes one).
std::unique_ptr<KnowledgeGraph> FromGraphText(const std::string& text,
                                              const std::string& where) {
  auto g = std::make_unique<KnowledgeGraph>();
  Status s;
  {
    py::gil_scoped_release release;
    s = graph::ReadGraphFile(text, where, g.get());
  }
  ThrowIfError(s);
  return g;
}

// Writes `g` to `path` as `format` ("" : from the name), whole or not at
// all; returns the html size warning or "".
std::string Save(const KnowledgeGraph& g, const std::string& path,
                 const std::string& format, const std::string& gexf_version,
                 bool multi) {
  Result<std::string> chosen = exporter::ChooseGraphFormat(path, format, "format=");
  ThrowIfError(chosen.status());
  if (gexf_version != "1.3" && gexf_version != "1.2")
    ThrowIfError(Status::InvalidArgument(
        "gexf_version", "\"" + gexf_version + "\" is not 1.3 or 1.2"));
  exporter::GraphFormatOptions fo;
  fo.gexf_version = gexf_version;
  fo.multi = multi;
  std::string warning;
  Status s;
  {
    py::gil_scoped_release release;
    s = WriteOutputs(exporter::GraphFormatFiles(path, *chosen), {},
                     [&](std::span<std::ostream* const> out) {
                       return exporter::WriteGraphFormat(g, *chosen, fo, out,
                                                         &warning);
                     });
  }
  ThrowIfError(s);
  return warning.empty() ? "" : path + ": " + warning;
}

std::string GraphText(const KnowledgeGraph& g) {
  py::gil_scoped_release release;
  std::ostringstream out;
  graph::WriteGraphFile(g, out);
  return std::move(out).str();
}

size_t Resolve(const KnowledgeGraph& g, const std::string& name) {
  Result<size_t> v = graph::ResolveActor(g, name);
  return Unwrap(v);
}

std::string PathsJson(const KnowledgeGraph& g, const std::string& from,
                      const std::string& to, bool directed, bool weighted,
                      bool all, size_t max_hops, size_t max_paths,
                      const FilterTuple& filters) {
  graph::PathOptions po;
  po.filter = FilterOfTuple(filters);
  po.directed = directed;
  po.weighted = weighted;
  po.all = all;
  po.max_hops = max_hops;
  po.max_paths = max_paths;
  py::gil_scoped_release release;
  const size_t a = Resolve(g, from);
  const size_t b = Resolve(g, to);
  Result<graph::PathResult> paths = graph::FindPaths(g, a, b, po);
  // No path is an answer, not an error: what `kg path --json` prints then.
  if (!paths.ok() && paths.status().code() == StatusCode::kNotFound)
    return graph::PathsJson(g, graph::PathResult{}, -1);
  return graph::PathsJson(g, Unwrap(paths), -1);
}

std::string NeighborsJson(const KnowledgeGraph& g, const std::string& name,
                          const std::string& direction, bool directed,
                          const FilterTuple& filters) {
  const graph::EdgeFilter filter = FilterOfTuple(filters);
  using graph::Direction;
  Direction d;
  if (direction == "in")
    d = Direction::kIn;
  else if (direction == "out")
    d = Direction::kOut;
  else if (direction == "both")
    d = Direction::kBoth;
  else if (direction.empty())
    d = directed ? Direction::kOut : Direction::kBoth;
  else
    throw KgException(Status::InvalidArgument(
        "direction", "\"" + direction + "\" is not in, out or both"));
  py::gil_scoped_release release;
  const size_t v = Resolve(g, name);
  return graph::NeighborsJson(g, v, graph::Neighbors(g, v, filter, d), -1);
}

std::string StatsJson(const KnowledgeGraph& g, size_t top, bool directed,
                      const FilterTuple& filters) {
  const graph::EdgeFilter filter = FilterOfTuple(filters);
  py::gil_scoped_release release;
  return graph::StatsJson(graph::ComputeStats(g, filter, top, directed), -1);
}

std::string ActorsJson(const KnowledgeGraph& g, const std::string& match,
                       const std::string& type, bool directed,
                       const FilterTuple& filters) {
  graph::ActorQuery q;
  q.match = match;
  q.type = type;
  q.filter = FilterOfTuple(filters);
  q.out_only = directed;
  py::gil_scoped_release release;
  return graph::ActorsJson(g, graph::ListActors(g, q), -1);
}

}  // namespace

void BindGraph(py::module_& m) {
  py::class_<KnowledgeGraph>(m, "Graph",
                             "kg's multigraph (C++); use kg.Graph instead.")
      .def(py::init<>())
      .def_static("build", &Build, py::arg("inputs"), py::arg("rules"),
                  py::arg("threads"), py::arg("affiliations"),
                  py::arg("include_flagged"))
      .def_static("from_triples_text", &FromTriplesText, py::arg("text"),
                  py::arg("where"), py::arg("rules"), py::arg("affiliations"),
                  py::arg("include_flagged"))
      .def_static("from_graph_text", &FromGraphText, py::arg("text"),
                  py::arg("where"))
      .def_property_readonly("actor_count", &KnowledgeGraph::actor_count)
      .def_property_readonly("edge_count", &KnowledgeGraph::edge_count)
      .def_property_readonly("affiliation_count",
                             &KnowledgeGraph::affiliation_count)
      .def("save", &Save, py::arg("path"), py::arg("format"),
           py::arg("gexf_version"), py::arg("multi"))
      .def("graph_text", &GraphText)
      .def("paths_json", &PathsJson, py::arg("from_"), py::arg("to"),
           py::arg("directed"), py::arg("weighted"), py::arg("all"),
           py::arg("max_hops"), py::arg("max_paths"), py::arg("filters"))
      .def("neighbors_json", &NeighborsJson, py::arg("name"),
           py::arg("direction"), py::arg("directed"), py::arg("filters"))
      .def("stats_json", &StatsJson, py::arg("top"), py::arg("directed"),
           py::arg("filters"))
      .def("actors_json", &ActorsJson, py::arg("match"), py::arg("type"),
           py::arg("directed"), py::arg("filters"));
}

}  // namespace kg::python
