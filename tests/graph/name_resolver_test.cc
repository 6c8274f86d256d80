#include "graph/name_resolver.h"

#include <doctest/doctest.h>

#include <string>
#include <string_view>

#include "tests/graph/test_graph.h"

namespace kg::graph {
namespace {

using testing::BuildGraph;

// Actors only: names resolve without edges.
KnowledgeGraph World() {
  return BuildGraph(
      {
          {"xi-jinping", "Xi Jinping", "person", {"President Xi"}},
          {"vladimir-putin",
           "Vladimir Putin",
           "person",
           {"President Vladimir Putin"}},
          {"to-lam", "Tô Lâm", "person"},
          {"lee-kuan-yew", "Lee Kuan Yew", "person"},
          {"kim-jong-un", "Kim Jong Un", "person", {"Kim"}},
          {"kim-yo-jong", "Kim Yo Jong", "person", {"Kim"}},
          {"CHN",
           "China",
           "country",
           {"Beijing", "People's Republic of China"}},
          {"TWN", "Taiwan", "country", {"Republic of China"}},
          {"COG", "Congo", "country"},
          {"COD", "Congo", "country"},
          {"USA", "United States", "country", {"Washington"}},
          {"george-washington", "George Washington", "person"},
          {"eve-smith", "Eve Smith", "person"},
          {"bob-smith", "Bob Smith", "person"},
          {"gus-smith", "Gus Smith", "person"},
          {"anna-smith", "Anna Smith", "person"},
          {"dora-smith", "Dora Smith", "person"},
          {"carl-smith", "Carl Smith", "person"},
          {"fay-smith", "Fay Smith", "person"},
          {"lula", "Luiz Inácio Lula da Silva", "person", {"Lula"}},
          {"KOR", "Republic of Korea", "country", {"South Korea"}},
          {"PRK", "Democratic People's Republic of Korea", "country"},
      },
      {});
}

// The id of the actor found, or the error.
std::string Resolve(const KnowledgeGraph& g, std::string_view name) {
  Result<size_t> v = ResolveActor(g, name);
  return v.ok() ? g.actor(*v).id : "error: " + v.status().ToString();
}

TEST_CASE("ResolveActor: id, names, names seen and surnames, folded") {
  KnowledgeGraph g = World();
  struct Case {
    std::string_view query;
    const char* expected;
  };
  const Case cases[] = {
      {"CHN", "CHN"},                // exact id
      {"chn", "CHN"},                // folded id
      {"xi jinping", "xi-jinping"},  // folded id (the hyphen is a space)
      {"China", "CHN"},              // canonical name
      {"  CHINA!", "CHN"},           // case and punctuation
      {"Beijing", "CHN"},            // a name seen
      {"people's republic of china", "CHN"},
      {"Republic of China", "TWN"},
      {"to lam", "to-lam"},  // diacritics
      {"TÔ LÂM", "to-lam"},
      {"Tô Lâm", "to-lam"},
      {"putin", "vladimir-putin"},  // surname: the last word
      {"Xi", "xi-jinping"},         // the first, written alone
      {"Washington", "USA"},        // a name seen beats a surname
      {"George Washington", "george-washington"},
      {"Lee", "lee-kuan-yew"},  // the first word, never written alone
      {"Lula", "lula"},            // a name seen
      {"Lula da Silva", "lula"},   // whole words of the name
      {"lula  DA silva!", "lula"},
      {"Inácio Lula", "lula"},
      {"democratic people's", "PRK"},
      {"republic of korea", "KOR"},  // the name beats words of a name
      {"Silva", "lula"},             // the surname
  };
  for (const Case& c : cases) {
    CAPTURE(c.query);
    CHECK(Resolve(g, c.query) == c.expected);
  }
}

TEST_CASE("ResolveActor: ambiguous names list up to five actors by name") {
  KnowledgeGraph g = World();
  struct Case {
    std::string_view query;
    const char* expected;
  };
  const Case cases[] = {
      {"Kim",
       "error: \"Kim\" is ambiguous: Kim Jong Un (kim-jong-un), Kim Yo Jong "
       "(kim-yo-jong)"},
      {"congo", "error: \"congo\" is ambiguous: Congo (COD), Congo (COG)"},
      {"of Korea",
       "error: \"of Korea\" is ambiguous: Democratic People's Republic of Korea "
       "(PRK), Republic of Korea (KOR)"},
      {"Smith",
       "error: \"Smith\" is ambiguous: Anna Smith (anna-smith), Bob Smith "
       "(bob-smith), "
       "Carl Smith (carl-smith), Dora Smith (dora-smith), Eve Smith "
       "(eve-smith) and 2 more"},
  };
  for (const Case& c : cases) {
    CAPTURE(c.query);
    CHECK(Resolve(g, c.query) == c.expected);
    CHECK(ResolveActor(g, c.query).status().code() ==
          StatusCode::kInvalidArgument);
  }
}

TEST_CASE("ResolveActor: unknown names suggest close ones") {
  KnowledgeGraph g = World();
  struct Case {
    std::string_view query;
    const char* expected;
  };
  const Case cases[] = {
      {"Pution", "error: no actor \"Pution\"; close: Vladimir Putin"},
      {"Xi Jinpin", "error: no actor \"Xi Jinpin\"; close: Xi Jinping"},
      {"Kin", "error: no actor \"Kin\"; close: Kim Jong Un, Kim Yo Jong"},
      {"Smyth",
       "error: no actor \"Smyth\"; close: Anna Smith, Bob Smith, Carl Smith, "
       "Dora Smith, "
       "Eve Smith"},
      {"Tô Lamm", "error: no actor \"Tô Lamm\"; close: Tô Lâm"},
      {"Jinping", "error: no actor \"Jinping\""},  // Xi's surname is Xi
      {"States", "error: no actor \"States\""},    // countries have no surname
      {"Inácio", "error: no actor \"Inácio\""},  // one word of a name is not enough
      {"da Silv", "error: no actor \"da Silv\""},         // whole words only
      {"Zzzz", "error: no actor \"Zzzz\""},
      {"", "error: no actor \"\""},
      {"--", "error: no actor \"--\""},
  };
  for (const Case& c : cases) {
    CAPTURE(c.query);
    CHECK(Resolve(g, c.query) == c.expected);
    CHECK(ResolveActor(g, c.query).status().code() == StatusCode::kNotFound);
  }
}

TEST_CASE("ResolveActor: an empty graph knows no one") {
  KnowledgeGraph g;
  CHECK(Resolve(g, "Putin") == "error: no actor \"Putin\"");
}

}  // namespace
}  // namespace kg::graph
