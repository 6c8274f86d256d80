#include "pipeline/graph_loader.h"

#include <doctest/doctest.h>
#include <sys/stat.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <random>
#include <sstream>
#include <string>
#include <string_view>
#include <thread>
#include <vector>

#include "base/triple_json.h"
#include "graph/graph_file.h"
#include "extract/document_reader.h"
#include "extract/extractor.h"
#include "pipeline/pack_loader.h"
#include "pipeline/parallel_extractor.h"
#include "pipeline/triples_reader.h"
#include "tests/temp_dir.h"

namespace kg::pipeline {

using graph::KnowledgeGraph;
namespace {

namespace fs = std::filesystem;

// A fresh folder for each test.
class TempDir : public testing::TempDir {
 public:
  TempDir() : testing::TempDir("kg_pipeline_graph_loader_test") {}
};

kg::Triple MakeTriple(const std::string& subject_id,
                      const std::string& relation, const std::string& object_id,
                      const char* date) {
  kg::Triple t;
  t.doc = "news.txt";
  t.subject = subject_id + " name";
  t.subject_id = subject_id;
  t.subject_type = "person";
  t.object = object_id + " name";
  t.object_id = object_id;
  t.object_type = "person";
  t.relation = relation;
  t.category = "04";
  t.quad_class = 1;
  if (date != nullptr) t.date = date;
  t.date_source = DateSource::kSentence;
  t.sentence = subject_id + " " + relation + " " + object_id + ".";
  t.rule = relation;
  t.confidence = 0.8;
  return t;
}

// "subject -relation date-> object" of every edge, one a line.
std::string Edges(const KnowledgeGraph& g) {
  std::string out;
  for (size_t e = 0; e < g.edge_count(); ++e) {
    const graph::EdgeRef r = g.edge_ref(e);
    out += g.actor(r.source).id + " -" + g.edge(e).relation + " " +
           g.edge(e).date + "-> " + g.actor(r.target).id + "\n";
  }
  return out;
}

std::string Actors(const KnowledgeGraph& g) {
  std::string out;
  for (size_t v = 0; v < g.actor_count(); ++v) {
    out += g.actor(v).id + " x" + std::to_string(g.actor(v).mentions) + "\n";
  }
  return out;
}

// Two lines of `kg extract` output about three people, then a blank line:
//
//   merkel ──meet 2015──▶ macron ──call 2016-02──▶ xi
constexpr std::string_view kMerkelMacronXi =
    R"({"doc":"a.txt","subject":"Angela Merkel","relation":"meet","category":"04","object":"Emmanuel Macron","date":"2015","subject_id":"merkel","object_id":"macron","subject_type":"person","object_type":"person","quad_class":1,"symmetric":true,"date_source":"sentence","negated":false,"hypothetical":false,"section":"","sentence":"Merkel met Macron in 2015.","span":[0,26],"rule":"meet","confidence":0.8})"
    "\n"
    R"({"doc":"a.txt","subject":"Emmanuel Macron","relation":"call","category":"04","object":"Xi Jinping","date":"2016-02","subject_id":"macron","object_id":"xi","quad_class":1,"confidence":0.5})"
    "\r\n\n";

TEST_CASE("LoadTriples: adds each line's triple, merging actors by id") {
  KnowledgeGraph g;
  const Status s = LoadTriples(kMerkelMacronXi, "t.jsonl", &g);
  REQUIRE_MESSAGE(s.ok(), s.ToString());
  CHECK(Edges(g) ==
        "merkel -meet 2015-> macron\n"
        "macron -call 2016-02-> xi\n");
  CHECK(Actors(g) == "merkel x1\nmacron x2\nxi x1\n");
  CHECK(g.actor(1).name == "Emmanuel Macron");
  CHECK(g.actor(1).first_date == "2015");
  CHECK(g.actor(1).last_date == "2016-02");
  CHECK(g.edge(0).symmetric);
  CHECK(g.edge(0).sentence == "Merkel met Macron in 2015.");
  CHECK(g.edge(0).span_end == 26);
  CHECK(g.edge(1).confidence == 0.5);
}

TEST_CASE("LoadTriples: leaves negated and hypothetical triples out") {
  kg::Triple negated = MakeTriple("a", "meet", "b", "2015");
  negated.negated = true;
  kg::Triple hypothetical = MakeTriple("a", "visit", "c", nullptr);
  hypothetical.hypothetical = true;
  const std::string text = ToJsonLine(negated) + "\n" +
                           ToJsonLine(MakeTriple("a", "praise", "b", "2016")) +
                           "\n" + ToJsonLine(hypothetical) + "\n";
  KnowledgeGraph g;
  REQUIRE(LoadTriples(text, "t.jsonl", &g).ok());
  CHECK(Edges(g) == "a -praise 2016-> b\n");
  CHECK(Actors(g) == "a x1\nb x1\n");
}

TEST_CASE("LoadTriples: errors name the file and line") {
  const std::string good = ToJsonLine(MakeTriple("a", "meet", "b", "2015"));
  struct Row {
    std::string text;
    std::string expected;
  };
  const std::vector<Row> rows = {
      {good + "\n{oops\n", "t.jsonl:2: not a JSON object"},
      {"\n\n[1, 2]\n", "t.jsonl:3: not a JSON object"},
      {good + "\n" + R"({"relation": "meet", "object": "B"})",
       "t.jsonl:2: missing \"subject\""},
      {R"({"subject": 1, "relation": "meet", "object": "B"})",
       "t.jsonl:1: \"subject\" must be a string"},
      {R"({"subject": "A", "relation": "meet", "object": "B", "date": "2015-13"})",
       "t.jsonl:1: bad EDTF date \"2015-13\""},
  };
  for (const Row& row : rows) {
    CAPTURE(row.text);
    KnowledgeGraph g;
    const Status s = LoadTriples(row.text, "t.jsonl", &g);
    CHECK(s.code() == StatusCode::kParseError);
    CHECK(s.ToString() == row.expected);
  }
}

TEST_CASE("LoadGraph: a text document through the built-in pack") {
  TempDir dir;
  const std::string merkel = dir.Write(
      "merkel.txt", "Angela Merkel met Emmanuel Macron in Paris in 2017.\n");
  KnowledgeGraph g;
  const Status s = LoadGraph({merkel}, LoadOptions{}, &g);
  REQUIRE_MESSAGE(s.ok(), s.ToString());
  CHECK(Edges(g) == "angela-merkel -meet 2017-> emmanuel-macron\n");
  CHECK(g.edge(0).doc == "merkel.txt");
  CHECK(g.edge(0).category == "04");
  CHECK(g.edge(0).sentence ==
        "Angela Merkel met Emmanuel Macron in Paris in 2017.");
  CHECK(g.actor(0).code == "DEUGOV");
  CHECK(g.actor(0).type == "person");
}

TEST_CASE("LoadGraph: a text and its triples give the same graph") {
  TempDir dir;
  // "she" refers back (confidence x 0.85) and "later that year" takes the
  // paragraph's date (x 0.9): 0.7 x 0.85 x 0.9 is 0.5355, which the
  // triples' line writes as 0.54 - and the extractor now gives 0.54.
  const std::string text = dir.Write(
      "t.txt",
      "In March 2018, Angela Merkel visited Japan. Later that year she "
      "called Emmanuel Macron.\n");
  KnowledgeGraph from_text;
  REQUIRE(LoadGraph({text}, LoadOptions{}, &from_text).ok());

  auto pack = LoadPack("");
  REQUIRE(pack.ok());
  auto extractor = extract::Extractor::Create(*pack);
  REQUIRE(extractor.ok());
  extract::DocumentReader reader({text}, nullptr);
  std::string lines;  // what `kg extract t.txt` writes
  REQUIRE(ParallelExtractor(**extractor, 1)
              .Run(&reader,
                   [&](std::string_view l) {
                     lines += l;
                     return Status::Ok();
                   })
              .ok());
  KnowledgeGraph from_triples;
  REQUIRE(LoadGraph({dir.Write("t.jsonl", lines)}, LoadOptions{}, &from_triples)
              .ok());

  std::ostringstream a, b;
  graph::WriteGraphFile(from_text, a);
  graph::WriteGraphFile(from_triples, b);
  CHECK(a.str() == b.str());
  CHECK(Edges(from_text) ==
        "angela-merkel -visit 2018-03-> JPN\n"
        "angela-merkel -call 2018-03-> emmanuel-macron\n");
  CHECK(from_text.edge(1).confidence == 0.54);
}

TEST_CASE("LoadGraph: the rules are loaded only for a text input") {
  TempDir dir;
  const std::string triples =
      dir.Write("t.jsonl", ToJsonLine(MakeTriple("a", "meet", "b", "2015")) + "\n");
  const std::string text = dir.Write("m.txt", "Angela Merkel met Emmanuel Macron.\n");
  LoadOptions options;
  options.rules = dir.Path("none.json");
  KnowledgeGraph g;
  CHECK(LoadGraph({triples}, options, &g).ok());  // no text: no pack read
  CHECK(g.edge_count() == 1);
  CHECK(LoadGraph({triples, text}, options, &g).ToString() ==
        dir.Path("none.json") + ": no such rule pack file or built-in pack");
  options.rules = "business";  // a built-in pack by name
  KnowledgeGraph h;
  REQUIRE(LoadGraph({text}, options, &h).ok());
  CHECK(h.edge_count() == 0);  // the business pack has no "meet" for persons
}

TEST_CASE("LoadGraph: text, triples and graph files merge by actor id") {
  // merkel.txt:  angela-merkel ──meet 2017──▶ emmanuel-macron
  // out.txt (triples, told by content, not name):
  //              angela-merkel ──praise 2019──▶ xi-jinping
  // saved.json (a kg graph):
  //              xi-jinping ──visit 2020-01──▶ emmanuel-macron
  TempDir dir;
  const std::string text = dir.Write(
      "merkel.txt", "Angela Merkel met Emmanuel Macron in Paris in 2017.\n");
  const std::string triples =
      dir.Write("out.txt", "\n" +
                               ToJsonLine(MakeTriple("angela-merkel", "praise",
                                                     "xi-jinping", "2019")) +
                               "\n");
  KnowledgeGraph saved;
  REQUIRE(saved
              .AddTriple(MakeTriple("xi-jinping", "visit", "emmanuel-macron",
                                    "2020-01"))
              .ok());
  std::ostringstream bytes;
  graph::WriteGraphFile(saved, bytes);
  const std::string graph = dir.Write("saved.json", bytes.str());

  KnowledgeGraph g;
  const Status s = LoadGraph({text, triples, graph}, LoadOptions{}, &g);
  REQUIRE_MESSAGE(s.ok(), s.ToString());
  CHECK(Edges(g) ==
        "angela-merkel -meet 2017-> emmanuel-macron\n"
        "angela-merkel -praise 2019-> xi-jinping\n"
        "xi-jinping -visit 2020-01-> emmanuel-macron\n");
  CHECK(Actors(g) == "angela-merkel x2\nemmanuel-macron x2\nxi-jinping x2\n");
  // The text named her first; the name from the triples joined her names.
  CHECK(g.actor(0).name == "Angela Merkel");
  CHECK(g.actor(0).names ==
        std::vector<std::string>{"Angela Merkel", "angela-merkel name"});
  CHECK(g.actor(1).first_date == "2017");
  CHECK(g.actor(1).last_date == "2020-01");
}

TEST_CASE("LoadGraph: kg's outputs in a folder load after its documents") {
  // news/ holds a text, the triples of an earlier run and a saved graph:
  // `kg build news/` after `kg extract news/ -o news/triples.jsonl`.
  TempDir dir;
  dir.Write("news/merkel.txt",
            "Angela Merkel met Emmanuel Macron in Paris in 2017.\n");
  dir.Write("news/a_triples.jsonl",
            ToJsonLine(MakeTriple("angela-merkel", "praise", "xi-jinping",
                                  "2019")) +
                "\n");
  KnowledgeGraph saved;
  REQUIRE(saved
              .AddTriple(MakeTriple("xi-jinping", "visit", "emmanuel-macron",
                                    "2020-01"))
              .ok());
  std::ostringstream bytes;
  graph::WriteGraphFile(saved, bytes);
  dir.Write("news/b_graph.txt", bytes.str());
  std::vector<std::string> warnings;
  LoadOptions options;
  options.reporter = [&](const std::string& w) { warnings.push_back(w); };
  KnowledgeGraph g;
  const Status s = LoadGraph({dir.Path("news")}, options, &g);
  REQUIRE_MESSAGE(s.ok(), s.ToString());
  CHECK(warnings.empty());
  // The text first, though its name sorts last; then the outputs in path
  // order.
  CHECK(Edges(g) ==
        "angela-merkel -meet 2017-> emmanuel-macron\n"
        "angela-merkel -praise 2019-> xi-jinping\n"
        "xi-jinping -visit 2020-01-> emmanuel-macron\n");
}

TEST_CASE("LoadGraph: triples and a graph file through named pipes") {
  TempDir dir;
  const std::string line =
      ToJsonLine(MakeTriple("angela-merkel", "praise", "xi-jinping", "2019"));
  const std::string fifo = dir.Path("t.fifo");
  REQUIRE(::mkfifo(fifo.c_str(), 0600) == 0);
  // The writer fills the pipe while LoadGraph reads it: the head read to
  // tell its kind is not lost.
  std::thread writer([&] {
    std::ofstream out(fifo, std::ios::binary);
    for (int i = 0; i < 2000; ++i) out << line << "\n";
  });
  KnowledgeGraph g;
  const Status s = LoadGraph({fifo}, LoadOptions{}, &g);
  writer.join();
  REQUIRE_MESSAGE(s.ok(), s.ToString());
  CHECK(g.edge_count() == 2000);
  CHECK(Actors(g) == "angela-merkel x2000\nxi-jinping x2000\n");
}

TEST_CASE("LoadGraph: a saved graph file loads as it was saved") {
  TempDir dir;
  KnowledgeGraph built;
  const Status s0 = LoadTriples(kMerkelMacronXi, "t.jsonl", &built);
  REQUIRE(s0.ok());
  std::ostringstream bytes;
  graph::WriteGraphFile(built, bytes);
  const std::string graph = dir.Write("g.kg", bytes.str());
  KnowledgeGraph g;
  const Status s = LoadGraph({graph}, LoadOptions{}, &g);
  REQUIRE_MESSAGE(s.ok(), s.ToString());
  std::ostringstream again;
  graph::WriteGraphFile(g, again);
  CHECK(again.str() == bytes.str());
}

TEST_CASE("LoadGraph: JSONL documents, a custom pack and warnings") {
  // A pack of two made-up countries and one rule.
  const std::string pack_json = R"({"name": "tiny",
    "actors": [{"id": "AVA", "name": "Avalon", "type": "country"},
               {"id": "BLA", "name": "Bland", "type": "country"}],
    "rules": [{"id": "snub", "pattern": "{ACTOR} snubbed {ACTOR}",
               "relation": "snub", "category": "12"}]})";
  Result<extract::RulePack> pack = extract::LoadRulePack(
      "tiny.json", [&](const std::string&, std::string* bytes) {
        *bytes = pack_json;
        return Status::Ok();
      });
  REQUIRE_MESSAGE(pack.ok(), pack.status().ToString());
  TempDir dir;
  const std::string feed = dir.Write(
      "feed.jsonl",
      "{\"id\": \"n1\", \"text\": \"Avalon snubbed Bland.\", \"date\": "
      "\"2020-05-01\"}\n");
  const std::string bad = dir.Write("bad.txt", "Bland snubbed Avalon. \xff\n");
  std::vector<std::string> warnings;
  LoadOptions options;
  options.pack = &*pack;
  options.reporter = [&](const std::string& w) { warnings.push_back(w); };
  KnowledgeGraph g;
  const Status s = LoadGraph({feed, bad}, options, &g);
  REQUIRE_MESSAGE(s.ok(), s.ToString());
  CHECK(Edges(g) ==
        "AVA -snub 2020-05-01-> BLA\n"
        "BLA -snub -> AVA\n");
  CHECK(g.edge(0).doc == "n1");
  CHECK(g.edge(0).date_source == "document");
  CHECK(g.edge(0).quad_class == 3);
  CHECK(warnings == std::vector<std::string>{
                        bad + ": invalid UTF-8 at byte 22 replaced by U+FFFD"});
}

