// End-to-end rows for issue 14's formats and commands: output names that
// pick their format, --around for every format, kg actors, --relation,
// neighbors --direction, stats --directed, and the rough edges (command
// suggestions, --category 4, --max-hops 0, path --json without a path,
// whole-word names). Every input is written here.
#include <doctest/doctest.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <string>
#include <vector>

#include "tests/cli/kg_runner.h"
#include "tests/cli/scratch_files.h"
#include "tests/temp_dir.h"

namespace kg {
namespace {

namespace fs = std::filesystem;

using testing::Kg;
using Run = testing::KgRun;

// Ann Lee -meet (2019, symmetric)- Bob Ray -visit (2020-05)-> Cuba;
// Dan Fox -criticize (undated, 11)-> Eve Kim; Luiz Inácio Lula da Silva
// ("Lula" in the text) -sign agreement (2021, 05)-> Bob Ray.
struct CommandScratch {
  testing::TempDir temp{"kg_commands_test"};
  fs::path dir = temp.Path();
  std::string triples = (dir / "t.jsonl").string();
  CommandScratch() {
    std::ofstream out(triples);
    out << testing::AnnBobCubaTriples()
        << R"({"doc":"d.txt","subject":"Luiz Inácio Lula da Silva","subject_id":"lula","subject_text":"Lula","subject_type":"person","relation":"sign agreement","category":"05","object":"Bob Ray","object_id":"bob","object_type":"person","date":"2021","sentence":"Lula signed with Bob Ray.","span":[71,96],"confidence":0.8})"
        << "\n";
  }
  std::string Path(const std::string& name) const { return (dir / name).string(); }
};

size_t CountOf(const std::string& text, const std::string& part) {
  size_t n = 0;
  for (size_t at = text.find(part); at != std::string::npos; at = text.find(part, at + 1))
    ++n;
  return n;
}

// Only the files a test made itself, sorted: "t.jsonl|x.graphml|".
std::string Listing(const fs::path& dir) {
  std::string out;
  std::vector<std::string> names;
  for (const auto& e : fs::directory_iterator(dir)) names.push_back(e.path().filename());
  std::sort(names.begin(), names.end());
  for (const std::string& n : names) out += n + "|";
  return out;
}

TEST_CASE("kg build: the output name picks the format, compound suffixes first, any case") {
  CommandScratch s;
  struct Case {
    std::string args;   // after "build t.jsonl"
    std::string file;   // what is written
    std::string start;  // how it starts
  };
  const Case cases[] = {
      {"-o x.nodelink.json", "x.nodelink.json", R"({"directed":true,"multigraph":true,)"},
      {"-o x.node-link.json", "x.node-link.json", R"({"directed":true,"multigraph":true,)"},
      {"-o x.NodeLink.JSON", "x.NodeLink.JSON", R"({"directed":true,"multigraph":true,)"},
      {"-o x.cytoscape.json", "x.cytoscape.json", R"({"elements":{"nodes":[)"},
      {"-o x.CYJS", "x.CYJS", R"({"elements":{"nodes":[)"},
      {"-o x.json", "x.json", R"({"format": "kg-graph", "version": 1,)"},
      {"-o x.GRAPHML", "x.GRAPHML", "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<graphml "},
      {"-o x.Gexf", "x.Gexf",
       "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<gexf xmlns=\"http://gexf.net/1.3\""},
      {"-o x.gv", "x.gv", "digraph \"kg\" {\n"},
      {"-o x.DOT", "x.DOT", "digraph \"kg\" {\n"},
      {"--format GraphML -o y", "y", "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<graphml "},
      {"--format GEXF1.2 -o y.xml", "y.xml",
       "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<gexf "
       "xmlns=\"http://www.gexf.net/1.2draft\""},
      {"--format Node-Link -o y.json", "y.json", R"({"directed":true,"multigraph":true,)"},
  };
  for (const Case& c : cases) {
    CAPTURE(c.args);
    const std::string file = s.Path(c.file);
    std::string args = c.args;
    args.replace(args.rfind(' ') + 1, std::string::npos, file);
    const Run r = Kg("build " + s.triples + " " + args);
    CHECK(r.code == 0);
    CHECK(r.output == "kg build: 6 actors, 4 edges -> " + file + "\n");
    CHECK(testing::ReadBytes(file).rfind(c.start, 0) == 0);
    fs::remove(file);
  }
  // CSV in any case: the two Neo4j files next to the name.
  const Run csv = Kg("build " + s.triples + " -o " + s.Path("n.CSV"));
  CHECK(csv.code == 0);
  CHECK(csv.output == "kg build: 6 actors, 4 edges -> " + s.Path("n.nodes.csv") + ", " +
                          s.Path("n.edges.csv") + "\n");
  CHECK(testing::ReadBytes(s.Path("n.nodes.csv")).rfind("id:ID,name,", 0) == 0);
  CHECK(CountOf(testing::ReadBytes(s.Path("n.edges.csv")), "\n") == 5);  // header + 4
  CHECK(Listing(s.dir) == "n.edges.csv|n.nodes.csv|t.jsonl|");
}

TEST_CASE("kg build: a name without a format says so, --help lists csv") {
  CommandScratch s;
  const std::string known =
      "(known: json, graphml, gexf, gexf1.2, dot, node-link, cytoscape, csv, html)\n";
  const Run none = Kg("build " + s.triples + " -o " + s.Path("graph"));
  CHECK(none.code == 1);
  CHECK(none.output == "kg: " + s.Path("graph") +
                           ": no graph format in the name; add a suffix or --format " + known);
  const Run dotted = Kg("build " + s.triples + " -o " + s.Path("v1.2/graph"));
  CHECK(dotted.code == 1);  // the dot of a folder is not a suffix
  CHECK(dotted.output == "kg: " + s.Path("v1.2/graph") +
                             ": no graph format in the name; add a suffix or --format " +
                             known);
  const Run bad = Kg("build " + s.triples + " --format Pajek -o " + s.Path("g.net"));
  CHECK(bad.code == 1);
  CHECK(bad.output == "kg: " + s.Path("g.net") + ": unknown graph format \"pajek\" " + known);
  CHECK(Listing(s.dir) == "t.jsonl|");
  const Run help = Kg("build --help");
  CHECK(help.code == 0);
  CHECK(help.output.find("dot, node-link, cytoscape, csv, html (default: from the name") !=
        std::string::npos);
}

TEST_CASE("kg build --around: every format writes the neighbourhood, and the message counts it") {
  CommandScratch s;
  // Around Ann: depth 1 is Ann and Bob (the meet); depth 2 adds Cuba and
  // Lula (Bob's edges, either direction).
  struct Case {
    std::string file;
    std::string node_mark, edge_mark;  // one per written actor / edge
  };
  const Case cases[] = {
      {"a.json", "{\"id\":", "{\"source\":"},
      {"a.graphml", "<node id=", "<edge id="},
      {"a.gexf", "<node id=", "<edge id="},
      {"a.dot", "shape=", " -> "},
      // "links" and "edges" hold each edge: two marks an edge
      {"a.nodelink.json", "\"mentions\":", "\"rule\":"},
      {"a.cyjs", "\"kg_id\":", "\"interaction\":"},
  };
  for (const Case& c : cases) {
    CAPTURE(c.file);
    for (int depth : {1, 2}) {
      CAPTURE(depth);
      const std::string file = s.Path(c.file);
      const Run r = Kg("build " + s.triples + " --around \"ann lee\" --depth " +
                       std::to_string(depth) + " -o " + file);
      CHECK(r.code == 0);
      const std::string text = testing::ReadBytes(file);
      if (depth == 1) {
        CHECK(r.output == "kg build: 2 actors, 1 edges -> " + file + "\n");
        CHECK(CountOf(text, c.node_mark) == 2);
        CHECK(CountOf(text, c.edge_mark) == (c.file == "a.nodelink.json" ? 2 : 1));
      } else {
        CHECK(r.output == "kg build: 4 actors, 3 edges -> " + file + "\n");
        CHECK(CountOf(text, c.node_mark) == 4);
        CHECK(CountOf(text, c.edge_mark) == (c.file == "a.nodelink.json" ? 6 : 3));
      }
      CHECK(CountOf(text, "Eve Kim") == 0);
    }
  }
  // DOT still marks the centre.
  CHECK(testing::ReadBytes(s.Path("a.dot")).find("[label=\"Ann Lee\", shape=ellipse, penwidth=2];") !=
        std::string::npos);
  // CSV: both files hold the neighbourhood.
  const Run csv = Kg("build " + s.triples + " --around ann -o " + s.Path("a.csv"));
  CHECK(csv.code == 0);
  CHECK(csv.output == "kg build: 2 actors, 1 edges -> " + s.Path("a.nodes.csv") + ", " +
                          s.Path("a.edges.csv") + "\n");
  CHECK(CountOf(testing::ReadBytes(s.Path("a.nodes.csv")), "\n") == 3);
  CHECK(CountOf(testing::ReadBytes(s.Path("a.edges.csv")), "\n") == 2);
  // Depth 0: the actor alone.
  const Run alone = Kg("build " + s.triples + " --around cuba --depth 0 -o " + s.Path("c.graphml"));
  CHECK(alone.code == 0);
  CHECK(alone.output == "kg build: 1 actors, 0 edges -> " + s.Path("c.graphml") + "\n");
  // An unknown actor: one line, exit 1, nothing written.
  const Run unknown = Kg("build " + s.triples + " --around anne -o " + s.Path("u.graphml"));
  CHECK(unknown.code == 1);
  CHECK(unknown.output == "kg: no actor \"anne\"; close: Ann Lee\n");
  CHECK_FALSE(fs::exists(s.Path("u.graphml")));
}

TEST_CASE("kg actors: listed by degree with the names seen, --match, --type, --json") {
  CommandScratch s;
  const Run all = Kg("actors " + s.triples);
  CHECK(all.code == 0);
  CHECK(all.output ==
        "6 actors\n"
        "  3  Bob Ray [bob, person] names: Bob Ray\n"
        "  1  Ann Lee [ann, person] names: Ann Lee\n"
        "  1  Cuba [CUB, country] names: Cuba\n"
        "  1  Dan Fox [dan, person] names: Dan Fox\n"
        "  1  Eve Kim [eve, person] names: Eve Kim\n"
        "  1  Luiz Inácio Lula da Silva [lula, person] names: Luiz Inácio Lula da Silva; "
        "Lula\n");
  const Run match = Kg("actors --match INACIO " + s.triples);
  CHECK(match.code == 0);
  CHECK(match.output ==
        "1 actor\n"
        "  1  Luiz Inácio Lula da Silva [lula, person] names: Luiz Inácio Lula da Silva; "
        "Lula\n");
  const Run type = Kg("actors --type country --json " + s.triples);
  CHECK(type.code == 0);
  CHECK(type.output ==
        "{\n  \"actors\": [\n    {\n      \"id\": \"CUB\",\n      \"name\": \"Cuba\",\n"
        "      \"type\": \"country\",\n      \"code\": \"\",\n      \"degree\": 1,\n"
        "      \"mentions\": 1,\n      \"names\": [\n        \"Cuba\"\n      ]\n    }\n"
        "  ]\n}\n");
  const Run filtered = Kg("actors --category 4 --directed " + s.triples);
  CHECK(filtered.code == 0);
  CHECK(filtered.output.find("  1  Ann Lee") != std::string::npos);
  CHECK(filtered.output.find("  1  Bob Ray") != std::string::npos);  // out-degree, 04 only
  CHECK(filtered.output.find("  0  Cuba") != std::string::npos);
  const Run none = Kg("actors --match zzz " + s.triples);
  CHECK(none.code == 0);
  CHECK(none.output == "0 actors\n");
}

TEST_CASE("kg neighbors: --direction and --relation") {
  CommandScratch s;
  const Run in = Kg("neighbors bob --direction in " + s.triples);
  CHECK(in.code == 0);
  CHECK(in.output ==
        "Bob Ray: 2 edges\n"
        "  Ann Lee -meet (2019)-> Bob Ray\n"
        "       \"Ann Lee met Bob Ray.\"\n"
        "       d.txt:0\n"
        "  Luiz Inácio Lula da Silva -sign agreement (2021)-> Bob Ray\n"
        "       \"Lula signed with Bob Ray.\"\n"
        "       d.txt:71\n");
  const Run out = Kg("neighbors bob --direction out " + s.triples);
  CHECK(out.code == 0);
  CHECK(out.output ==
        "Bob Ray: 1 edge\n"
        "  Bob Ray -visit (2020-05)-> Cuba\n"
        "       \"Bob Ray visited Cuba.\"\n"
        "       d.txt:21\n");
  const Run both = Kg("neighbors bob --direction both " + s.triples);
  CHECK(both.output.rfind("Bob Ray: 3 edges\n", 0) == 0);
  const Run relation = Kg("neighbors bob --relation \"sign agreement,visit\" " + s.triples);
  CHECK(relation.code == 0);
  CHECK(relation.output.rfind("Bob Ray: 2 edges\n", 0) == 0);
  CHECK(relation.output.find("-meet") == std::string::npos);
  const Run bad = Kg("neighbors bob --direction up " + s.triples);
  CHECK(bad.code == 1);
  CHECK(bad.output == "kg: --direction: up not in {in,out,both} (see --help)\n");
}

TEST_CASE("kg stats: --directed counts strongly connected components and directed paths") {
  CommandScratch s;
  const Run r = Kg("stats --top 1 --directed " + s.triples);
  CHECK(r.code == 0);
  CHECK(r.output ==
        "actors 6, edges 4, strongly connected components 6 (largest 1)\n"
        "dates 2019-01-01 .. 2021-12-31, undated edges 1\n"
        "actors by type: 1 country, 5 person\n"
        "edges by category: 2 consult (04), 1 engage in diplomatic cooperation (05), 1 "
        "disapprove (11)\n"
        "top by degree:\n"
        "  3  Bob Ray\n"
        "top by betweenness (directed):\n"
        "  0.100  Bob Ray\n");
  const Run u = Kg("stats --top 1 " + s.triples);
  CHECK(u.output.rfind("actors 6, edges 4, components 2 (largest 4)\n", 0) == 0);
  CHECK(u.output.find("top by betweenness:\n  0.300  Bob Ray\n") != std::string::npos);
}

TEST_CASE("kg: rough edges - suggestions, --category 4, --max-hops 0, path --json, names") {
  CommandScratch s;
  const std::string commands = " (commands: extract, rules, build, path, neighbors, stats, actors)\n";
  struct Case {
    std::string args;
    int code;
    std::string output;
  };
  const Case cases[] = {
      {"extrat " + s.triples, 1, "kg: unknown command \"extrat\"; did you mean \"extract\"?" + commands},
      {"Build " + s.triples, 1, "kg: unknown command \"Build\"; did you mean \"build\"?" + commands},
      {"stat " + s.triples, 1, "kg: unknown command \"stat\"; did you mean \"stats\"?" + commands},
      {"frobnicate", 1, "kg: unknown command \"frobnicate\"" + commands},
      {"path ann cuba --category 21 " + s.triples, 1,
       "kg: --category: \"21\" is not a CAMEO root code 01-20\n"},
      {"path ann cuba --category 0 " + s.triples, 1,
       "kg: --category: \"0\" is not a CAMEO root code 01-20\n"},
      {"path ann cuba --category x " + s.triples, 1,
       "kg: --category: \"x\" is not a CAMEO root code 01-20\n"},
      {"path ann eve --json " + s.triples, 1,
       "{\n  \"paths\": [],\n  \"truncated\": false\n}\n"
       "kg: no path from Ann Lee to Eve Kim\n"},
      {"path ann eve " + s.triples, 1, "kg: no path from Ann Lee to Eve Kim\n"},
      {"path ann cuba --relation meet " + s.triples, 1,
       "kg: no path from Ann Lee to Cuba (with the filters)\n"},
  };
  for (const Case& c : cases) {
    CAPTURE(c.args);
    const Run r = Kg(c.args);
    CHECK(r.code == c.code);
    CHECK(r.output == c.output);
  }
  const std::string path =
      "  1. Ann Lee -meet (2019)-> Bob Ray\n"
      "       \"Ann Lee met Bob Ray.\"\n"
      "       d.txt:0\n"
      "  2. Bob Ray -visit (2020-05)-> Cuba\n"
      "       \"Bob Ray visited Cuba.\"\n"
      "       d.txt:21\n";
  for (const char* flags : {"", "--category 4", "--category 04", "--category 4,11",
                            "--max-hops 0", "--relation meet,visit"}) {
    CAPTURE(flags);
    const Run r = Kg("path ann cuba " + std::string(flags) + " " + s.triples);
    CHECK(r.code == 0);
    CHECK(r.output == path);
  }
  for (const char* name : {"Lula", "\"Lula da Silva\"", "\"luiz inacio\""}) {
    CAPTURE(name);
    const Run r = Kg("path " + std::string(name) + " bob " + s.triples);
    CHECK(r.code == 0);
    CHECK(r.output ==
          "  1. Luiz Inácio Lula da Silva -sign agreement (2021)-> Bob Ray\n"
          "       \"Lula signed with Bob Ray.\"\n"
          "       d.txt:71\n");
  }
}

}  // namespace
}  // namespace kg
