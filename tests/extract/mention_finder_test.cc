#include "extract/mention_finder.h"

#include <doctest/doctest.h>

#include <algorithm>
#include <memory>
#include <ostream>
#include <string>
#include <string_view>
#include <vector>

#include "extract/document_actors.h"
#include "extract/gazetteer.h"
#include "extract/rule_pack.h"

namespace kg::extract {
namespace {

// A list of strings that doctest prints on failure.
struct Strings : std::vector<std::string> {
  using vector::vector;
};
std::ostream& operator<<(std::ostream& os, const Strings& v) {
  os << "{";
  for (size_t i = 0; i < v.size(); ++i)
    os << (i ? ", \"" : "\"") << v[i] << "\"";
  return os << "}";
}

Actor MakeActor(std::string id, std::string name, ActorType type) {
  Actor a;
  a.id = std::move(id);
  a.name = std::move(name);
  a.type = type;
  return a;
}

// A small pack, set up in the struct: titles, organization heads, pair
// phrases, pronouns and organization titles, and these actors:
//   countries  CAN (Canadian, Ottawa), TWN (Taiwanese, Taipei), VNM
//   (Vietnamese),
//              USA (U.S., American), RUS (Russian), CHN (Chinese, Beijing),
//              POL (Polish), JPN (Japanese, Tokyo)
//   persons    Tsai Ing-wen (TWN), Tô Lâm (VNM), Xi Jinping (CHN),
//              Li Keqiang and Li Qiang (CHN, shared surname Li)
//   orgs       TASS (RUS)
RulePack SmallPack() {
  RulePack pack;
  pack.name = "small";
  pack.person_titles = {"President", "Prime Minister",   "General Secretary",
                        "Premier",   "Foreign Minister", "leader",
                        "Mr."};
  pack.org_heads = {"Office", "Council", "Ministry", "Agency"};
  pack.country_pair_phrases = {"the two countries", "both sides"};
  pack.person_pair_phrases = {"both leaders", "the two leaders"};
  pack.pronouns = {"he", "she"};
  pack.org_titles = {"news agency", "state news agency"};
  pack.given_names = {"Alexei", "John", "Norman"};
  pack.family_names_first = {"Zhou", "Kim"};
  pack.non_name_words = {"Dynasty"};
  auto country = [&pack](std::string id, std::string name,
                         std::vector<std::string> aliases,
                         std::vector<std::string> demonyms,
                         std::vector<std::string> capitals) {
    Actor a = MakeActor(std::move(id), std::move(name), ActorType::kCountry);
    a.aliases = std::move(aliases);
    a.demonyms = std::move(demonyms);
    a.capitals = std::move(capitals);
    pack.actors.push_back(std::move(a));
  };
  country("CAN", "Canada", {}, {"Canadian"}, {"Ottawa"});
  country("TWN", "Taiwan", {}, {"Taiwanese"}, {"Taipei"});
  country("VNM", "Vietnam", {}, {"Vietnamese"}, {"Hanoi"});
  country("USA", "United States", {"U.S."}, {"American"}, {"Washington"});
  country("RUS", "Russia", {}, {"Russian"}, {"Moscow"});
  country("CHN", "China", {}, {"Chinese"}, {"Beijing"});
  country("POL", "Poland", {}, {"Polish"}, {"Warsaw"});
  country("JPN", "Japan", {}, {"Japanese"}, {"Tokyo"});
  auto person = [&pack](std::string id, std::string name, std::string surname,
                        std::string country_id) {
    Actor a = MakeActor(std::move(id), std::move(name), ActorType::kPerson);
    a.surname = surname;
    a.aliases = {surname};
    a.country = std::move(country_id);
    pack.actors.push_back(std::move(a));
  };
  person("tsai-ing-wen", "Tsai Ing-wen", "Tsai", "TWN");
  person("to-lam", "Tô Lâm", "Lâm", "VNM");
  person("xi-jinping", "Xi Jinping", "Xi", "CHN");
  person("li-keqiang", "Li Keqiang", "Li", "CHN");
  person("li-qiang", "Li Qiang", "Li", "CHN");
  Actor tass = MakeActor("TASS", "TASS", ActorType::kOrganization);
  tass.country = "RUS";
  pack.actors.push_back(tass);
  return pack;
}

struct Fixture {
  RulePack pack = SmallPack();
  std::unique_ptr<Gazetteer> gazetteer;
  std::unique_ptr<MentionFinder> finder;
};

const Fixture& F() {
  static const std::unique_ptr<Fixture> f = [] {
    auto x = std::make_unique<Fixture>();
    Result<std::unique_ptr<Gazetteer>> g =
        Gazetteer::Build(x->pack.actors, x->pack.common_words);
    REQUIRE_MESSAGE(g.ok(), g.status().ToString());
    x->gazetteer = std::move(*g);
    Result<std::unique_ptr<MentionFinder>> m =
        MentionFinder::Create(x->pack, x->gazetteer.get());
    REQUIRE_MESSAGE(m.ok(), m.status().ToString());
    x->finder = std::move(*m);
    return x;
  }();
  return *f;
}

std::string_view SourceName(MentionSource s) {
  switch (s) {
    case MentionSource::kGazetteer:
      return "gazetteer";
    case MentionSource::kTitle:
      return "title";
    case MentionSource::kApposition:
      return "apposition";
    case MentionSource::kOrganization:
      return "organization";
    case MentionSource::kPersonName:
      return "name";
    case MentionSource::kLocalName:
      return "local";
    case MentionSource::kPronoun:
      return "pronoun";
    case MentionSource::kPair:
      return "pair";
  }
  return "?";
}

// Finds the mentions of `sentence` and writes each as
// "text=Actor Name/source" ("+" between the actors of a pair).
Strings Find(std::string_view sentence, DocumentActors* actors) {
  Strings out;
  for (const Mention& m : F().finder->Find(sentence, actors)) {
    std::string s(sentence.substr(m.begin, m.end - m.begin));
    s += '=';
    for (size_t i = 0; i < m.actors.size(); ++i) {
      if (i) s += '+';
      s += actors->actor(m.actors[i]).name;
    }
    s += '/';
    s += SourceName(m.source);
    out.push_back(s);
  }
  return out;
}

TEST_CASE(
    "MentionFinder: a title introduces a person, with the demonym's country") {
  DocumentActors actors(F().gazetteer.get());
  const int known = static_cast<int>(F().gazetteer->actors().size());
  CHECK(
      Find("Canadian Prime Minister Mark Carney met Xi in Ottawa.", &actors) ==
      Strings{"Canadian Prime Minister Mark Carney=Mark Carney/title",
              "Xi=Xi Jinping/gazetteer", "Ottawa=Canada/gazetteer"});
  REQUIRE(actors.size() == known + 1);
  const Actor& carney = actors.actor(known);
  CHECK(carney.id == "mark-carney");
  CHECK(carney.name == "Mark Carney");
  CHECK(carney.type == ActorType::kPerson);
  CHECK(carney.country == "CAN");
  CHECK(carney.surname == "Carney");
  CHECK(actors.CountryOf(known) == F().gazetteer->FindId("CAN"));

  // Later in the document the surname alone names him.
  CHECK(actors.Lookup("Carney") == known);
  CHECK(Find("Carney later called Tsai.", &actors) ==
        Strings{"Carney=Mark Carney/local", "Tsai=Tsai Ing-wen/gazetteer"});
  CHECK(Find("Mark Carney spoke.", &actors) ==
        Strings{"Mark Carney=Mark Carney/local"});
  CHECK(actors.size() == known + 1);  // nobody new
}

TEST_CASE(
    "MentionFinder: a title before a known surname or name is that person") {
  struct Case {
    std::string_view sentence;
    Strings expected;
  };
  const std::vector<Case> cases = {
      {"President Tsai visited Japan.",
       {"President Tsai=Tsai Ing-wen/title", "Japan=Japan/gazetteer"}},
      {"Taiwanese President Tsai Ing-wen spoke.",
       {"Taiwanese President Tsai Ing-wen=Tsai Ing-wen/title"}},
      {"Chinese leader Xi Jinping arrived.",
       {"Chinese leader Xi Jinping=Xi Jinping/title"}},
      {"General Secretary Tô Lâm visited Tokyo.",
       {"General Secretary Tô Lâm=Tô Lâm/title", "Tokyo=Japan/gazetteer"}},
      {"Vietnamese General Secretary Tô Lâm spoke.",
       {"Vietnamese General Secretary Tô Lâm=Tô Lâm/title"}},
      {"China's Premier Li Qiang spoke.",
       {"China's Premier Li Qiang=Li Qiang/title"}},
  };
  for (const Case& c : cases) {
    CAPTURE(c.sentence);
    DocumentActors actors(F().gazetteer.get());
    CHECK(Find(c.sentence, &actors) == c.expected);
    CHECK(actors.size() ==
          static_cast<int>(F().gazetteer->actors().size()));  // none discovered
  }
}

TEST_CASE("MentionFinder: names with diacritics and particles after a title") {
  struct Case {
    std::string_view sentence;
    Strings expected;
    std::string country;
  };
  const std::vector<Case> cases = {
      {"Polish President Łukasz Nowak met Xi.",
       {"Polish President Łukasz Nowak=Łukasz Nowak/title",
        "Xi=Xi Jinping/gazetteer"},
       "POL"},
      {"Prime Minister Đoàn Văn Sáng spoke.",
       {"Prime Minister Đoàn Văn Sáng=Đoàn Văn Sáng/title"},
       ""},
      {"Foreign Minister Ursula von Meyer spoke.",
       {"Foreign Minister Ursula von Meyer=Ursula von Meyer/title"},
       ""},
      {"Japanese Prime Minister Ōta Kōzō spoke.",
       {"Japanese Prime Minister Ōta Kōzō=Ōta Kōzō/title"},
       "JPN"},
  };
  for (const Case& c : cases) {
    CAPTURE(c.sentence);
    DocumentActors actors(F().gazetteer.get());
    CHECK(Find(c.sentence, &actors) == c.expected);
    const int known = static_cast<int>(F().gazetteer->actors().size());
    REQUIRE(actors.size() == known + 1);
    CHECK(actors.actor(known).country == c.country);
  }
}

TEST_CASE(
    "MentionFinder: a shared surname names nobody until the document names one "
    "in full") {
  DocumentActors actors(F().gazetteer.get());
  CHECK(Find("Li met Tsai.", &actors) ==
        Strings{"Tsai=Tsai Ing-wen/gazetteer"});
  // After the document names Li Qiang in full, "Li" is him.
  CHECK(Find("Li Qiang arrived.", &actors) ==
        Strings{"Li Qiang=Li Qiang/gazetteer"});
  CHECK(Find("Li met Tsai.", &actors) ==
        Strings{"Li=Li Qiang/local", "Tsai=Tsai Ing-wen/gazetteer"});
  CHECK(Find("Premier Li met Tsai.", &actors) ==
        Strings{"Premier Li=Li Qiang/title", "Tsai=Tsai Ing-wen/gazetteer"});
}

// PersonNamed() discovers a new person called "Li" when a title precedes a
// surname that two gazetteer persons share (even of the same country).
TEST_CASE("MentionFinder: a shared surname after a title is no new person") {
  struct Case {
    std::string_view sentence;
    Strings expected;
  };
  const std::vector<Case> cases = {
      {"Premier Li met Tsai.", {"Tsai=Tsai Ing-wen/gazetteer"}},
      {"Chinese Premier Li met Tsai.",
       {"Chinese=China/gazetteer", "Tsai=Tsai Ing-wen/gazetteer"}},
      {"Mr. Li met Tsai.", {"Tsai=Tsai Ing-wen/gazetteer"}},
  };
  for (const Case& c : cases) {
    CAPTURE(c.sentence);
    DocumentActors actors(F().gazetteer.get());
    CHECK(Find(c.sentence, &actors) == c.expected);
    CHECK(actors.size() == static_cast<int>(F().gazetteer->actors().size()));
  }
}

TEST_CASE("MentionFinder: an apposition introduces a person") {
  DocumentActors actors(F().gazetteer.get());
  const int known = static_cast<int>(F().gazetteer->actors().size());
  CHECK(Find("Ma Ying-jeou, the president of Taiwan, met Xi.", &actors) ==
        Strings{"Ma Ying-jeou=Ma Ying-jeou/apposition",
                "Taiwan=Taiwan/gazetteer", "Xi=Xi Jinping/gazetteer"});
  REQUIRE(actors.size() == known + 1);
  // East Asian order: the family name comes first.
  CHECK(actors.actor(known).surname == "Ma");
  CHECK(Find("Ma later left.", &actors) == Strings{"Ma=Ma Ying-jeou/local"});
}

TEST_CASE("MentionFinder: organizations end in a head noun") {
  DocumentActors actors(F().gazetteer.get());
  const int known = static_cast<int>(F().gazetteer->actors().size());
  CHECK(Find("The new rules of the U.S. Office of Personnel Management took "
             "effect.",
             &actors) == Strings{"U.S.=United States/gazetteer",
                                 "Office of Personnel Management=Office of "
                                 "Personnel Management/organization"});
  REQUIRE(actors.size() == known + 1);
  const Actor& opm = actors.actor(known);
  CHECK(opm.type == ActorType::kOrganization);
  CHECK(opm.country == "USA");
  CHECK(opm.id == "office-of-personnel-management");

  CHECK(
      Find("The Canadian Security Council met.", &actors) ==
      Strings{
          "Canadian Security Council=Canadian Security Council/organization"});
  // The same name later is the same actor.
  CHECK(Find("Office of Personnel Management staff left.", &actors) ==
        Strings{"Office of Personnel Management=Office of Personnel "
                "Management/organization"});
  CHECK(actors.size() == known + 2);
}

TEST_CASE(
    "MentionFinder: an organization title and the demonym before it join the "
    "mention") {
  struct Case {
    std::string_view sentence;
    Strings expected;
  };
  const std::vector<Case> cases = {
      {"The Russian news agency TASS reported it.",
       {"Russian news agency TASS=TASS/gazetteer"}},
      {"The state news agency TASS reported it.",
       {"state news agency TASS=TASS/gazetteer"}},
      {"TASS reported it.", {"TASS=TASS/gazetteer"}},
      {"Russian media and TASS reported it.",
       {"Russian=Russia/gazetteer", "TASS=TASS/gazetteer"}},
  };
  for (const Case& c : cases) {
    CAPTURE(c.sentence);
    DocumentActors actors(F().gazetteer.get());
    CHECK(Find(c.sentence, &actors) == c.expected);
  }
}

TEST_CASE("MentionFinder: a pronoun is the paragraph's last person") {
  DocumentActors actors(F().gazetteer.get());
  actors.StartParagraph();
  CHECK(Find("Xi Jinping visited Canada.", &actors) ==
        Strings{"Xi Jinping=Xi Jinping/gazetteer", "Canada=Canada/gazetteer"});
  CHECK(Find("He met Tsai in Ottawa.", &actors) ==
        Strings{"He=Xi Jinping/pronoun", "Tsai=Tsai Ing-wen/gazetteer",
                "Ottawa=Canada/gazetteer"});
  CHECK(Find("Later she left.", &actors) ==
        Strings{"she=Tsai Ing-wen/pronoun"});
  // Pronouns are whole words.
  CHECK(Find("The shepherd helped them.", &actors) == Strings{});

  // In a new paragraph the last person of the document still counts.
  actors.StartParagraph();
  CHECK(Find("He returned.", &actors) == Strings{"He=Tsai Ing-wen/pronoun"});
}

TEST_CASE(
    "MentionFinder: a pronoun with no person before it is the document's "
    "focus") {
  DocumentActors actors(F().gazetteer.get());
  CHECK(Find("He returned.", &actors) == Strings{});
  actors.SetDocumentFocus(
      F().finder->FindFocus("Prime Minister Mark Carney", &actors));
  REQUIRE(actors.document_focus() >= 0);
  CHECK(actors.actor(actors.document_focus()).name == "Mark Carney");
  CHECK(Find("He returned.", &actors) == Strings{"He=Mark Carney/pronoun"});
}

TEST_CASE(
    "MentionFinder: \"the two countries\" are the two most frequent recent "
    "countries") {
  SUBCASE("the previous sentence") {
    DocumentActors actors(F().gazetteer.get());
    actors.StartParagraph();
    Find("Canada hosted China.", &actors);
    CHECK(Find("The two countries signed a deal.", &actors) ==
          Strings{"The two countries=China+Canada/pair"});
  }
  SUBCASE("frequency beats recency") {
    DocumentActors actors(F().gazetteer.get());
    actors.StartParagraph();
    Find("Canada met China, and Canada thanked China in Vietnam.", &actors);
    CHECK(Find("Both sides signed a deal.", &actors) ==
          Strings{"Both sides=China+Canada/pair"});
  }
  SUBCASE("persons count as their countries") {
    DocumentActors actors(F().gazetteer.get());
    actors.StartParagraph();
    Find("Xi Jinping met Tsai Ing-wen.", &actors);
    CHECK(Find("The two countries agreed.", &actors) ==
          Strings{"The two countries=Taiwan+China/pair"});
  }
  SUBCASE("completed with the document's focus") {
    DocumentActors actors(F().gazetteer.get());
    actors.SetDocumentFocus(
        F().finder->FindFocus("Foreign relations of Japan", &actors));
    actors.StartParagraph();
    Find("Vietnam sent an envoy.", &actors);
    CHECK(Find("The two countries agreed.", &actors) ==
          Strings{"The two countries=Vietnam+Japan/pair"});
  }
  SUBCASE("one country alone is no pair") {
    DocumentActors actors(F().gazetteer.get());
    actors.StartParagraph();
    Find("Vietnam sent an envoy.", &actors);
    CHECK(Find("The two countries agreed.", &actors) == Strings{});
  }
  SUBCASE("both leaders are the two recent persons") {
    DocumentActors actors(F().gazetteer.get());
    actors.StartParagraph();
    Find("Xi Jinping called Tô Lâm from Beijing.", &actors);
    CHECK(Find("Both leaders agreed.", &actors) ==
          Strings{"Both leaders=Tô Lâm+Xi Jinping/pair"});
  }
}

TEST_CASE(
    "MentionFinder: FindFocus gives the first person, else the first actor") {
  struct Case {
    std::string_view title;
    std::string focus;  // "" for none
  };
  const std::vector<Case> cases = {
      {"Foreign relations of Canada", "Canada"},
      {"Canada–China relations", "Canada"},
      {"China and the presidency of Tsai Ing-wen", "Tsai Ing-wen"},
      {"Premier Li Qiang", "Li Qiang"},
      {"Prime Minister Mark Carney", "Mark Carney"},
      {"A history of trade", ""},
  };
  for (const Case& c : cases) {
    CAPTURE(c.title);
    DocumentActors actors(F().gazetteer.get());
    int focus = F().finder->FindFocus(c.title, &actors);
    CHECK((focus < 0 ? std::string() : actors.actor(focus).name) == c.focus);
  }
}

TEST_CASE("MentionFinder: mentions are in order and do not overlap") {
  DocumentActors actors(F().gazetteer.get());
  const std::string s =
      "Canadian Prime Minister Mark Carney, Xi Jinping and the Russian news "
      "agency TASS met "
      "in Beijing with President Tsai.";
  std::vector<Mention> ms = F().finder->Find(s, &actors);
  REQUIRE(ms.size() == 5);
  for (size_t i = 1; i < ms.size(); ++i) CHECK(ms[i - 1].end <= ms[i].begin);
  CHECK(ms[0].begin == 0);
  CHECK(ms[0].end == 35);
  CHECK(ms.back().end == s.size() - 1);
  for (const Mention& m : ms) {
    CHECK(m.actors.size() == 1);
    CHECK_FALSE(m.resolved());
  }
}

TEST_CASE("MentionFinder: persons named by the shape of their name") {
  struct Case {
    std::string_view sentence;
    Strings expected;
  };
  const std::vector<Case> cases = {
      // A given name and one or two capitalized words, a middle initial.
      {"Alexei Kosygin met Zhou Enlai in Beijing.",
       {"Alexei Kosygin=Alexei Kosygin/name", "Zhou Enlai=Zhou Enlai/name",
        "Beijing=China/gazetteer"}},
      {"John F. Kennedy spoke.", {"John F. Kennedy=John F. Kennedy/name"}},
      // East Asian order: the family name first, up to two given names.
      {"Kim Dae Jung visited Japan.",
       {"Kim Dae Jung=Kim Dae Jung/name", "Japan=Japan/gazetteer"}},
      // A word that names no person; an organization head makes an
      // organization; a country inside is the country.
      {"The Zhou Dynasty fell.", {}},
      {"Norman Office staff left.",
       {"Norman Office=Norman Office/organization"}},
      {"John Canada spoke.", {"Canada=Canada/gazetteer"}},
      // A lone given name is no person.
      {"Alexei spoke.", {}},
  };
  for (const Case& c : cases) {
    CAPTURE(c.sentence);
    DocumentActors actors(F().gazetteer.get());
    CHECK(Find(c.sentence, &actors) == c.expected);
  }
  // Once named, the surname alone is the same person.
  DocumentActors actors(F().gazetteer.get());
  Find("Alexei Kosygin met Zhou Enlai.", &actors);
  CHECK(Find("Kosygin left.", &actors) ==
        Strings{"Kosygin=Alexei Kosygin/local"});
}

}  // namespace
}  // namespace kg::extract