TEST_CASE("LoadGraph: errors name the file and line") {
  TempDir dir;
  const std::string good =
      dir.Write("good.jsonl", ToJsonLine(MakeTriple("a", "meet", "b", "2015")));
  const std::string missing = dir.Path("missing.txt");
  const std::string triples =
      dir.Write("t.jsonl", ToJsonLine(MakeTriple("a", "meet", "b", "2015")) +
                               "\n\n{\"relation\": \"meet\"}\n");
  const std::string graph =
      dir.Write("g.json",
                R"({"format": "kg-graph", "version": 1, "actors": [{"id": "a"}],
          "edges": [{"source": "a", "target": "c", "relation": "meet"}]})");
  const std::string syntax =
      dir.Write("s.json", "{\"format\": \"kg-graph\",\n\"version\": 1,,}");
  const std::string docs =
      dir.Write("docs.jsonl", "{\"text\": \"Fine.\"}\n{\"title\": \"T\"}\n");
  struct Row {
    std::vector<std::string> inputs;
    std::string expected;
  };
  const std::vector<Row> rows = {
      {{good, missing}, missing + ": no such file or directory"},
      {{triples}, triples + ":3: missing \"subject\""},
      {{good, graph}, graph + ":2: edge 0: unknown actor \"c\""},
      {{syntax},
       syntax + ":2:14: JSON syntax error: while parsing object "
                "key - unexpected ','; expected string literal"},
      {{docs}, docs + ":2: missing string field \"text\""},
  };
  for (const Row& row : rows) {
    CAPTURE(row.expected);
    KnowledgeGraph g;
    const Status s = LoadGraph(row.inputs, LoadOptions{}, &g);
    CHECK(s.ToString() == row.expected);
  }
}

