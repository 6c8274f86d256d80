#include "extract/gazetteer.h"

#include <doctest/doctest.h>

#include <memory>
#include <ostream>
#include <string>
#include <string_view>
#include <vector>

#include "extract/internal/word_starts.h"

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

Actor Country(std::string id, std::string name,
              std::vector<std::string> aliases = {},
              std::vector<std::string> demonyms = {},
              std::vector<std::string> capitals = {}) {
  Actor a;
  a.id = std::move(id);
  a.name = std::move(name);
  a.type = ActorType::kCountry;
  a.aliases = std::move(aliases);
  a.demonyms = std::move(demonyms);
  a.capitals = std::move(capitals);
  return a;
}

Actor Person(std::string id, std::string name, std::string surname,
             std::string country, std::vector<std::string> aliases = {}) {
  Actor a;
  a.id = std::move(id);
  a.name = std::move(name);
  a.type = ActorType::kPerson;
  a.surname = std::move(surname);
  a.country = std::move(country);
  a.aliases = std::move(aliases);
  return a;
}

// A small world:
//   countries  CHN (alias PRC, People's Republic of China, 中国), TWN (Republic
//              of China), IRN, RUS (Россия), VNM (Việt Nam), COG and COD (both
//              "Congo"), BEL (capital Brussels), JOR
//   org        EU (alias Brussels: an alias beats BEL's capital)
//   persons    Tsai Ing-wen, Li Keqiang and Li Qiang (shared surname Li), Tô
//   Lâm,
//              Recep Tayyip Erdoğan (alias Erdogan), Theresa May ("May" is a
//              common word), Michael Jordan (surname loses to the country)
std::vector<Actor> World() {
  std::vector<Actor> w = {
      Country("CHN", "China", {"PRC", "People's Republic of China", "中国"},
              {"Chinese"}, {"Beijing"}),
      Country("TWN", "Taiwan", {"Republic of China"}, {"Taiwanese"},
              {"Taipei"}),
      Country("IRN", "Iran", {}, {}, {"Tehran"}),
      Country("RUS", "Russia", {"Россия"}, {"Russian"}, {"Moscow"}),
      Country("VNM", "Vietnam", {"Việt Nam"}, {"Vietnamese"}, {"Hanoi"}),
      Country("COG", "Republic of the Congo", {"Congo"}, {}, {"Brazzaville"}),
      Country("COD", "Democratic Republic of the Congo", {"Congo", "DRC"}, {},
              {"Kinshasa"}),
      Country("BEL", "Belgium", {}, {"Belgian"}, {"Brussels"}),
      Country("JOR", "Jordan", {}, {"Jordanian"}, {"Amman"}),
      Person("tsai-ing-wen", "Tsai Ing-wen", "Tsai", "TWN", {"Tsai"}),
      Person("li-keqiang", "Li Keqiang", "Li", "CHN", {"Li"}),
      Person("li-qiang", "Li Qiang", "Li", "CHN", {"Li"}),
      Person("to-lam", "Tô Lâm", "Lâm", "VNM", {"To Lam"}),
      Person("erdogan", "Recep Tayyip Erdoğan", "Erdoğan", "", {"Erdogan"}),
      Person("theresa-may", "Theresa May", "May", "", {"May"}),
      Person("michael-jordan", "Michael Jordan", "Jordan", ""),
  };
  Actor eu;
  eu.id = "EU";
  eu.name = "European Union";
  eu.type = ActorType::kOrganization;
  eu.aliases = {"EU", "Brussels"};
  w.push_back(eu);
  return w;
}

const Gazetteer& TheGazetteer() {
  static const std::unique_ptr<Gazetteer> g = [] {
    Result<std::unique_ptr<Gazetteer>> r = Gazetteer::Build(World(), {"May"});
    REQUIRE_MESSAGE(r.ok(), r.status().ToString());
    return std::move(*r);
  }();
  return *g;
}

std::string_view KindName(NameKind k) {
  switch (k) {
    case NameKind::kName:
      return "name";
    case NameKind::kAlias:
      return "alias";
    case NameKind::kCapital:
      return "capital";
    case NameKind::kDemonym:
      return "demonym";
    case NameKind::kSurname:
      return "surname";
  }
  return "?";
}

// Every hit as "surface=ID/kind", in order.
Strings Hits(std::string_view text) {
  const Gazetteer& g = TheGazetteer();
  Strings out;
  for (const GazetteerHit& h : g.Find(text)) {
    std::string s(text.substr(h.begin, h.end - h.begin));
    s += '=';
    s += g.actor(h.actor).id;
    s += '/';
    s += KindName(h.kind);
    out.push_back(s);
  }
  return out;
}

