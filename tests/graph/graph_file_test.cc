#include "graph/graph_file.h"

#include <doctest/doctest.h>

#include <cstring>
#include <sstream>
#include <string>
#include <string_view>
#include <vector>

namespace kg::graph {
namespace {

std::string Write(const KnowledgeGraph& g) {
  std::ostringstream out;
  WriteGraphFile(g, out);
  return out.str();
}

ActorNode FileActor(const std::string& id, const std::string& name,
                const std::string& type) {
  ActorNode a;
  a.id = id;
  a.name = name;
  a.type = type;
  return a;
}

EventEdge Edge(const std::string& relation, const std::string& date,
               double confidence) {
  EventEdge e;
  e.relation = relation;
  e.category = "04";
  e.quad_class = 1;
  e.date = date;
  e.date_source = date.empty() ? "none" : "sentence";
  e.doc = "doc.txt";
  e.confidence = confidence;
  return e;
}

// Every field of every actor and edge, and the numbering, are equal;
// confidence bit for bit.
void CheckSameGraph(const KnowledgeGraph& a, const KnowledgeGraph& b) {
  REQUIRE(a.actor_count() == b.actor_count());
  REQUIRE(a.edge_count() == b.edge_count());
  for (size_t v = 0; v < a.actor_count(); ++v) {
    CAPTURE(v);
    const ActorNode& x = a.actor(v);
    const ActorNode& y = b.actor(v);
    CHECK(x.id == y.id);
    CHECK(x.name == y.name);
    CHECK(x.type == y.type);
    CHECK(x.code == y.code);
    CHECK(x.names == y.names);
    CHECK(x.mentions == y.mentions);
    CHECK(x.first_date == y.first_date);
    CHECK(x.last_date == y.last_date);
    CHECK(b.FindActor(x.id) == std::optional<size_t>(v));
  }
  for (size_t e = 0; e < a.edge_count(); ++e) {
    CAPTURE(e);
    const EventEdge& x = a.edge(e);
    const EventEdge& y = b.edge(e);
    CHECK(a.edge_ref(e).source == b.edge_ref(e).source);
    CHECK(a.edge_ref(e).target == b.edge_ref(e).target);
    CHECK(x.relation == y.relation);
    CHECK(x.category == y.category);
    CHECK(x.quad_class == y.quad_class);
    CHECK(x.date == y.date);
    CHECK(x.when == y.when);
    CHECK(x.dated == y.dated);
    CHECK(x.date_source == y.date_source);
    CHECK(x.symmetric == y.symmetric);
    CHECK(x.doc == y.doc);
    CHECK(x.section == y.section);
    CHECK(x.sentence == y.sentence);
    CHECK(x.span_begin == y.span_begin);
    CHECK(x.span_end == y.span_end);
    CHECK(x.rule == y.rule);
    CHECK(std::memcmp(&x.confidence, &y.confidence, sizeof(double)) == 0);
  }
}

// The graph saved in the round-trip cases:
//
//           e0 meet 2015 (0.1+0.2)        e1 visit 2013/2025 (1/3)
//   MERKEL ─────────────────────▶ MACRON ◀──────────────────── PUTIN
//     ▲ │                                                        │
//     │ └── e3 speak (undated, a loop)     e2 criticize 2018/.. ─┘
//     └─┘                                     (to MERKEL)
//
//   MACRON  also 1 mention and a last date (2030) given through AddActor
//   LONER   no edges, 2 mentions and dates given through AddActor
//   EMPTY   no edges, nothing else
//
// MERKEL's names hold quotes, a backslash, a tab and non-ASCII; confidences
// are doubles with no short decimal form.
KnowledgeGraph FileSample() {
  KnowledgeGraph g;
  ActorNode merkel = FileActor("merkel", "Angela Merkel", "person");
  merkel.code = "DEUGOV";
  merkel.names = {"Chancellor \"Mutti\" Merkel", "Merkel\\Kohl\tera",
                  "Ангела Меркель"};
  g.AddActor(merkel);
  ActorNode macron = FileActor("macron", "Emmanuel Macron", "person");
  macron.mentions = 1;
  macron.last_date = "2030";
  g.AddActor(macron);
  g.AddActor(FileActor("putin", "Vladimir Putin", "person"));
  ActorNode loner = FileActor("loner", "Loner", "group");
  loner.mentions = 2;
  loner.first_date = "199X";
  loner.last_date = "2001-09";
  g.AddActor(loner);
  g.AddActor(ActorNode{});  // the empty id is an id too
  EventEdge e0 = Edge("meet", "2015", 0.1 + 0.2);
  e0.symmetric = true;
  e0.section = "Europe > France";
  e0.sentence = "Merkel met Macron.\nIn Paris.";
  e0.span_begin = 12;
  e0.span_end = 40;
  e0.rule = "meet";
  REQUIRE(g.AddEdge(0, 1, e0).ok());
  REQUIRE(g.AddEdge(2, 1, Edge("visit", "2013/2025", 1.0 / 3)).ok());
  EventEdge e2 = Edge("criticize", "2018/..", 5e-324);
  e2.category = "11";
  e2.quad_class = 3;
  REQUIRE(g.AddEdge(2, 0, e2).ok());
  REQUIRE(g.AddEdge(0, 0, Edge("speak", "", -0.0)).ok());
  return g;
}

TEST_CASE("GraphFile: save, load, save gives the same graph and bytes") {
  const KnowledgeGraph g = FileSample();
  const std::string saved = Write(g);
  KnowledgeGraph loaded;
  Status s = ReadGraphFile(saved, "g.json", &loaded);
  REQUIRE_MESSAGE(s.ok(), s.ToString());
  CheckSameGraph(g, loaded);
  CHECK(Write(loaded) == saved);
  // The counts and dates came back as built: from the edges, plus what
  // AddActor gave MACRON and LONER.
  CHECK(loaded.actor(0).mentions == 3);
  CHECK(loaded.actor(0).first_date == "2015");
  CHECK(loaded.actor(0).last_date == "2018/..");
  CHECK(loaded.actor(1).mentions == 3);
  CHECK(loaded.actor(1).first_date == "2013/2025");
  CHECK(loaded.actor(1).last_date == "2030");
  CHECK(loaded.actor(3).mentions == 2);
  CHECK(loaded.actor(3).first_date == "199X");
  CHECK(loaded.actor(3).last_date == "2001-09");
  CHECK(loaded.actor(4).mentions == 0);
  CHECK(loaded.edge(2).when.end == kOpenEnd);
}

TEST_CASE("GraphFile: the format, one actor or edge a line") {
  KnowledgeGraph g;
  g.AddActor(FileActor("CHN", "China", "country"));
  g.AddActor(FileActor("RUS", "Russia", "country"));
  REQUIRE(g.AddEdge(0, 1, Edge("meet", "2022-02-04", 0.8)).ok());
  CHECK(
      Write(g) ==
      "{\"format\": \"kg-graph\", \"version\": 1,\n"
      "\"actors\": [\n"
      "{\"id\":\"CHN\",\"name\":\"China\",\"type\":\"country\",\"code\":\"\","
      "\"names\":[\"China\"],\"mentions\":1,\"first_date\":\"2022-02-04\","
      "\"last_date\":\"2022-02-04\"},\n"
      "{\"id\":\"RUS\",\"name\":\"Russia\",\"type\":\"country\",\"code\":\"\","
      "\"names\":[\"Russia\"],\"mentions\":1,\"first_date\":\"2022-02-04\","
      "\"last_date\":\"2022-02-04\"}\n"
      "],\n"
      "\"edges\": [\n"
      "{\"source\":\"CHN\",\"target\":\"RUS\",\"relation\":\"meet\","
      "\"category\":\"04\",\"quad_class\":1,\"date\":\"2022-02-04\","
      "\"date_source\":\"sentence\",\"symmetric\":false,\"doc\":\"doc.txt\","
      "\"section\":\"\",\"sentence\":\"\",\"span\":[0,0],\"rule\":\"\","
      "\"confidence\":0.8}\n"
      "]}\n");
}

TEST_CASE("GraphFile: an empty graph") {
  const KnowledgeGraph g;
  const std::string saved = Write(g);
  CHECK(saved ==
        "{\"format\": \"kg-graph\", \"version\": 1,\n\"actors\": [],\n"
        "\"edges\": []}\n");
  KnowledgeGraph loaded;
  REQUIRE(ReadGraphFile(saved, "g.json", &loaded).ok());
  CHECK(loaded.actor_count() == 0);
  CHECK(loaded.edge_count() == 0);
}

TEST_CASE("GraphFile: confidence round-trips bit for bit") {
  const std::vector<double> values = {
      0.1, 0.1 + 0.2, 1.0 / 3, 0.7999999999999999,      0.8,
      1.0, 0.0,       -0.0,    5e-324,  2.2250738585072014e-308,
      0.9999999999999999};
  KnowledgeGraph g;
  g.AddActor(FileActor("a", "A", ""));
  for (double c : values) REQUIRE(g.AddEdge(0, 0, Edge("r", "", c)).ok());
  KnowledgeGraph loaded;
  REQUIRE(ReadGraphFile(Write(g), "g.json", &loaded).ok());
  REQUIRE(loaded.edge_count() == values.size());
  for (size_t e = 0; e < values.size(); ++e) {
    CAPTURE(values[e]);
    const double got = loaded.edge(e).confidence;
    CHECK(std::memcmp(&got, &values[e], sizeof(double)) == 0);
  }
}

TEST_CASE("GraphFile: missing optional fields take their defaults") {
  KnowledgeGraph g;
  const Status s = ReadGraphFile(
      R"({"format": "kg-graph", "version": 1,
          "actors": [{"id": "a", "future_field": [1, 2]}, {"id": "b"}],
          "edges": [{"source": "a", "target": "b", "relation": "meet",
                     "date": "2015", "confidence": 1}]})",
      "g.json", &g);
  REQUIRE_MESSAGE(s.ok(), s.ToString());
  REQUIRE(g.actor_count() == 2);
  CHECK(g.actor(0).name == "");
  CHECK(g.actor(0).mentions == 1);
  CHECK(g.actor(0).first_date == "2015");
  REQUIRE(g.edge_count() == 1);
  CHECK(g.edge(0).confidence == 1.0);
  CHECK(g.edge(0).category == "");
  CHECK(g.edge(0).span_end == 0);
}

