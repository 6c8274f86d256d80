#include "pipeline/affiliations.h"

#include <doctest/doctest.h>

#include <memory>
#include <sstream>
#include <string>
#include <vector>

#include "extract/actor.h"
#include "extract/gazetteer.h"
#include "graph/graph_file.h"
#include "graph/knowledge_graph.h"

namespace kg::pipeline {
namespace {

using extract::Actor;
using extract::ActorType;
using graph::ActorNode;
using graph::EdgeKind;
using graph::EventEdge;
using graph::KnowledgeGraph;

Actor AffiliationPackActor(const std::string& id, const std::string& name, ActorType type,
                const std::string& code) {
  Actor a;
  a.id = id;
  a.name = name;
  a.type = type;
  a.code = code;
  return a;
}

// A made-up world: Norland (demonym Norlandic, capital Port Vell), Ostavia
// (Ostavian), Laurel (a country whose name is also a given name), the
// Union of Seas (alias UoS), and one pack person, Ida Marsh, whose entry
// says she belongs to the Union of Seas.
const extract::Gazetteer& AffiliationWorld() {
  static const std::unique_ptr<extract::Gazetteer> gazetteer = [] {
    std::vector<Actor> actors;
    Actor norland = AffiliationPackActor("NRL", "Norland", ActorType::kCountry, "NRL");
    norland.demonyms = {"Norlandic"};
    norland.capitals = {"Port Vell"};
    actors.push_back(norland);
    Actor ostavia = AffiliationPackActor("OST", "Ostavia", ActorType::kCountry, "OST");
    ostavia.demonyms = {"Ostavian"};
    actors.push_back(ostavia);
    actors.push_back(AffiliationPackActor("LAU", "Laurel", ActorType::kCountry, "LAU"));
    Actor seas = AffiliationPackActor("UOS", "Union of Seas", ActorType::kOrganization, "IGOUOS");
    seas.aliases = {"UoS"};
    actors.push_back(seas);
    Actor ida = AffiliationPackActor("ida-marsh", "Ida Marsh", ActorType::kPerson, "IGOUOS");
    ida.country = "UOS";
    ida.surname = "Marsh";
    actors.push_back(ida);
    auto built = extract::Gazetteer::Build(actors);
    REQUIRE_MESSAGE(built.ok(), built.status().ToString());
    return std::move(*built);
  }();
  return *gazetteer;
}

struct AffiliationPerson {
  std::string id, name, code;
  std::vector<std::string> names;
};

size_t AddAffiliationPerson(KnowledgeGraph& g, const AffiliationPerson& p) {
  ActorNode a;
  a.id = p.id;
  a.name = p.name;
  a.type = "person";
  a.code = p.code;
  a.names = p.names;
  return g.AddActor(a);
}

EventEdge AffiliationEvent(const std::string& sentence, const std::string& date,
                size_t begin, double confidence) {
  EventEdge e;
  e.relation = "meet";
  e.category = "04";
  e.quad_class = 1;
  e.date = date;
  e.date_source = date.empty() ? "none" : "sentence";
  e.doc = "news.txt";
  e.section = "World";
  e.sentence = sentence;
  e.span_begin = begin;
  e.span_end = begin + sentence.size();
  e.confidence = confidence;
  return e;
}

std::string SavedAffiliationGraph(const KnowledgeGraph& g) {
  std::ostringstream out;
  graph::WriteGraphFile(g, out);
  return out.str();
}

// "source -> target rule" of every affiliation edge, in edge order.
std::vector<std::string> AffiliationList(const KnowledgeGraph& g) {
  std::vector<std::string> out;
  for (size_t e = 0; e < g.edge_count(); ++e) {
    if (g.edge(e).kind != EdgeKind::kAffiliation) continue;
    const graph::EdgeRef r = g.edge_ref(e);
    out.push_back(g.actor(r.source).id + " -> " + g.actor(r.target).id + " " +
                  g.edge(e).rule);
  }
  return out;
}

TEST_CASE("Affiliations: from the code's country, with no evidence, the country is added") {
  KnowledgeGraph g;
  const size_t ann = AddAffiliationPerson(g, {"ann-lee", "Ann Lee", "NRLGOV", {"Ann Lee"}});
  const size_t bob = AddAffiliationPerson(g, {"bob-ray", "Bob Ray", "", {"Bob Ray"}});
  REQUIRE(g.AddEdge(ann, bob, AffiliationEvent("Ann Lee met Bob Ray.", "2021-04", 0, 0.7)).ok());
  CHECK(AddAffiliations(AffiliationWorld(), &g) == 1);
  REQUIRE(g.edge_count() == 2);
  REQUIRE(g.actor_count() == 3);
  const ActorNode& norland = g.actor(2);
  CHECK(norland.id == "NRL");
  CHECK(norland.name == "Norland");
  CHECK(norland.type == "country");
  CHECK(norland.code == "NRL");
  CHECK(norland.names == std::vector<std::string>{"Norland"});
  CHECK(norland.mentions == 0);  // an affiliation is no mention
  CHECK(g.actor(ann).mentions == 1);
  const EventEdge& e = g.edge(1);
  CHECK(g.edge_ref(1).source == ann);
  CHECK(g.edge_ref(1).target == 2);
  CHECK(e.kind == EdgeKind::kAffiliation);
  CHECK(e.relation == "affiliated with");
  CHECK(e.category == "");
  CHECK(e.quad_class == 0);
  CHECK(e.rule == "affiliation/code");
  CHECK(e.doc == "");
  CHECK(e.sentence == "");
  CHECK(!e.dated);
  CHECK(e.confidence == 1.0);
  CHECK(g.affiliation_count() == 1);
  // A code whose first letters are no country ("IGO...") gives nothing.
  KnowledgeGraph igo;
  AddAffiliationPerson(igo, {"cy-eld", "Cy Eld", "IGOXYZ", {"Cy Eld"}});
  CHECK(AddAffiliations(AffiliationWorld(), &igo) == 0);
}

TEST_CASE("Affiliations: from a demonym or capital in a name seen, with that mention's evidence") {
  KnowledgeGraph g;
  const size_t ann = AddAffiliationPerson(
      g, {"ann-lee", "Ann Lee", "", {"Ann Lee", "Norlandic envoy Ann Lee"}});
  const size_t bob = AddAffiliationPerson(g, {"bob-ray", "Bob Ray", "", {"Bob Ray"}});
  const size_t cy = AddAffiliationPerson(g, {"cy-eld", "Cy Eld", "", {"Port Vell mayor Cy Eld"}});
  // The first edge does not name her as the Norlandic envoy: the second is
  // the evidence.
  REQUIRE(g.AddEdge(bob, ann, AffiliationEvent("Bob Ray met Ann Lee.", "2020", 0, 0.6)).ok());
  REQUIRE(g.AddEdge(ann, cy,
                    AffiliationEvent("Norlandic envoy Ann Lee met Port Vell mayor Cy Eld.",
                          "2021-04-02", 21, 0.8))
              .ok());
  CHECK(AddAffiliations(AffiliationWorld(), &g) == 2);
  CHECK(AffiliationList(g) == std::vector<std::string>{
                               "ann-lee -> NRL affiliation/name",
                               "cy-eld -> NRL affiliation/name"});
  const EventEdge& e = g.edge(2);
  CHECK(e.sentence == "Norlandic envoy Ann Lee met Port Vell mayor Cy Eld.");
  CHECK(e.doc == "news.txt");
  CHECK(e.section == "World");
  CHECK(e.span_begin == 21);
  CHECK(e.span_end == 21 + e.sentence.size());
  CHECK(e.date == "2021-04-02");
  CHECK(e.date_source == "sentence");
  CHECK(e.confidence == 0.8);
  // The derived edge moves no date: Norland has none, Ann keeps hers.
  CHECK(g.actor(*g.FindActor("NRL")).first_date == "");
  CHECK(g.actor(ann).first_date == "2020");
}

TEST_CASE("Affiliations: an organization in a title, and a pack person's own entry") {
  KnowledgeGraph g;
  const size_t dee =
      AddAffiliationPerson(g, {"dee-fenn", "Dee Fenn", "", {"Dee Fenn", "UoS spokesperson Dee Fenn"}});
  const size_t ida = AddAffiliationPerson(g, {"ida-marsh", "Ida Marsh", "", {"Ida Marsh"}});
  REQUIRE(g.AddEdge(dee, ida,
                    AffiliationEvent("UoS spokesperson Dee Fenn praised Ida Marsh.", "", 0, 0.7))
              .ok());
  CHECK(AddAffiliations(AffiliationWorld(), &g) == 2);
  CHECK(AffiliationList(g) == std::vector<std::string>{"dee-fenn -> UOS affiliation/name",
                                                    "ida-marsh -> UOS affiliation/pack"});
  CHECK(g.actor(2).type == "organization");
  CHECK(g.actor(2).code == "IGOUOS");
  CHECK(g.edge(2).sentence == "");  // the pack says so; no sentence does
}

TEST_CASE("Affiliations: none for a person's own name, a country served elsewhere, or no clue") {
  KnowledgeGraph g;
  // "Laurel" is her given name, not her country; "to Ostavia", "in
  // Norland" and "for Ostavia" name where they serve.
  AddAffiliationPerson(g, {"laurel-fenn", "Laurel Fenn", "", {"Laurel Fenn", "Dr Laurel Fenn"}});
  AddAffiliationPerson(g, {"eve-kim", "Eve Kim", "", {"Eve Kim", "the ambassador to Ostavia Eve Kim"}});
  AddAffiliationPerson(g, {"gus-oak", "Gus Oak", "", {"envoy in Norland Gus Oak"}});
  AddAffiliationPerson(g, {"hal-ash", "Hal Ash", "", {"Special Envoy for Ostavia Hal Ash"}});
  AddAffiliationPerson(g, {"jo-elm", "Jo Elm", "", {"Jo Elm", "Minister Jo Elm"}});
  // Not a person: an organization named after a country gets none.
  ActorNode body;
  body.id = "norland-trust";
  body.name = "Norland Trust";
  body.type = "organization";
  body.names = {"Norlandic Trust"};
  g.AddActor(body);
  const std::string before = SavedAffiliationGraph(g);
  CHECK(AddAffiliations(AffiliationWorld(), &g) == 0);
  CHECK(SavedAffiliationGraph(g) == before);
  // A country in the title, not in the name, counts.
  KnowledgeGraph h;
  AddAffiliationPerson(h, {"mo-reed", "Mo Reed", "", {"Laurel's minister Mo Reed"}});
  CHECK(AddAffiliations(AffiliationWorld(), &h) == 1);
  CHECK(AffiliationList(h) == std::vector<std::string>{"mo-reed -> LAU affiliation/name"});
}

TEST_CASE("Affiliations: targets in id order, the same graph twice gives the same bytes") {
  auto build = [] {
    KnowledgeGraph g;
    // Ostavian first in the text, Norland from the code: NRL still first.
    const size_t ann = AddAffiliationPerson(
        g, {"ann-lee", "Ann Lee", "NRLGOV", {"Ann Lee", "Ostavian-born Ann Lee"}});
    const size_t bob = AddAffiliationPerson(g, {"bob-ray", "Bob Ray", "OSTMIL", {"Bob Ray"}});
    REQUIRE(g.AddEdge(ann, bob, AffiliationEvent("Ostavian-born Ann Lee met Bob Ray.", "", 0, 0.7))
                .ok());
    return g;
  };
  KnowledgeGraph one = build();
  KnowledgeGraph two = build();
  CHECK(AddAffiliations(AffiliationWorld(), &one) == 3);
  CHECK(AddAffiliations(AffiliationWorld(), &two) == 3);
  CHECK(AffiliationList(one) == std::vector<std::string>{"ann-lee -> NRL affiliation/code",
                                                      "ann-lee -> OST affiliation/name",
                                                      "bob-ray -> OST affiliation/code"});
  CHECK(SavedAffiliationGraph(one) == SavedAffiliationGraph(two));
  // Actors added in the order their first edge needs them.
  CHECK(one.actor(2).id == "NRL");
  CHECK(one.actor(3).id == "OST");
}

TEST_CASE("Affiliations: a reloaded graph gets no second edge for a pair") {
  KnowledgeGraph g;
  const size_t ann = AddAffiliationPerson(
      g, {"ann-lee", "Ann Lee", "NRLGOV", {"Ann Lee", "Norlandic envoy Ann Lee"}});
  const size_t bob = AddAffiliationPerson(g, {"bob-ray", "Bob Ray", "", {"Bob Ray"}});
  REQUIRE(g.AddEdge(ann, bob, AffiliationEvent("Norlandic envoy Ann Lee met Bob Ray.", "", 0, 0.7)).ok());
  CHECK(AddAffiliations(AffiliationWorld(), &g) == 1);
  // Code and name agree: one edge, by the name, with evidence.
  CHECK(AffiliationList(g) == std::vector<std::string>{"ann-lee -> NRL affiliation/name"});
  const std::string saved = SavedAffiliationGraph(g);
  KnowledgeGraph loaded;
  REQUIRE(graph::ReadGraphFile(saved, "g.json", &loaded).ok());
  CHECK(AddAffiliations(AffiliationWorld(), &loaded) == 0);
  CHECK(SavedAffiliationGraph(loaded) == saved);
  // Running again on the same graph adds nothing either.
  CHECK(AddAffiliations(AffiliationWorld(), &g) == 0);
  CHECK(g.edge_count() == 2);
}

TEST_CASE("Affiliations: the pack overload builds the gazetteer, and reports why it cannot") {
  extract::RulePack pack;
  Actor lost = AffiliationPackActor("zed", "Zed Quill", ActorType::kPerson, "");
  lost.country = "NOPE";
  pack.actors = {lost};
  KnowledgeGraph g;
  const Result<size_t> failed = AddAffiliations(pack, &g);
  REQUIRE(!failed.ok());
  CHECK(failed.status().code() == StatusCode::kInvalidArgument);

  pack.actors = {AffiliationPackActor("NRL", "Norland", ActorType::kCountry, "NRL")};
  AddAffiliationPerson(g, {"ann-lee", "Ann Lee", "NRLGOV", {"Ann Lee"}});
  const Result<size_t> added = AddAffiliations(pack, &g);
  REQUIRE(added.ok());
  CHECK(*added == 1);
}

TEST_CASE("RemoveAffiliations: gives back the graph built without the pass") {
  auto build = [] {
    KnowledgeGraph g;
    const size_t ann = AddAffiliationPerson(
        g, {"ann-lee", "Ann Lee", "OSTGOV", {"Ann Lee", "Norlandic envoy Ann Lee"}});
    ActorNode ostavia;
    ostavia.id = "OST";
    ostavia.name = "Ostavia";
    ostavia.type = "country";
    ostavia.mentions = 2;  // given through AddActor: kept
    ostavia.last_date = "2030";
    const size_t ost = g.AddActor(ostavia);
    REQUIRE(g.AddEdge(ann, ost, AffiliationEvent("Norlandic envoy Ann Lee visited Ostavia.", "2021", 0, 0.7))
                .ok());
    return g;
  };
  const KnowledgeGraph plain = build();
  KnowledgeGraph g = build();
  CHECK(AddAffiliations(AffiliationWorld(), &g) == 2);
  // NRL came with its affiliation alone; OST has an event and stays.
  CHECK(AffiliationList(g) == std::vector<std::string>{"ann-lee -> NRL affiliation/name",
                                                    "ann-lee -> OST affiliation/code"});
  CHECK(g.actor_count() == 3);
  CHECK(RemoveAffiliations(&g) == 2);
  CHECK(g.affiliation_count() == 0);
  CHECK(SavedAffiliationGraph(g) == SavedAffiliationGraph(plain));
  CHECK(g.actor(1).mentions == 3);
  CHECK(g.actor(1).last_date == "2030");
  CHECK(RemoveAffiliations(&g) == 0);
  CHECK(SavedAffiliationGraph(g) == SavedAffiliationGraph(plain));
}

}  // namespace
}  // namespace kg::pipeline