TEST_CASE("Gazetteer: finds names whole-word only, in any script") {
  struct Case {
    std::string_view text;
    Strings expected;
  };
  const std::vector<Case> cases = {
      {"Iran and China met.", {"Iran=IRN/name", "China=CHN/name"}},
      {"Iranian officials", {}},  // no demonym "Iranian" here
      {"Russians and Russian troops", {"Russian=RUS/demonym"}},
      {"PRCs", {}},
      {"Iran's envoy", {"Iran=IRN/name"}},
      {"Iran\u2019s envoy", {"Iran=IRN/name"}},
      {"Iran-backed groups", {"Iran=IRN/name"}},
      {"(Iran)", {"Iran=IRN/name"}},
      {"\"Iran\"", {"Iran=IRN/name"}},
      {"Iran.", {"Iran=IRN/name"}},
      {"Iran", {"Iran=IRN/name"}},
      {"Iran2", {}},
      {"XIran", {}},
      // Letters with diacritics are letters.
      {"Irané", {}},
      {"éIran", {}},
      {"Chinaß", {}},
      {"Việt Nam and Vietnam", {"Việt Nam=VNM/alias", "Vietnam=VNM/name"}},
      {"Việt Namese", {}},
      // Cyrillic: "Россиян" (Russians) starts with "Россия" but is another
      // word.
      {"Россия и Китай", {"Россия=RUS/alias"}},
      {"Россиян", {}},
      {"«Россия»", {"Россия=RUS/alias"}},
      // CJK: a name is found between punctuation, not inside a longer word.
      {"“中国”", {"中国=CHN/alias"}},
      {"中国人", {}},
      // NBSP and em dash are separators.
      {"Iran\u00a0China", {"Iran=IRN/name", "China=CHN/name"}},
      {"Iran\u2014China", {"Iran=IRN/name", "China=CHN/name"}},
      {"", {}},
  };
  for (const Case& c : cases) {
    CAPTURE(c.text);
    CHECK(Hits(c.text) == c.expected);
  }
}

TEST_CASE("Gazetteer: matching is case-sensitive") {
  CHECK(Hits("iran and CHINA") == Strings{});
  CHECK(Hits("the prc") == Strings{});
}

TEST_CASE("Gazetteer: leftmost-longest, not overlapping, with byte offsets") {
  const Gazetteer& g = TheGazetteer();
  const std::string text =
      "The People's Republic of China and the Republic of China and China.";
  std::vector<GazetteerHit> hits = g.Find(text);
  REQUIRE(hits.size() == 3);
  CHECK(hits[0].begin == 4);
  CHECK(hits[0].end == 30);
  CHECK(g.actor(hits[0].actor).id == "CHN");
  CHECK(hits[0].kind == NameKind::kAlias);
  CHECK(hits[1].begin == 39);
  CHECK(hits[1].end == 56);
  CHECK(g.actor(hits[1].actor).id == "TWN");
  CHECK(text.substr(hits[2].begin, hits[2].end - hits[2].begin) == "China");
  CHECK(g.actor(hits[2].actor).id == "CHN");

  CHECK(Hits("Republic of the Congo and Democratic Republic of the Congo") ==
        Strings{"Republic of the Congo=COG/name",
                "Democratic Republic of the Congo=COD/name"});
}

TEST_CASE("Gazetteer: kinds of names") {
  struct Case {
    std::string_view text;
    Strings expected;
  };
  const std::vector<Case> cases = {
      {"China", {"China=CHN/name"}},
      {"PRC", {"PRC=CHN/alias"}},
      {"Beijing", {"Beijing=CHN/capital"}},
      {"Chinese", {"Chinese=CHN/demonym"}},
      {"Tsai Ing-wen", {"Tsai Ing-wen=tsai-ing-wen/name"}},
      {"Tsai", {"Tsai=tsai-ing-wen/surname"}},  // an alias that is the surname
      {"Tô Lâm", {"Tô Lâm=to-lam/name"}},
      {"To Lam", {"To Lam=to-lam/alias"}},
      {"Lâm", {"Lâm=to-lam/surname"}},
      {"Erdogan", {"Erdogan=erdogan/surname"}},  // folds to the surname Erdoğan
      {"Erdoğan", {"Erdoğan=erdogan/surname"}},
  };
  for (const Case& c : cases) {
    CAPTURE(c.text);
    CHECK(Hits(c.text) == c.expected);
  }
}

