// End-to-end: the kg binary on small inputs made here, exact output and
// exit codes.
#include <doctest/doctest.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <string>

#include "tests/cli/kg_runner.h"
#include "tests/cli/scratch_files.h"
#include "tests/temp_dir.h"

namespace kg {
namespace {

namespace fs = std::filesystem;

using testing::Kg;
using Run = testing::KgRun;

// A scratch folder with a triples file:
//   Ann -meet (2019)-> Bob -visit (2020-05)-> Cuba      Dan (alone with Eve)
struct Scratch {
  // Each test its own folder: CTest runs them in parallel.
  testing::TempDir temp{"kg_cli_test"};
  fs::path dir = temp.Path();
  std::string triples;
  Scratch() {
    triples = (dir / "t.jsonl").string();
    std::ofstream out(triples);
    out << testing::AnnBobCubaTriples();
  }
};

TEST_CASE(
    "kg path: hops with evidence, from triples and from a saved graph alike") {
  Scratch s;
  const std::string expected =
      "  1. Ann Lee -meet (2019)-> Bob Ray\n"
      "       \"Ann Lee met Bob Ray.\"\n"
      "       d.txt:0\n"
      "  2. Bob Ray -visit (2020-05)-> Cuba\n"
      "       \"Bob Ray visited Cuba.\"\n"
      "       d.txt:21\n";
  Run r = Kg("path ann cuba " + s.triples);
  CHECK(r.code == 0);
  CHECK(r.output == expected);

  std::string graph = (s.dir / "g.json").string();
  Run b = Kg("build " + s.triples + " -o " + graph);
  CHECK(b.code == 0);
  CHECK(b.output == "kg build: 5 actors, 3 edges -> " + graph + "\n");
  Run again = Kg("path \"ANN LEE\" Cuba " + graph);
  CHECK(again.code == 0);
  CHECK(again.output == expected);
}

TEST_CASE("kg path: errors are one line and exit code 1") {
  Scratch s;
  struct Case {
    std::string args;
    std::string output;
  };
  const Case cases[] = {
      {"path ann eve " + s.triples, "kg: no path from Ann Lee to Eve Kim\n"},
      {"path ann cuba --since 2021 " + s.triples,
       "kg: no path from Ann Lee to Cuba (with the filters)\n"},
      {"path ann cuba --max-hops 1 " + s.triples,
       "kg: no path from Ann Lee to Cuba within 1 hop\n"},
      {"path anne cuba " + s.triples,
       "kg: no actor \"anne\"; close: Ann Lee\n"},
      {"path ann cuba --since 20x9 " + s.triples,
       "kg: --since: bad date \"20x9\" (want YYYY[-MM[-DD]])\n"},
      {"path ann cuba --category 21 " + s.triples,
       "kg: --category: \"21\" is not a CAMEO root code 01-20\n"},
      {"path ann cuba " + (s.dir / "missing.txt").string(),
       "kg: " + (s.dir / "missing.txt").string() +
           ": no such file or directory\n"},
  };
  for (const Case& c : cases) {
    CAPTURE(c.args);
    Run r = Kg(c.args);
    CHECK(r.code == 1);
    CHECK(r.output == c.output);
  }
}

TEST_CASE("kg neighbors and kg stats") {
  Scratch s;
  Run n = Kg("neighbors bob --category 04 " + s.triples);
  CHECK(n.code == 0);
  CHECK(n.output ==
        "Bob Ray: 2 edges\n"
        "  Ann Lee -meet (2019)-> Bob Ray\n"
        "       \"Ann Lee met Bob Ray.\"\n"
        "       d.txt:0\n"
        "  Bob Ray -visit (2020-05)-> Cuba\n"
        "       \"Bob Ray visited Cuba.\"\n"
        "       d.txt:21\n");
  Run st = Kg("stats --top 1 " + s.triples);
  CHECK(st.code == 0);
  CHECK(st.output ==
        "actors 5, edges 3, components 2 (largest 3)\n"
        "dates 2019-01-01 .. 2020-05-31, undated edges 1\n"
        "actors by type: 1 country, 4 person\n"
        "edges by category: 2 consult (04), 1 disapprove (11)\n"
        "top by degree:\n"
        "  2  Bob Ray\n"
        "top by betweenness:\n"
        "  0.167  Bob Ray\n");
}

TEST_CASE(
    "kg build: an unknown format or an unwritable folder writes nothing") {
  Scratch s;
  Run f = Kg("build " + s.triples + " -o " + (s.dir / "g.xyz").string());
  CHECK(f.code == 1);
  CHECK(f.output == "kg: " + (s.dir / "g.xyz").string() +
                        ": unknown graph format \"xyz\" (known: json, graphml, "
                        "gexf, gexf1.2, "
                        "dot, node-link, cytoscape, csv, html)\n");
  std::string missing = (s.dir / "no" / "g.json").string();
  Run m = Kg("build " + s.triples + " -o " + missing);
  CHECK(m.code == 1);
  CHECK(m.output == "kg: " + missing + ": No such file or directory\n");
  CHECK(!fs::exists(s.dir / "g.xyz"));
}

TEST_CASE("kg extract: the same output for any number of threads") {
  Scratch s;
  const char* names[] = {"China", "Russia", "France", "Japan",
                         "India", "Brazil", "Egypt",  "Kenya"};
  std::ofstream feed(s.dir / "feed.jsonl");
  for (int d = 0; d < 24; ++d) {
    const std::string a = names[d % 8], b = names[(d + 3) % 8];
    const std::string day =
        std::to_string(1 + d) + " May " + std::to_string(2000 + d);
    feed << "{\"id\": \"doc" << d << "\", \"text\": \"" << a << " met " << b
         << " in Geneva on " << day << ". " << b << " criticized " << a
         << " over trade on " << day << ".\"}\n";
  }
  feed.close();
  testing::TempDir texts("kg_cli_test_texts");
  texts.Write("b.txt",
              "Japan and India signed a trade agreement on 2 June 2015.");
  texts.Write("a/c.txt", "Egypt hosted Kenya on 9 July 2011.");
  const std::string inputs =
      (s.dir / "feed.jsonl").string() + " " + texts.Path();

  const Run one = Kg("extract --threads 1 " + inputs);
  CHECK(one.code == 0);
  // Every document gives triples: 24 and 2 documents' lines, in order.
  CHECK(one.output.starts_with("{\"doc\":\"doc0\""));
  CHECK(one.output.find("\"doc\":\"doc23\"") <
        one.output.find("\"doc\":\"c.txt\""));
  CHECK(one.output.find("\"doc\":\"c.txt\"") <
        one.output.find("\"doc\":\"b.txt\""));
  CHECK(std::count(one.output.begin(), one.output.end(), '\n') >= 26);
  for (const std::string threads : {"--threads 4", "-j 2", "--threads 0"}) {
    CAPTURE(threads);
    const Run many = Kg("extract " + threads + " " + inputs);
    CHECK(many.code == 0);
    CHECK(many.output == one.output);
  }

  const Run negative = Kg("extract --threads -1 " + inputs);
  CHECK(negative.code != 0);
  CHECK(negative.output.find("--threads") != std::string::npos);
  CHECK(negative.output.find("\"doc\"") == std::string::npos);
}

// Bytes of a file ("" if missing).
std::string ReadFile(const fs::path& path) {
  std::ifstream in(path, std::ios::binary);
  return std::string(std::istreambuf_iterator<char>(in), {});
}

TEST_CASE("kg: two runs give byte-identical output in every format") {
  const std::string article =
      std::string(KG_SOURCE_DIR) + "/examples/xi-foreign-policy.txt";
  const char* formats[][2] = {
      {"json", "g.json"},
      {"graphml", "g.graphml"},
      {"gexf", "g.gexf"},
      {"gexf1.2", "g12.gexf"},
      {"dot", "g.dot"},
      {"node-link", "g.nodelink.json"},
      {"cytoscape", "g.cyjs.json"},
      {"csv", "g.csv"},
  };
  testing::TempDir runs[2] = {testing::TempDir("kg_cli_test_a"),
                              testing::TempDir("kg_cli_test_b")};
  for (int i = 0; i < 2; ++i) {
    const std::string dir = runs[i].Path() + "/";
    // The second run on two threads: neither the run nor N may show.
    const Run e = Kg("extract -j " + std::to_string(i + 1) + " " + article +
                     " -o " + dir + "t.jsonl");
    REQUIRE(e.code == 0);
    for (const auto& [format, file] : formats) {
      const Run b = Kg("build " + dir + "t.jsonl --format " + format + " -o " +
                       dir + file);
      CHECK(b.code == 0);
    }
    CHECK(Kg("build " + dir + "t.jsonl --multi --format dot -o " + dir +
             "multi.dot")
              .code == 0);
  }
  size_t files = 0;
  for (const auto& entry : fs::directory_iterator(runs[0].Path())) {
    const std::string name = entry.path().filename().string();
    CAPTURE(name);
    const std::string a = ReadFile(entry.path());
    CHECK(a.size() > 100);
    CHECK(a == ReadFile(fs::path(runs[1].Path()) / name));
    ++files;
  }
  CHECK(files == 11);  // t.jsonl, 7 graph files, 2 CSV files, multi.dot
}

}  // namespace
}  // namespace kg