// Files larger than the loader's read blocks (4 MB) parse on many threads;
// the graph and the first error must be those of a line by line read.
TEST_CASE("LoadGraph: a triples file of many blocks loads in line order") {
  TempDir dir;
  std::string text;
  for (int i = 0; i < 12000; ++i) {
    kg::Triple t =
        MakeTriple("p" + std::to_string(i % 97), "meet",
                   "p" + std::to_string(i % 89), i % 3 ? "2015" : nullptr);
    t.sentence = std::string(400, 'x') + std::to_string(i);
    text += ToJsonLine(t) + (i % 5 ? "\n" : "\r\n");
    if (i % 1000 == 0) text += "\n";  // blank lines count
  }
  text.pop_back();  // a last line without '\n'
  REQUIRE(text.size() > (8u << 20));
  KnowledgeGraph expected;
  REQUIRE(LoadTriples(text, "t.jsonl", &expected).ok());
  const std::string file = dir.Write("t.jsonl", text);
  KnowledgeGraph g;
  const Status s = LoadGraph({file}, LoadOptions{}, &g);
  REQUIRE_MESSAGE(s.ok(), s.ToString());
  CHECK(Edges(g) == Edges(expected));
  CHECK(Actors(g) == Actors(expected));
  CHECK(g.edge(11999).sentence == std::string(400, 'x') + "11999");

  // A bad date on line 11000 comes before a syntax error on line 11500.
  const size_t lines = 12000 + 12;
  std::vector<std::string> split;
  for (size_t b = 0, e; b <= text.size(); b = e + 1) {
    e = std::min(text.find('\n', b), text.size());
    split.push_back(text.substr(b, e - b));
  }
  REQUIRE(split.size() == lines);
  split[10999] =
      R"({"subject": "A", "relation": "meet", "object": "B", "date": "2015-13"})";
  split[11499] = "{oops";
  std::string bad;
  for (const std::string& line : split) bad += line + "\n";
  const std::string bad_file = dir.Write("bad.jsonl", bad);
  KnowledgeGraph h;
  CHECK(LoadGraph({bad_file}, LoadOptions{}, &h).ToString() ==
        bad_file + ":11000: bad EDTF date \"2015-13\"");
}

TEST_CASE("LoadGraph: no inputs give an empty graph") {
  KnowledgeGraph g;
  CHECK(LoadGraph({}, LoadOptions{}, &g).ok());
  CHECK(g.actor_count() == 0);
}

}  // namespace
}  // namespace kg::pipeline