TEST_CASE(
    "Gazetteer: a form two actors share goes to the stronger kind, or to "
    "nobody") {
  const Gazetteer& g = TheGazetteer();
  // Same kind (two aliases): ambiguous, dropped.
  CHECK(Hits("Congo") == Strings{});
  CHECK(g.Lookup("Congo") == -1);
  CHECK(Hits("DRC") == Strings{"DRC=COD/alias"});
  // An alias beats a capital.
  CHECK(Hits("Brussels") == Strings{"Brussels=EU/alias"});
  CHECK(g.Lookup("Brussels") == g.FindId("EU"));
  // A name beats a surname.
  CHECK(Hits("Jordan") == Strings{"Jordan=JOR/name"});
  CHECK(Hits("Michael Jordan") ==
        Strings{"Michael Jordan=michael-jordan/name"});
}

TEST_CASE(
    "Gazetteer: shared surnames are not matched alone but listed by "
    "SurnameOwners") {
  const Gazetteer& g = TheGazetteer();
  CHECK(Hits("Li met Tsai.") == Strings{"Tsai=tsai-ing-wen/surname"});
  CHECK(Hits("Li Qiang met Li Keqiang.") ==
        Strings{"Li Qiang=li-qiang/name", "Li Keqiang=li-keqiang/name"});
  CHECK(g.Lookup("Li") == -1);
  CHECK(g.SurnameOwners("Li") ==
        std::vector<int>{g.FindId("li-keqiang"), g.FindId("li-qiang")});
  CHECK(g.SurnameOwners("Tsai") == std::vector<int>{g.FindId("tsai-ing-wen")});
  CHECK(g.SurnameOwners("Erdogan") == std::vector<int>{g.FindId("erdogan")});
  CHECK(g.SurnameOwners("Nobody").empty());
  CHECK(g.SurnameOwners("China").empty());
}

TEST_CASE("Gazetteer: common words are never matched alone") {
  const Gazetteer& g = TheGazetteer();
  CHECK(Hits("In May, May met Li.") == Strings{});
  CHECK(Hits("Theresa May met Tsai.") ==
        Strings{"Theresa May=theresa-may/name", "Tsai=tsai-ing-wen/surname"});
  CHECK(g.Lookup("May") == -1);
  CHECK(g.SurnameOwners("May") == std::vector<int>{g.FindId("theresa-may")});
}

TEST_CASE("Gazetteer: FindId and Lookup") {
  const Gazetteer& g = TheGazetteer();
  CHECK(g.actors().size() == World().size());
  CHECK(g.FindId("CHN") == 0);
  CHECK(g.FindId("EU") == static_cast<int>(World().size()) - 1);
  CHECK(g.FindId("chn") == -1);
  CHECK(g.FindId("") == -1);
  CHECK(g.actor(g.FindId("TWN")).name == "Taiwan");
  struct Case {
    std::string_view surface;
    std::string id;  // "" for -1
  };
  const std::vector<Case> cases = {
      {"China", "CHN"},
      {"Beijing", "CHN"},
      {"Chinese", "CHN"},
      {"Republic of China", "TWN"},
      {"Tsai", "tsai-ing-wen"},
      {"Lâm", "to-lam"},
      {"china", ""},
      {"Li", ""},
      {"May", ""},
      {"Congo", ""},
      {"Nowhere", ""},
  };
  for (const Case& c : cases) {
    CAPTURE(c.surface);
    int i = g.Lookup(c.surface);
    CHECK((i < 0 ? std::string() : g.actor(i).id) == c.id);
  }
}

TEST_CASE("Gazetteer: LookupLoose folds case and diacritics") {
  const Gazetteer& g = TheGazetteer();
  struct Case {
    std::string_view name;
    std::string id;  // "" for -1
  };
  const std::vector<Case> cases = {
      {"TO LAM", "to-lam"},
      {"to lam", "to-lam"},
      {"Tô Lâm", "to-lam"},
      {"TÔ LÂM", "to-lam"},
      {"  Tô   Lâm ", "to-lam"},
      {"recep tayyip erdogan", "erdogan"},
      {"RECEP TAYYIP ERDOĞAN", "erdogan"},
      {"viet nam", "VNM"},
      {"VIETNAM", "VNM"},
      {"chn", "CHN"},  // ids count
      {"people's republic of china", "CHN"},
      {"european union", "EU"},
      {"россия", ""},  // only Latin letters fold
      {"Россия", "RUS"},
      {"Beijing", ""},  // capitals and demonyms do not count
      {"Chinese", ""},
      {"Lam", ""},  // nor surnames
      {"", ""},
  };
  for (const Case& c : cases) {
    CAPTURE(c.name);
    int i = g.LookupLoose(c.name);
    CHECK((i < 0 ? std::string() : g.actor(i).id) == c.id);
  }
}

