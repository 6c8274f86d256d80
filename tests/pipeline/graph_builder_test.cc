#include "pipeline/graph_builder.h"

#include <doctest/doctest.h>

#include <memory>
#include <sstream>
#include <string>
#include <vector>

#include "extract/extractor.h"
#include "graph/graph_file.h"
#include "pipeline/pack_loader.h"
#include "tests/temp_dir.h"

namespace kg::pipeline {
namespace {

using graph::KnowledgeGraph;

constexpr const char kBuilderText[] =
    "Kenyan President William Ruto met Chinese leader Xi Jinping in "
    "Beijing in April 2024.\n";

std::string BuilderGraphFile(const KnowledgeGraph& g) {
  std::ostringstream out;
  graph::WriteGraphFile(g, out);
  return out.str();
}

// "source -relation-> target" for every edge, in edge order.
std::vector<std::string> BuilderEdges(const KnowledgeGraph& g) {
  std::vector<std::string> out;
  for (size_t e = 0; e < g.edge_count(); ++e) {
    const graph::EdgeRef r = g.edge_ref(e);
    out.push_back(g.actor(r.source).id + " -" + g.edge(e).relation + "-> " +
                  g.actor(r.target).id);
  }
  return out;
}

TEST_CASE("BuildGraph: the events, then the affiliations unless left out") {
  testing::TempDir dir("kg_graph_builder");
  const std::string text = dir.Write("ruto.txt", kBuilderText);
  KnowledgeGraph with;
  Status s = BuildGraph({text}, BuildOptions{}, &with);
  REQUIRE_MESSAGE(s.ok(), s.ToString());
  CHECK(BuilderEdges(with) == std::vector<std::string>{
                                  "william-ruto -meet-> xi-jinping",
                                  "william-ruto -affiliated with-> KEN",
                                  "xi-jinping -affiliated with-> CHN"});
  CHECK(with.affiliation_count() == 2);

  BuildOptions none;
  none.affiliations = false;
  KnowledgeGraph without;
  REQUIRE(BuildGraph({text}, none, &without).ok());
  CHECK(BuilderEdges(without) ==
        std::vector<std::string>{"william-ruto -meet-> xi-jinping"});

  // A saved graph's affiliations go too without them, and are not doubled
  // with them.
  std::ostringstream saved;
  graph::WriteGraphFile(with, saved);
  const std::string file = dir.Write("g.json", saved.str());
  KnowledgeGraph reloaded;
  REQUIRE(BuildGraph({file}, none, &reloaded).ok());
  CHECK(BuilderGraphFile(reloaded) == BuilderGraphFile(without));
  KnowledgeGraph again;
  REQUIRE(BuildGraph({file}, BuildOptions{}, &again).ok());
  CHECK(BuilderGraphFile(again) == BuilderGraphFile(with));
}

TEST_CASE("BuildGraph: a compiled extractor gives the same graph") {
  testing::TempDir dir("kg_graph_builder");
  const std::string text = dir.Write("ruto.txt", kBuilderText);
  Result<extract::RulePack> pack = LoadPack("");
  REQUIRE(pack.ok());
  auto extractor = extract::Extractor::Create(*pack);
  REQUIRE(extractor.ok());
  BuildOptions compiled;
  compiled.load.pack = &*pack;
  compiled.load.compiled_extractor = extractor->get();
  compiled.load.threads = 2;
  KnowledgeGraph a, b;
  REQUIRE(BuildGraph({text}, compiled, &a).ok());
  REQUIRE(BuildGraph({text}, BuildOptions{}, &b).ok());
  CHECK(a.edge_count() == 3);
  CHECK(BuilderGraphFile(a) == BuilderGraphFile(b));
}

TEST_CASE("BuildGraph: the pack is needed for affiliations whatever the inputs") {
  testing::TempDir dir("kg_graph_builder");
  const std::string text = dir.Write("ruto.txt", kBuilderText);
  KnowledgeGraph g;
  REQUIRE(BuildGraph({text}, BuildOptions{}, &g).ok());
  std::ostringstream saved;
  graph::WriteGraphFile(g, saved);
  const std::string file = dir.Write("g.json", saved.str());
  BuildOptions bad;
  bad.load.rules = dir.Path("nope.json");
  KnowledgeGraph out;
  CHECK(BuildGraph({file}, bad, &out).ToString() ==
        dir.Path("nope.json") + ": no such rule pack file or built-in pack");
  bad.affiliations = false;  // a graph file needs no pack then
  KnowledgeGraph loaded;
  CHECK(BuildGraph({file}, bad, &loaded).ok());
  CHECK(loaded.edge_count() == 1);
  CHECK(BuildGraph({dir.Path("missing.txt")}, BuildOptions{}, &out).ToString() ==
        dir.Path("missing.txt") + ": no such file or directory");
}

}  // namespace
}  // namespace kg::pipeline