TEST_CASE("GraphFile: reading into a non-empty graph merges by id") {
  KnowledgeGraph first;
  first.AddActor(FileActor("macron", "Emmanuel Macron", "person"));
  first.AddActor(FileActor("xi", "Xi Jinping", "person"));
  REQUIRE(first.AddEdge(1, 0, Edge("meet", "2023-04", 0.8)).ok());
  const std::string second = Write(FileSample());
  REQUIRE(ReadGraphFile(second, "g.json", &first).ok());
  // macron and xi keep their numbers; the file's others follow in order.
  REQUIRE(first.actor_count() == 6);
  CHECK(first.actor(0).id == "macron");
  CHECK(first.actor(1).id == "xi");
  CHECK(first.actor(2).id == "merkel");
  CHECK(first.actor(3).id == "putin");
  CHECK(first.actor(4).id == "loner");
  CHECK(first.actor(5).id == "");
  REQUIRE(first.edge_count() == 5);
  CHECK(first.edge(1).relation == "meet");
  CHECK(first.edge_ref(1).source == 2);
  CHECK(first.edge_ref(1).target == 0);
  CHECK(first.edge(4).relation == "speak");
  // Macron: one edge before, two edges and one more mention from the file;
  // dates widen.
  CHECK(first.actor(0).mentions == 4);
  CHECK(first.actor(0).first_date == "2013/2025");
  CHECK(first.actor(0).last_date == "2030");
  CHECK(first.actor(4).mentions == 2);
  CHECK(first.actor(4).first_date == "199X");
}

