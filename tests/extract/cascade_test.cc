// The cascade end to end: the sentences of the issue that introduced it,
// and every single-word verb of the shipped lexicon in five forms.
#include <doctest/doctest.h>

#include <memory>
#include <set>
#include <string>
#include <vector>

#include "extract/document_reader.h"
#include "extract/english_lexicon.h"
#include "extract/event_lexicon.h"
#include "extract/extractor.h"
#include "extract/rule_pack.h"
#include "tests/extract/builtin_pack.h"

namespace kg::extract::cascade_test {
namespace {

const RulePack& Pack() { return testing::DiplomacyPack(); }

// One extractor that keeps flagged triples: the tests read the flags.
const Extractor& Flagged() {
  static const std::unique_ptr<Extractor> e = [] {
    ExtractorOptions options;
    options.include_flagged = true;
    auto x = Extractor::Create(Pack(), options);
    REQUIRE_MESSAGE(x.ok(), x.status().ToString());
    return std::move(*x);
  }();
  return *e;
}

std::vector<Triple> Extract(const std::string& text) {
  std::vector<Triple> out;
  Flagged().Extract(ParseDocument("test.txt", text), &out);
  return out;
}

// "Subject relation(category) Object", unflagged triples only.
std::vector<std::string> Plain(const std::string& text) {
  std::vector<std::string> out;
  for (const Triple& t : Extract(text))
    if (!t.negated && !t.hypothetical)
      out.push_back(t.subject + " " + t.relation + "(" + t.category + ") " +
                    t.object);
  return out;
}

using Strings = std::vector<std::string>;

// --- the sentences every earlier version got wrong ------------------------

TEST_CASE("cascade: a present-tense verb with a PP after the object") {
  CHECK(Plain("France condemns Russia over the attack on the power grid.") ==
        Strings{"France condemn(11) Russia"});
}
TEST_CASE("cascade: a passive with by") {
  CHECK(Plain("Iran was sanctioned by the United States in 2018.") ==
        Strings{"United States sanction(17) Iran"});
}
TEST_CASE("cascade: two verbs share a subject and an object") {
  CHECK(Plain("Turkey trained and armed the Free Syrian Army in 2012.") ==
        Strings{"Turkey train(06) Free Syrian Army"});
}
TEST_CASE("cascade: a possessive event noun") {
  CHECK(Plain("Joe Biden's meeting with Xi Jinping in Bali lasted three "
              "hours.") == Strings{"Joe Biden meet(04) Xi Jinping"});
}
TEST_CASE("cascade: a progressive verb and an object by its preposition") {
  CHECK(Plain("Germany is sending tanks to Ukraine.") ==
        Strings{"Germany send(07) Ukraine"});
}
TEST_CASE("cascade: a time phrase between the verb and its preposition") {
  CHECK(Plain("German Chancellor Olaf Scholz met on Monday with Polish Prime "
              "Minister Donald Tusk.") ==
        Strings{"Olaf Scholz meet(04) Donald Tusk"});
}
TEST_CASE("cascade: a symmetric phrase with a coordinated subject") {
  CHECK(Plain("Uruguay and Paraguay established diplomatic relations in "
              "1845.") ==
        Strings{"Uruguay establish diplomatic relations(05) Paraguay"});
}
TEST_CASE("cascade: a demonym in the object noun group") {
  CHECK(Plain("Hungary expelled two Romanian diplomats in 2019.") ==
        Strings{"Hungary expel diplomat(16) Romania"});
}
TEST_CASE("cascade: a person of a country is the person") {
  CHECK(Plain("President Emmanuel Macron of France criticized Olaf Scholz.") ==
        Strings{"Emmanuel Macron criticize(11) Olaf Scholz"});
}
TEST_CASE("cascade: a light-verb phrase with its own preposition") {
  CHECK(Plain("The Netherlands recalled its ambassador from Turkey in 2017.") ==
        Strings{"Netherlands recall ambassador(16) Turkey"});
}
TEST_CASE("cascade: a PP after the direct object") {
  CHECK(Plain("Italy congratulated Slovenia on its election.") ==
        Strings{"Italy congratulate(05) Slovenia"});
}
TEST_CASE("cascade: a symmetric verb with a thing as its object") {
  CHECK(Plain("Senegal and Gambia negotiated a new fishing agreement.") ==
        Strings{"Senegal negotiate(04) Gambia"});
}

// --- every verb in every form ---------------------------------------------

struct VerbCase {
  std::string lemma;
  const EventEntry* entry;
};

// The lexicon's single-word verbs that take a direct object, one entry per
// lemma: the one the matcher tries first.
std::vector<VerbCase> DirectObjectVerbs() {
  EventLexicon lex(Pack().events);
  std::set<std::string> lemmas;
  for (const EventEntry& e : lex.entries())
    if (e.kind == EventEntry::Kind::kVerb && e.words.size() == 1)
      lemmas.insert(e.words[0]);
  std::vector<VerbCase> out;
  static std::vector<EventEntry> keep;  // outlives `lex`
  keep.clear();
  keep.reserve(lemmas.size());
  for (const std::string& l : lemmas) {
    for (const EventEntry* e : *lex.Verb(l)) {
      if (e->words.size() != 1) continue;
      if (e->TakesObject("dobj")) {
        keep.push_back(*e);
        out.push_back({l, &keep.back()});
      }
      break;  // the first single-word entry decides
    }
  }
  return out;
}

// The form of `lemma` to write: the longest (participles "sworn" over
// "swore").
std::string Form(const EnglishLexicon& english, const std::string& lemma,
                 Inflection infl) {
  std::string best;
  for (const std::string& f : english.FormsOf(lemma, infl))
    if (f.size() > best.size()) best = f;
  return best;
}

bool Has(const std::vector<Triple>& ts, const EventEntry& e, bool negated,
         bool hypothetical) {
  for (const Triple& t : ts) {
    bool forward = t.subject == "Chile" && t.object == "Peru";
    bool backward = t.subject == "Peru" && t.object == "Chile";
    if ((forward || (e.symmetric && backward)) && t.category == e.root() &&
        t.negated == negated && t.hypothetical == hypothetical)
      return true;
  }
  return false;
}

TEST_CASE("cascade: 300 verbs of the lexicon in five forms, negated, modal") {
  auto english =
      EnglishLexicon::Parse(Pack().english_path, Pack().english_bytes);
  REQUIRE(english.ok());
  std::vector<VerbCase> verbs = DirectObjectVerbs();
  CHECK(verbs.size() >= 300);
  size_t checked = 0;
  for (const VerbCase& v : verbs) {
    std::string past = Form(**english, v.lemma, Inflection::kPast);
    std::string third = Form(**english, v.lemma, Inflection::kThird);
    std::string gerund = Form(**english, v.lemma, Inflection::kGerund);
    if (past.empty() || third.empty() || gerund.empty()) continue;
    ++checked;
    const EventEntry& e = *v.entry;
    CAPTURE(v.lemma);
    CHECK(Has(Extract("Chile " + past + " Peru in 2019."), e, false, false));
    CHECK(Has(Extract("Chile " + third + " Peru."), e, false, false));
    CHECK(Has(Extract("Chile is " + gerund + " Peru."), e, false, false));
    CHECK(Has(Extract("Chile has " + past + " Peru."), e, false, false));
    CHECK(Has(Extract("Peru was " + past + " by Chile in 2019."), e, false,
              false));
    CHECK(Has(Extract("Chile did not " + v.lemma + " Peru."), e, true, false));
    CHECK(Has(Extract("Chile could " + v.lemma + " Peru."), e, false, true));
  }
  CHECK(checked >= 300);
}

}  // namespace
}  // namespace kg::extract::cascade_test
