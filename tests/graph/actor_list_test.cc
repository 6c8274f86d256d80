#include "graph/actor_list.h"

#include <doctest/doctest.h>

#include <string>

#include "graph/cameo_category.h"
#include "tests/graph/test_graph.h"

namespace kg::graph {
namespace {

using testing::BuildGraph;

// lula -> ruto (04), lula -> BRA (11), ruto -> ruto (a loop, 04); KEN alone.
KnowledgeGraph ListedWorld() {
  return BuildGraph({{"lula", "Luiz Inácio Lula da Silva", "person", {"Lula"}},
                     {"ruto", "William Ruto", "person"},
                     {"BRA", "Brazil", "country"},
                     {"KEN", "Kenya", ""}},
                    {{"lula", "ruto", "2023"},
                     {"lula", "BRA", "2023", 1.0, "11", 3},
                     {"ruto", "ruto", ""}});
}

// "id:degree" for each actor listed, in order.
std::string Listed(const KnowledgeGraph& g, const ActorQuery& q) {
  std::string out;
  for (const ListedActor& a : ListActors(g, q))
    out += (out.empty() ? "" : " ") + g.actor(a.vertex).id + ":" + std::to_string(a.degree);
  return out;
}

TEST_CASE("ListActors: by degree, then name, match, type, filter, out-degree") {
  const KnowledgeGraph g = ListedWorld();
  struct Case {
    const char* name;
    ActorQuery query;
    const char* expected;
  };
  ActorQuery all, lula, da_silva, accents, ids, person, other, country_caps, nothing,
      punct, cat04, out;
  lula.match = "LULA";
  da_silva.match = "lula da";
  accents.match = "inacio";  // "Inácio" folded
  ids.match = "bra";
  person.type = "person";
  other.type = "other";  // an actor without a type
  country_caps.type = "Country";
  nothing.match = "zz";
  punct.match = "!!";  // folds to nothing: matches nothing
  cat04.filter.categories = {"04"};
  out.out_only = true;
  const Case cases[] = {
      {"all", all, "lula:2 ruto:2 BRA:1 KEN:0"},
      {"match, any case", lula, "lula:2"},
      {"match words", da_silva, "lula:2"},
      {"match without accents", accents, "lula:2"},
      {"match the id", ids, "BRA:1"},
      {"type", person, "lula:2 ruto:2"},
      {"no type is other", other, "KEN:0"},
      {"type, any case", country_caps, "BRA:1"},
      {"no match", nothing, ""},
      {"a match of punctuation only", punct, ""},
      {"degree through the filter", cat04, "ruto:2 lula:1 BRA:0 KEN:0"},
      {"out-degree", out, "lula:2 ruto:1 BRA:0 KEN:0"},
  };
  for (const Case& c : cases) {
    CAPTURE(c.name);
    CHECK(Listed(g, c.query) == c.expected);
  }
}

TEST_CASE("CameoRootName: the 20 root codes, two digits only") {
  CHECK(CameoRootName("01") == "make public statement");
  CHECK(CameoRootName("04") == "consult");
  CHECK(CameoRootName("11") == "disapprove");
  CHECK(CameoRootName("20") == "use unconventional mass violence");
  for (const char* bad : {"", "4", "00", "21", "99", "004", "a4", "0x"}) {
    CAPTURE(bad);
    CHECK(CameoRootName(bad).empty());
  }
}

}  // namespace
}  // namespace kg::graph