TEST_CASE("GraphFile: bad files give exact errors and leave the graph") {
  const std::string head = R"({"format": "kg-graph", "version": 1, )";
  const std::string ab =
      head + R"("actors": [{"id": "a"}, {"id": "b"}], "edges": [)";
  struct Row {
    std::string text;
    std::string expected;
  };
  const std::vector<Row> rows = {
      {"",
       "g.json:1:1: JSON syntax error: while parsing value - unexpected "
       "end of input; expected '[', '{', or a literal"},
      {"{\"format\": \"kg-graph\",\n  \"version\": x}",
       "g.json:2:14: JSON syntax error: while parsing value - invalid "
       "literal; last read: '\"version\": x'"},
      {head + "\n\"actors\": [\n{\"id\": \"a\"},,\n",
       "g.json:3:13: JSON syntax error: while parsing value - unexpected "
       "','; expected '[', '{', or a literal"},
      {head + "\"actors\": [",
       "g.json:1:49: JSON syntax error: while parsing "
       "value - unexpected end of input; expected "
       "'[', '{', or a literal"},
      {head + R"("actors": [{"id": "a", "mentions": 1e999}]})",
       "g.json: number overflow parsing '1e999'"},
      {"[]", "g.json: not a kg graph file"},
      {R"({"format": "kg-triples", "version": 1})",
       "g.json: not a kg graph file"},
      {R"({"format": "kg-graph", "version": 2})",
       "g.json: unsupported version 2 (this kg reads 1)"},
      {R"({"format": "kg-graph"})",
       "g.json: unsupported version (none) (this kg reads 1)"},
      {head + R"("actors": {}})", "g.json: \"actors\" must be an array"},
      {head + R"("edges": "none"})", "g.json: \"edges\" must be an array"},
      {head + R"("actors": [{"id": "a"}, 7]})",
       "g.json:1: actor 1: not an object"},
      {head + R"("actors": [{"name": "A"}]})",
       "g.json:1: actor 0: missing \"id\""},
      {head + R"("actors": [{"id": 3}]})",
       "g.json:1: actor 0: \"id\" must be a string"},
      {head + R"("actors": [{"id": "a"}, {"id": "a"}]})",
       "g.json:1: actor 1: duplicate id \"a\""},
      {head + R"("actors": [{"id": "a", "names": ["A", 1]}]})",
       "g.json:1: actor 0: \"names\" must be an array of strings"},
      {head + R"("actors": [{"id": "a", "mentions": -1}]})",
       "g.json:1: actor 0: \"mentions\" must be an unsigned integer"},
      {head + R"("actors": [{"id": "a", "first_date": "2015-13"}]})",
       "g.json:1: actor 0: bad EDTF first_date \"2015-13\""},
      {ab + R"({"source": "a", "target": "c", "relation": "meet"}]})",
       "g.json:1: edge 0: unknown actor \"c\""},
      {ab + R"({"source": "a", "target": "b"}]})",
       "g.json:1: edge 0: missing \"relation\""},
      {ab + R"({"target": "b", "relation": "meet"}]})",
       "g.json:1: edge 0: missing \"source\""},
      {ab + R"({"source": "a", "target": "b", "relation": "r"}, )"
            R"({"source": "a", "target": "b", "relation": "r", "span": [1]}]})",
       "g.json:1: edge 1: \"span\" must be [begin, end]"},
      {ab + R"({"source": "a", "target": "b", "relation": "r", )"
            R"("quad_class": 4294967297}]})",
       "g.json:1: edge 0: \"quad_class\" must be an integer"},
      {ab + R"({"source": "a", "target": "b", "relation": "r", )"
            R"("symmetric": 1}]})",
       "g.json:1: edge 0: \"symmetric\" must be true or false"},
      {ab + R"({"source": "a", "target": "b", "relation": "r", )"
            R"("confidence": "high"}]})",
       "g.json:1: edge 0: \"confidence\" must be a number"},
      {ab + R"({"source": "a", "target": "b", "relation": "r", )"
            R"("date": "2015-02-29"}]})",
       "g.json:1: edge 0: bad EDTF date \"2015-02-29\""},
      // Fields out of their domain (issue 14): what kg could not have
      // written is refused, naming the field.
      {ab + R"({"source": "a", "target": "b", "relation": "r", )"
            R"("confidence": 1e308}]})",
       "g.json:1: edge 0: \"confidence\" 1e+308 is not between 0 and 1"},
      {ab + R"({"source": "a", "target": "b", "relation": "r", )"
            R"("confidence": -5}]})",
       "g.json:1: edge 0: \"confidence\" -5 is not between 0 and 1"},
      {ab + R"({"source": "a", "target": "b", "relation": "r", )"
            R"("category": "99"}]})",
       "g.json:1: edge 0: \"category\" \"99\" is not a CAMEO root code "
       "01-20"},
      {ab + R"({"source": "a", "target": "b", "relation": "r", )"
            R"("category": "04", "quad_class": 9}]})",
       "g.json:1: edge 0: \"quad_class\" 9 does not match category \"04\" "
       "(1)"},
      {ab + R"({"source": "a", "target": "b", "relation": "r", )"
            R"("span": [100, 5]}]})",
       "g.json:1: edge 0: \"span\" [100, 5] ends before it begins"},
      {ab + R"({"source": "a", "target": "b", "relation": "r", )"
            R"("date_source": "later"}]})",
       "g.json:1: edge 0: \"date_source\" \"later\" is not sentence, "
       "paragraph, section, document or none"},
      // The line is the element's, in kg's one-element-a-line layout and in
      // any other; brackets and quotes inside strings do not count.
      {head + "\n\"actors\": [\n{\"id\": \"a[,\\\"\"},\n{\"id\": \"b\"}\n],"
              "\n\"edges\": [\n{\"source\": \"a[,\\\"\", \"target\": \"b\", "
              "\"relation\": \"r\"},\n{\"source\": \"b\", \"target\": \"a[,\\\"\", "
              "\"relation\": \"r\", \"quad_class\": 3}\n]}",
       "g.json:8: edge 1: \"quad_class\" 3 does not match category \"\" (0)"},
      {head + "\"actors\": [{\"id\": \"a\"},\n\n  {\"id\": \"b\",\n "
              "\"mentions\": \"x\"}]}",
       "g.json:3: actor 1: \"mentions\" must be an unsigned integer"},
      // Derived fields that the edges contradict.
      {head + R"("actors": [{"id": "a", "mentions": 1}, {"id": "b", )"
              R"("mentions": 0}], "edges": [{"source": "a", "target": "b", )"
              R"("relation": "r"}]})",
       "g.json:1: actor 1 \"b\": mentions 0 but its edges give 1"},
      {head + R"("actors": [{"id": "a", "mentions": 1, "first_date": "2016", )"
              R"("last_date": "2016"}], "edges": [{"source": "a", )"
              R"("target": "a", "relation": "r", "date": "2015"}]})",
       "g.json:1: actor 0 \"a\": first_date \"2016\" does not match its edges "
       "(\"2015\")"},
      {head + R"("actors": [{"id": "a", "mentions": 1, "first_date": "2015", )"
              R"("last_date": "2014"}], "edges": [{"source": "a", )"
              R"("target": "a", "relation": "r", "date": "2015"}]})",
       "g.json:1: actor 0 \"a\": last_date \"2014\" does not match its edges "
       "(\"2015\")"},
  };
  for (const Row& row : rows) {
    CAPTURE(row.text);
    KnowledgeGraph g;
    g.AddActor(FileActor("z", "Z", ""));
    const Status s = ReadGraphFile(row.text, "g.json", &g);
    CHECK(s.code() == StatusCode::kParseError);
    CHECK(s.ToString() == row.expected);
    CHECK(g.actor_count() == 1);
    CHECK(g.edge_count() == 0);
  }
}

TEST_CASE("LooksLikeGraphFile: reads only the start") {
  struct Row {
    std::string_view text;
    bool expected;
  };
  const std::vector<Row> rows = {
      {R"({"format": "kg-graph", "version": 1,)", true},
      {"\xEF\xBB\xBF {\n\t\"format\" :\r\n \"kg-graph\"", true},
      {R"({"format":"kg-graph")", true},
      {R"({"version": 1, "format": "kg-graph"})", false},
      {R"({"format": "kg-graph2"})", false},
      {R"({"format": "kg"})", false},
      {R"({"doc":"a.txt","subject":"Xi Jinping","relation":"meet"})", false},
      {"= Title =\nXi met Putin.", false},
      {"", false},
      {"{", false},
  };
  for (const Row& row : rows) {
    CAPTURE(row.text);
    CHECK(LooksLikeGraphFile(row.text) == row.expected);
  }
}

}  // namespace
}  // namespace kg::graph
