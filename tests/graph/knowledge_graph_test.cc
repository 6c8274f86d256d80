#include "graph/knowledge_graph.h"

#include <doctest/doctest.h>

#include <string>
#include <vector>

namespace kg::graph {
namespace {

ActorNode Actor(const std::string& id, const std::string& name,
                const std::string& type = "", const std::string& code = "") {
  ActorNode a;
  a.id = id;
  a.name = name;
  a.type = type;
  a.code = code;
  return a;
}

EventEdge Edge(const std::string& relation, const std::string& date) {
  EventEdge e;
  e.relation = relation;
  e.date = date;
  return e;
}

// "2 3 5": edge numbers, printable.
std::string Ids(const std::vector<EdgeRef>& refs) {
  std::string out;
  for (const EdgeRef& r : refs) {
    out += (out.empty() ? "" : " ") + std::to_string(r.id);
  }
  return out;
}

std::string Join(const std::vector<std::string>& names) {
  std::string out;
  for (const std::string& n : names) out += (out.empty() ? "" : "|") + n;
  return out;
}

TEST_CASE("KnowledgeGraph: AddActor merges by id") {
  KnowledgeGraph g;
  CHECK(g.AddActor(Actor("CHN", "China", "country", "")) == 0);
  CHECK(g.AddActor(Actor("RUS", "Russia")) == 1);
  // The first non-empty name, type and code win; names are united, sorted.
  ActorNode again = Actor("CHN", "PRC", "organization", "CHN");
  again.names = {"People's Republic of China", "China"};
  CHECK(g.AddActor(again) == 0);
  CHECK(g.AddActor(Actor("RUS", "", "country")) == 1);
  REQUIRE(g.actor_count() == 2);
  CHECK(g.edge_count() == 0);
  const ActorNode& chn = g.actor(0);
  CHECK(chn.id == "CHN");
  CHECK(chn.name == "China");
  CHECK(chn.type == "country");
  CHECK(chn.code == "CHN");
  CHECK(Join(chn.names) == "China|PRC|People's Republic of China");
  CHECK(chn.mentions == 0);
  CHECK(g.actor(1).type == "country");
  CHECK(Join(g.actor(1).names) == "Russia");
}

TEST_CASE("KnowledgeGraph: AddActor adds saved mentions and widens dates") {
  KnowledgeGraph g;
  ActorNode a = Actor("CHN", "China");
  a.mentions = 2;
  a.first_date = "2015";
  a.last_date = "2016-03";
  g.AddActor(a);
  a.mentions = 3;
  a.first_date = "2014-12-31";  // earlier: taken
  a.last_date = "2016-02";      // earlier: not taken
  g.AddActor(a);
  CHECK(g.actor(0).mentions == 5);
  CHECK(g.actor(0).first_date == "2014-12-31");
  CHECK(g.actor(0).last_date == "2016-03");
}

// The graph of the next cases:
//
//        e0 meet 2015          e1 visit 2013/2025
//   XI ───────────────▶ PUTIN ◀────────────────── MODI
//    │ ▲                                            │
//    │ └──────────── e2 meet (undated) ─────────────┘
//    │
//    └──▶ XI   e3 speak 2016-05 (a loop)
//
// e2 runs MODI -> XI. Out/in edges come in edge-number order.
KnowledgeGraph Triangle() {
  KnowledgeGraph g;
  const size_t xi = g.AddActor(Actor("xi", "Xi Jinping", "person"));
  const size_t putin = g.AddActor(Actor("putin", "Vladimir Putin", "person"));
  const size_t modi = g.AddActor(Actor("modi", "Narendra Modi", "person"));
  REQUIRE(g.AddEdge(xi, putin, Edge("meet", "2015")).ok());
  REQUIRE(g.AddEdge(modi, putin, Edge("visit", "2013/2025")).ok());
  REQUIRE(g.AddEdge(modi, xi, Edge("meet", "")).ok());
  REQUIRE(g.AddEdge(xi, xi, Edge("speak", "2016-05")).ok());
  return g;
}

TEST_CASE("KnowledgeGraph: AddEdge counts mentions and first/last dates") {
  const KnowledgeGraph g = Triangle();
  REQUIRE(g.edge_count() == 4);
  struct Row {
    size_t v;
    size_t mentions;
    const char* first;
    const char* last;
  };
  const std::vector<Row> rows = {
      {0, 3, "2015", "2016-05"},  // the loop counts once
      {1, 2, "2013/2025", "2013/2025"},
      {2, 2, "2013/2025", "2013/2025"},  // the undated meet adds no date
  };
  for (const Row& row : rows) {
    CAPTURE(row.v);
    CHECK(g.actor(row.v).mentions == row.mentions);
    CHECK(g.actor(row.v).first_date == row.first);
    CHECK(g.actor(row.v).last_date == row.last);
  }
  CHECK(g.edge(1).dated);
  CHECK(g.edge(1).when.start == DayNumber(2013, 1, 1));
  CHECK(g.edge(1).when.end == DayNumber(2025, 12, 31));
  CHECK_FALSE(g.edge(2).dated);
  CHECK(g.edge(2).when == DateRange{});
  CHECK(g.edge_ref(2).source == 2);
  CHECK(g.edge_ref(2).target == 0);
}

TEST_CASE("KnowledgeGraph: an undated loop is one mention too") {
  KnowledgeGraph g;
  g.AddActor(Actor("a", "A"));
  REQUIRE(g.AddEdge(0, 0, Edge("praise", "")).ok());
  CHECK(g.actor(0).mentions == 1);
  CHECK(g.actor(0).first_date == "");
}

TEST_CASE("KnowledgeGraph: ties keep the date seen first") {
  KnowledgeGraph g;
  g.AddActor(Actor("a", "A"));
  g.AddActor(Actor("b", "B"));
  REQUIRE(g.AddEdge(0, 1, Edge("meet", "2015")).ok());
  REQUIRE(g.AddEdge(0, 1, Edge("meet", "2015-01-01/2015-12-31")).ok());
  REQUIRE(g.AddEdge(0, 1, Edge("meet", "2014-06/2015-12")).ok());
  CHECK(g.actor(0).first_date == "2014-06/2015-12");
  CHECK(g.actor(0).last_date == "2015");
}

TEST_CASE("KnowledgeGraph: OutEdges, InEdges and FindActor") {
  const KnowledgeGraph g = Triangle();
  CHECK(Ids(g.OutEdges(0)) == "0 3");
  CHECK(Ids(g.InEdges(0)) == "2 3");
  CHECK(Ids(g.OutEdges(1)) == "");
  CHECK(Ids(g.InEdges(1)) == "0 1");
  CHECK(Ids(g.OutEdges(2)) == "1 2");
  CHECK(Ids(g.InEdges(2)) == "");
  CHECK(g.OutEdges(2)[1].source == 2);
  CHECK(g.OutEdges(2)[1].target == 0);
  CHECK(g.FindActor("putin") == std::optional<size_t>(1));
  CHECK(g.FindActor("Putin") == std::nullopt);  // ids are exact
  CHECK(g.FindActor("") == std::nullopt);
}

TEST_CASE("KnowledgeGraph: AddEdge rejects unknown vertices and bad dates") {
  KnowledgeGraph g;
  g.AddActor(Actor("a", "A"));
  Result<size_t> r = g.AddEdge(0, 1, Edge("meet", "2015"));
  REQUIRE_FALSE(r.ok());
  CHECK(r.status().code() == StatusCode::kInvalidArgument);
  CHECK(r.status().ToString() == "graph: edge between unknown vertices");
  r = g.AddEdge(0, 0, Edge("meet", "2015-13"));
  REQUIRE_FALSE(r.ok());
  CHECK(r.status().ToString() == "graph: bad EDTF date \"2015-13\"");
  // Nothing was added or counted.
  CHECK(g.edge_count() == 0);
  CHECK(g.actor(0).mentions == 0);
}

TEST_CASE("KnowledgeGraph: AddTriple adds both actors and the edge") {
  Triple t;
  t.doc = "xi.txt";
  t.subject = "Xi Jinping";
  t.subject_id = "xi-jinping";
  t.subject_type = "person";
  t.subject_code = "CHNGOV";
  t.subject_text = "Chinese leader Xi Jinping";
  t.object = "Russia";
  t.object_id = "";  // falls back on the name
  t.object_type = "country";
  t.object_text = "Moscow";
  t.relation = "visit";
  t.category = "04";
  t.quad_class = 1;
  t.date = "2023-03-20/2023-03-22";
  t.date_source = DateSource::kParagraph;
  t.section = "Asia > Russia";
  t.sentence = "Chinese leader Xi Jinping visited Moscow.";
  t.span_begin = 10;
  t.span_end = 51;
  t.rule = "visit";
  t.confidence = 0.72;
  KnowledgeGraph g;
  Result<size_t> e = g.AddTriple(t);
  REQUIRE(e.ok());
  CHECK(*e == 0);
  t.date.reset();  // the same pair again, undated
  REQUIRE(g.AddTriple(t).ok());

  REQUIRE(g.actor_count() == 2);
  const ActorNode& xi = g.actor(0);
  CHECK(xi.id == "xi-jinping");
  CHECK(xi.name == "Xi Jinping");
  CHECK(xi.type == "person");
  CHECK(xi.code == "CHNGOV");
  CHECK(Join(xi.names) == "Chinese leader Xi Jinping|Xi Jinping");
  CHECK(xi.mentions == 2);
  CHECK(xi.first_date == "2023-03-20/2023-03-22");
  const ActorNode& rus = g.actor(1);
  CHECK(rus.id == "Russia");
  CHECK(Join(rus.names) == "Moscow|Russia");

  const EventEdge& edge = g.edge(0);
  CHECK(edge.relation == "visit");
  CHECK(edge.category == "04");
  CHECK(edge.quad_class == 1);
  CHECK(edge.date == "2023-03-20/2023-03-22");
  CHECK(edge.dated);
  CHECK(edge.date_source == "paragraph");
  CHECK(edge.doc == "xi.txt");
  CHECK(edge.section == "Asia > Russia");
  CHECK(edge.sentence == "Chinese leader Xi Jinping visited Moscow.");
  CHECK(edge.span_begin == 10);
  CHECK(edge.span_end == 51);
  CHECK(edge.rule == "visit");
  CHECK(edge.confidence == 0.72);
  CHECK(g.edge(1).date == "");
  CHECK_FALSE(g.edge(1).dated);
  CHECK(g.edge(1).date_source == "paragraph");

  t.date = "next week";
  Result<size_t> bad = g.AddTriple(t);
  REQUIRE_FALSE(bad.ok());
  CHECK(bad.status().ToString() == "graph: bad EDTF date \"next week\"");
}

TEST_CASE("KnowledgeGraph: moves") {
  KnowledgeGraph g = Triangle();
  KnowledgeGraph h = std::move(g);
  CHECK(h.actor_count() == 3);
  CHECK(h.edge_count() == 4);
  KnowledgeGraph k;
  k = std::move(h);
  CHECK(k.FindActor("modi") == std::optional<size_t>(2));
}

}  // namespace
}  // namespace kg::graph