TEST_CASE("Gazetteer: Build fails when a person's country is no actor") {
  std::vector<Actor> actors = {Country("CHN", "China"),
                               Person("xi", "Xi Jinping", "Xi", "PRC")};
  SUBCASE("with a location") {
    actors[1].source_path = "leaders.json";
    actors[1].source_line = 7;
    Result<std::unique_ptr<Gazetteer>> g = Gazetteer::Build(actors);
    REQUIRE_FALSE(g.ok());
    CHECK(g.status().code() == StatusCode::kInvalidArgument);
    CHECK(g.status().ToString() ==
          "leaders.json:7: actor \"xi\": country \"PRC\" is not an actor id");
  }
  SUBCASE("without one") {
    Result<std::unique_ptr<Gazetteer>> g = Gazetteer::Build(actors);
    CHECK(g.status().ToString() ==
          "actor \"xi\": country \"PRC\" is not an actor id");
  }
  SUBCASE("a country alias is no id") {
    actors[0].aliases = {"PRC"};
    Result<std::unique_ptr<Gazetteer>> g = Gazetteer::Build(actors);
    CHECK_FALSE(g.ok());
  }
  SUBCASE("fixed") {
    actors[1].country = "CHN";
    CHECK(Gazetteer::Build(actors).ok());
  }
}

TEST_CASE("Gazetteer: an empty gazetteer finds nothing") {
  Result<std::unique_ptr<Gazetteer>> g = Gazetteer::Build({});
  REQUIRE(g.ok());
  CHECK((*g)->Find("China met Iran.").empty());
  CHECK((*g)->Lookup("China") == -1);
  CHECK((*g)->LookupLoose("China") == -1);
}

// Find(WordStarts) tries fewer positions than Find(text): the same hits,
// with forms that begin with bytes WordStarts does not cover (a few: their
// positions are added; many: the plain scan).
TEST_CASE("Gazetteer: Find over word starts finds what Find(text) does") {
  auto same = [](const std::vector<GazetteerHit>& a,
                 const std::vector<GazetteerHit>& b) {
    if (a.size() != b.size()) return false;
    for (size_t i = 0; i < a.size(); ++i)
      if (a[i].begin != b[i].begin || a[i].end != b[i].end ||
          a[i].actor != b[i].actor || a[i].kind != b[i].kind)
        return false;
    return true;
  };
  const std::vector<std::string> texts = {
      "China's PRC and the People's Republic of China met Tsai Ing-wen.",
      "Tô Lâm, To Lam, Việt Nam and Россия; 中国 and Erdogan's Turkey.",
      "'Akilisi Pohiva met (Kyiv) officials and 'Akilisi's aides in x'Akilisi.",
      "-Dash, .Dot, [Bracket] and #Hash met Moscow's -Dash.",
      "Brussels and the EU; Congo, DRC, Jordan and Michael Jordan.",
      "",
      "'",
      "(Kyiv",
      "Q",
      "Q.",
      "Qatar and Q, QQ, Q's and Q",
  };
  std::vector<Actor> world = World();
  world.push_back(Country("TON", "'Akilisi Pohiva"));  // a leading "'"
  world.push_back(Country("UKR", "(Kyiv)"));
  world.push_back(Country("QQQ", "Q"));  // a one-byte form
  std::vector<Actor> many = world;       // five uncovered first bytes
  for (std::string name : {"-Dash", ".Dot", "[Bracket]", "#Hash"})
    many.push_back(Country(name, name));
  for (const auto& actors : {World(), world, many}) {
    Result<std::unique_ptr<Gazetteer>> g = Gazetteer::Build(actors, {"May"});
    REQUIRE(g.ok());
    internal::WordStarts starts;
    for (const std::string& t : texts) {
      CAPTURE(t);
      starts.Reset(t);
      CHECK(same((*g)->Find(starts), (*g)->Find(t)));
    }
  }
  internal::WordStarts starts;
  starts.Reset("'Akilisi Pohiva met (Kyiv) officials");
  Result<std::unique_ptr<Gazetteer>> g = Gazetteer::Build(world, {"May"});
  REQUIRE(g.ok());
  CHECK((*g)->Find(starts).size() == 2);
}

}  // namespace
}  // namespace kg::extract
