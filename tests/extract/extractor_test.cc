#include "extract/extractor.h"

#include <doctest/doctest.h>

#include <memory>
#include <optional>
#include <ostream>
#include <string>
#include <string_view>
#include <vector>

#include "base/triple_json.h"
#include "extract/document_reader.h"
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

// Sentences the extractor with include_flagged has traced, in order.
std::vector<std::string>& Traced() {
  static std::vector<std::string> traced;
  return traced;
}

// The built-in diplomacy pack's extractors, built once (compiling the
// gazetteer takes a moment): the default one and one that keeps flagged
// triples and traces sentences into Traced().
struct Extractors {
  std::unique_ptr<Extractor> plain;
  std::unique_ptr<Extractor> flagged;
};

const Extractors& Diplomacy() {
  static const std::unique_ptr<Extractors> e = [] {
    Result<RulePack> pack = LoadBuiltinRulePack("diplomacy");
    REQUIRE_MESSAGE(pack.ok(), pack.status().ToString());
    auto x = std::make_unique<Extractors>();
    Result<std::unique_ptr<Extractor>> plain = Extractor::Create(*pack);
    REQUIRE_MESSAGE(plain.ok(), plain.status().ToString());
    x->plain = std::move(*plain);
    ExtractorOptions options;
    options.include_flagged = true;
    options.trace = [](const std::string& marked) {
      Traced().push_back(marked);
    };
    Result<std::unique_ptr<Extractor>> flagged =
        Extractor::Create(*pack, options);
    REQUIRE_MESSAGE(flagged.ok(), flagged.status().ToString());
    x->flagged = std::move(*flagged);
    return x;
  }();
  return *e;
}

std::vector<Triple> Extract(const Document& doc, bool include_flagged = false) {
  std::vector<Triple> out;
  const Extractors& e = Diplomacy();
  (include_flagged ? e.flagged : e.plain)->Extract(doc, &out);
  return out;
}

std::vector<Triple> Extract(std::string_view text,
                            bool include_flagged = false) {
  return Extract(ParseDocument("test.txt", text), include_flagged);
}

// "Subject relation(category) Object @date/source", plus " negated" and
// " hypothetical" when flagged.
std::string Show(const Triple& t) {
  std::string s = t.subject + " " + t.relation + "(" + t.category + ") " +
                  t.object + " @" + t.date.value_or("-") + "/" +
                  std::string(DateSourceName(t.date_source));
  if (t.negated) s += " negated";
  if (t.hypothetical) s += " hypothetical";
  return s;
}

Strings Show(const std::vector<Triple>& triples) {
  Strings out;
  for (const Triple& t : triples) out.push_back(Show(t));
  return out;
}

struct Case {
  std::string_view name;
  std::string text;
  Strings expected;
};

void CheckCases(const std::vector<Case>& cases) {
  for (const Case& c : cases) {
    CAPTURE(c.name);
    CAPTURE(c.text);
    CHECK(Show(Extract(c.text)) == c.expected);
  }
}

TEST_CASE("Extractor: coordination") {
  CheckCases({
      {"X and Y met: one symmetric triple",
       "Japan and Canada met in Tokyo on 3 May 2021.",
       {"Japan meet(04) Canada @2021-05-03/sentence"}},
      {"X met Y and Z: two triples",
       "Xi Jinping met Emmanuel Macron and Olaf Scholz in 2023.",
       {"Xi Jinping meet(04) Emmanuel Macron @2023/sentence",
        "Xi Jinping meet(04) Olaf Scholz @2023/sentence"}},
      {"X visited Y and Z",
       "In March 2016, Narendra Modi visited Belgium and Saudi Arabia.",
       {"Narendra Modi visit(04) Belgium @2016-03/sentence",
        "Narendra Modi visit(04) Saudi Arabia @2016-03/sentence"}},
      {"two clauses",
       "Brazil and Argentina held talks in 2019, and Chile praised Brazil.",
       {"Brazil hold talks(04) Argentina @2019/sentence",
        "Chile praise(05) Brazil @2019/sentence"}},
  });
  std::vector<Triple> ts =
      Extract("Japan and Canada met in Tokyo on 3 May 2021.");
  REQUIRE(ts.size() == 1);
  CHECK(ts[0].symmetric);
  CHECK(ts[0].rule == "symmetric/meet");
  CHECK(ts[0].subject_id == "JPN");
  CHECK(ts[0].object_id == "CAN");
  CHECK(ts[0].subject_type == "country");
  CHECK(ts[0].object_type == "country");
  CHECK(ts[0].quad_class == 1);
  CHECK(ts[0].doc == "test.txt");
  CHECK(ts[0].confidence == doctest::Approx(0.7));
}

TEST_CASE("Extractor: passive voice, apposition and nominal events") {
  CheckCases({
      {"passive visit",
       "In 2015 a visit to London by Xi Jinping took place.",
       {"Xi Jinping visit(04) United Kingdom @2015/sentence"}},
      {"passive criticism",
       "Iran was criticized by France in 2019.",
       {"France criticize(11) Iran @2019/sentence"}},
      {"apposition between actor and verb",
       "Xi Jinping, the Chinese president, visited Brazil in 2019.",
       {"Xi Jinping visit(04) Brazil @2019/sentence"}},
      {"talks between X and Y",
       "Talks between Kenya and Ghana began in 2020.",
       {"Kenya hold talks(04) Ghana @2020/sentence"}},
      {"talks between three",
       "Talks between Kenya, Ghana and Nigeria took place in 2021.",
       {"Kenya hold talks(04) Ghana @2021/sentence",
        "Kenya hold talks(04) Nigeria @2021/sentence",
        "Ghana hold talks(04) Nigeria @2021/sentence"}},
      {"the X–Y summit",
       "The Japan–India summit was held in 2018.",
       {"Japan meet(04) India @2018/sentence"}},
      {"title persons",
       "Kenya's President William Ruto met Ghana's President John Mahama in "
       "2024.",
       {"William Ruto meet(04) John Mahama @2024/sentence"}},
  });
}

TEST_CASE("Extractor: no event between a person and their own country") {
  CheckCases({
      {"own country", "Emmanuel Macron praised France in 2020.", {}},
      {"other country",
       "Emmanuel Macron praised Germany in 2020.",
       {"Emmanuel Macron praise(05) Germany @2020/sentence"}},
  });
}

TEST_CASE("Extractor: references within a paragraph") {
  CheckCases({
      {"pronoun",
       "Angela Merkel arrived in Paris in 2017. She met Emmanuel Macron there.",
       {"Angela Merkel arrive(04) France @2017/sentence",
        "Angela Merkel meet(04) Emmanuel Macron @2017/paragraph"}},
      {"the two countries",
       "Kenya and Ghana signed a trade deal in 2019. The two countries held "
       "talks again.",
       {"Kenya sign agreement(05) Ghana @2019/sentence",
        "Ghana hold talks(04) Kenya @2019/paragraph"}},
      {"a new paragraph forgets the countries",
       "Kenya and Ghana signed a trade deal in 2019.\n\nThe two countries held "
       "talks again.",
       {"Kenya sign agreement(05) Ghana @2019/sentence"}},
  });
  std::vector<Triple> ts = Extract(
      "Angela Merkel arrived in Paris in 2017. She met Emmanuel Macron there.");
  REQUIRE(ts.size() == 2);
  // Referred to by a pronoun (x0.85) and dated by the paragraph (x0.9):
  // 0.5355, two decimals as kg extract writes it.
  CHECK(ts[1].confidence == 0.54);
  CHECK(ts[1].sentence == "She met Emmanuel Macron there.");
}

TEST_CASE("Extractor: implicit subject from the document title") {
  CheckCases({
      // A country (or organization) has relations with the focus's country,
      // a person with the focus itself.
      {"a person focus, a country object",
       "= Foreign policy of Barack Obama =\n\nRelations with Iran soured after "
       "2011.",
       {"United States deteriorate relations(16) Iran @2011/../sentence"}},
      {"a person focus, a person object",
       "= Foreign policy of Barack Obama =\n\nRelations with Vladimir Putin "
       "soured after 2011.",
       {"Barack Obama deteriorate relations(16) Vladimir Putin "
        "@2011/../sentence"}},
      {"a country focus",
       "= Foreign policy of China =\n\nRelations with Iran soured after 2011.",
       {"China deteriorate relations(16) Iran @2011/../sentence"}},
      // The pack does not know Jimmy Carter, but "Jimmy" is a given name:
      // the title's focus is a person of no known country, the subject.
      {"a person the pack does not know",
       "= Foreign policy of Jimmy Carter =\n\nRelations with Iran soured after "
       "1979.",
       {"Jimmy Carter deteriorate relations(16) Iran @1979/../sentence"}},
      // A title that names nobody gives no focus, so the rule has no subject.
      {"a title without an actor",
       "= Foreign policy in the 1970s =\n\nRelations with Iran soured after "
       "1979.",
       {}},
      {"no title", "Relations with Iran soured after 1979.", {}},
  });
  std::vector<Triple> ts = Extract(
      "= Foreign policy of China =\n\nRelations with Iran soured after 2011.");
  REQUIRE(ts.size() == 1);
  CHECK(ts[0].rule == "relations-with-worsen");
  CHECK(ts[0].section == "Foreign policy of China");
  CHECK(ts[0].quad_class == 4);
  CHECK(ts[0].symmetric);
  CHECK(ts[0].confidence ==
        doctest::Approx(0.8 * 0.85));  // the subject is implicit
}

TEST_CASE(
    "Extractor: negated and hypothetical triples are flagged and dropped by "
    "default") {
  struct FlagCase {
    std::string text;
    std::string flagged;
  };
  const std::vector<FlagCase> cases = {
      {"Peru did not meet Chile in 2012.",
       "Peru meet(04) Chile @2012/sentence negated"},
      {"Peru never met Chile in 2012.",
       "Peru meet(04) Chile @2012/sentence negated"},
      {"Peru could meet Chile in 2012.",
       "Peru meet(04) Chile @2012/sentence hypothetical"},
      {"Peru will meet Chile in 2012.",
       "Peru meet(04) Chile @2012/sentence hypothetical"},
      {"Peru should hold talks with Chile in 2012.",
       "Peru hold talks(04) Chile @2012/sentence hypothetical"},
      {"Peru would not meet Chile in 2012.",
       "Peru meet(04) Chile @2012/sentence negated hypothetical"},
      {"Peru reportedly met Chile in 2012.",
       "Peru meet(04) Chile @2012/sentence hypothetical"},
  };
  for (const FlagCase& c : cases) {
    CAPTURE(c.text);
    CHECK(Show(Extract(c.text)) == Strings{});
    CHECK(Show(Extract(c.text, /*include_flagged=*/true)) ==
          Strings{c.flagged});
  }
  // Unflagged triples are the same with and without include_flagged.
  CHECK(Show(Extract("Peru met Chile in May 2012.", true)) ==
        Strings{"Peru meet(04) Chile @2012-05/sentence"});
  CHECK(Show(Extract("Peru met Chile in May 2012.")) ==
        Strings{"Peru meet(04) Chile @2012-05/sentence"});
}

// VerbGroup() looks only between the placeholders (or after a lone one), so
// the condition "If ..." before the subject is missed.
TEST_CASE(
    "Extractor: a condition before the subject makes the triple hypothetical") {
  const std::string text = "If Peru meets Chile in 2012, trade will grow.";
  CHECK(Show(Extract(text)) == Strings{});
  CHECK(Show(Extract(text, true)) ==
        Strings{"Peru meet(04) Chile @2012/sentence hypothetical"});
}

TEST_CASE("Extractor: dates") {
  CheckCases({
      {"full date in the sentence",
       "Kenya hosted Ghana on 31 October 2025.",
       {"Kenya host(04) Ghana @2025-10-31/sentence"}},
      {"a yearless date anchored by a year later in the sentence",
       "On 31 October, Kenya hosted Ghana, and the two signed a deal in 2025.",
       {"Kenya host(04) Ghana @2025-10-31/sentence"}},
      {"a yearless date with no year anywhere",
       "Kenya hosted Ghana on 31 October.",
       {"Kenya host(04) Ghana @-/none"}},
      {"the year of an earlier sentence of the paragraph",
       "Kenya hosted Ghana in March 2025. On 2 April, Ghana hosted Kenya.",
       {"Kenya host(04) Ghana @2025-03/sentence",
        "Ghana host(04) Kenya @2025-04-02/paragraph"}},
      {"an undated sentence takes the paragraph's date",
       "Kenya hosted Ghana in March 2025. Ghana then hosted Kenya.",
       {"Kenya host(04) Ghana @2025-03/sentence",
        "Ghana host(04) Kenya @2025-03/paragraph"}},
      {"the year of the section",
       "== 2025 ==\n\nKenya hosted Ghana in March 2025.\n\nGhana hosted Kenya "
       "on 2 April.",
       {"Kenya host(04) Ghana @2025-03/sentence",
        "Ghana host(04) Kenya @2025-04-02/section"}},
      {"the paragraph date does not cross paragraphs",
       "Kenya hosted Ghana in March 2025.\n\nGhana then hosted Kenya.",
       {"Kenya host(04) Ghana @2025-03/sentence",
        "Ghana host(04) Kenya @-/none"}},
      {"an interval",
       "Kenya hosted Ghana from 2013 to 2015.",
       {"Kenya host(04) Ghana @2013/2015/sentence"}},
      {"the date inside the match beats the one before it",
       "In 2010, Kenya, in 2012, hosted Ghana.",
       {"Kenya host(04) Ghana @2012/sentence"}},
  });
}

TEST_CASE(
    "Extractor: a date right after the match beats the paragraph's date") {
  CheckCases({
      {"yearless, year from the paragraph",
       "Kenya hosted Ghana in March 2025. Ghana hosted Kenya on 2 April.",
       {"Kenya host(04) Ghana @2025-03/sentence",
        "Ghana host(04) Kenya @2025-04-02/paragraph"}},
      {"full date",
       "Kenya and Ghana signed a trade deal in 2019. The two countries held "
       "talks in 2021.",
       {"Kenya sign agreement(05) Ghana @2019/sentence",
        "Ghana hold talks(04) Kenya @2021/sentence"}},
  });
}

TEST_CASE("Extractor: the document's own date dates what nothing else does") {
  Document doc = ParseDocument(
      "news.txt", "Kenya hosted Ghana.\n\nKenya hosted Ghana in 2020.");
  doc.date = CivilDate{2024, 6, 5};
  CHECK(Show(Extract(doc)) ==
        Strings{"Kenya host(04) Ghana @2024-06-05/document",
                "Kenya host(04) Ghana @2020/sentence"});
  doc.date = CivilDate{2024, 6, 0};
  CHECK(Show(Extract(doc))[0] == "Kenya host(04) Ghana @2024-06/document");
  doc.date = CivilDate{2024, 0, 0};
  CHECK(Show(Extract(doc))[0] == "Kenya host(04) Ghana @2024/document");
}

TEST_CASE("Extractor: the section path is written into the triple") {
  std::vector<Triple> ts = Extract(
      "= Notes =\n\n== Africa ==\n\n=== East ===\n\nKenya hosted Ghana in "
      "2020.");
  REQUIRE(ts.size() == 1);
  CHECK(ts[0].section == "Africa > East");
  CHECK(Extract("Kenya hosted Ghana in 2020.")[0].section == "");
}

TEST_CASE("Extractor: spans are byte offsets in the original input") {
  SUBCASE("plain text") {
    const std::string text =
        "Intro line.\n\nFirst, Peru met Chile in 2012. Kenya hosted Ghana in "
        "2020.";
    std::vector<Triple> ts = Extract(text);
    REQUIRE(ts.size() == 2);
    CHECK(ts[0].span_begin == 13);
    CHECK(ts[0].span_end == 43);
    CHECK(ts[1].span_begin == 44);
    CHECK(ts[1].span_end == 71);
    for (const Triple& t : ts)
      CHECK(text.substr(t.span_begin, t.span_end - t.span_begin) == t.sentence);
  }
  SUBCASE("invalid UTF-8 before the sentence") {
    // Each bad byte becomes a 3-byte U+FFFD in Document::text; spans still
    // index the input.
    const std::string text =
        "Bad \xFF\xFE bytes.\n\nKenya hosted Ghana in 2020.";
    Document doc = ParseDocument("bad.txt", text);
    REQUIRE(doc.replacements.size() == 2);
    std::vector<Triple> ts = Extract(doc);
    REQUIRE(ts.size() == 1);
    CHECK(ts[0].sentence == "Kenya hosted Ghana in 2020.");
    CHECK(doc.text.find("Kenya") == 19);
    CHECK(ts[0].span_begin == 15);
    CHECK(ts[0].span_end == 42);
    CHECK(text.substr(ts[0].span_begin, ts[0].span_end - ts[0].span_begin) ==
          ts[0].sentence);
  }
  SUBCASE("invalid UTF-8 inside the sentence") {
    const std::string text = "Kenya hosted Ghana \xFF in 2020.";
    std::vector<Triple> ts = Extract(text);
    REQUIRE(ts.size() == 1);
    CHECK(ts[0].sentence == "Kenya hosted Ghana \xEF\xBF\xBD in 2020.");
    CHECK(ts[0].span_begin == 0);
    CHECK(ts[0].span_end == text.size());
  }
}

TEST_CASE("Extractor: the trace shows each sentence, its chunks and frames") {
  Traced().clear();
  Extract(
      "Kenya hosted Ghana in 2020. Xi Jinping, the Chinese president, spoke.",
      true);
  CHECK(Traced() ==
        std::vector<std::string>{
            "[country:Kenya] hosted [country:Ghana] in 2020.",
            "chunks: [N Kenya] [V hosted] [N Ghana] [T in] [T 2020] [. .]",
            "frame active: host (043)",
            "[person:Xi Jinping], the [country:China] president, spoke.",
            "chunks: [N Xi Jinping, the Chinese president,] [V spoke] [. .]"});
  Traced().clear();
  Extract("No actors here.", true);
  CHECK(Traced().empty());
}

TEST_CASE("Extractor: the same event is given once per sentence") {
  // Two frames read "held talks" between Kenya and Ghana: one triple.
  std::vector<Triple> ts =
      Extract("Kenya and Ghana held talks with each other in 2020.");
  REQUIRE(ts.size() == 1);
  CHECK(ts[0].rule == "symmetric/hold talks");
  ts = Extract("Kenya held talks with Ghana in 2020.");
  REQUIRE(ts.size() == 1);
  CHECK(ts[0].rule == "active/hold talks");
  // A rule ("clash") and a frame read the same verb: the rule stands.
  ts = Extract("Armenia and Azerbaijan clashed in 2022.");
  REQUIRE(ts.size() == 1);
  CHECK(ts[0].rule == "clash");
}

// The "meet-list" rule (rules/diplomacy/pack.json) also matches the subject
// list of "X and Y met Z" and adds a meeting between X and Y.
TEST_CASE("Extractor: \"X and Y met Z\" relates X and Y to Z only") {
  CheckCases({
      {"two subjects, one object",
       "Kenya and Ghana met Nigeria in 2020.",
       {"Kenya meet(04) Nigeria @2020/sentence",
        "Ghana meet(04) Nigeria @2020/sentence"}},
  });
}

TEST_CASE("Extractor: output is deterministic") {
  const std::string text =
      "= Foreign policy of Barack Obama =\n\n"
      "Barack Obama met Xi Jinping in 2014. The two leaders held talks "
      "again.\n\n"
      "Relations with Iran soured after 2011. Kenya and Ghana met Nigeria in "
      "2020.";
  std::vector<Triple> a = Extract(text);
  std::vector<Triple> b = Extract(text);
  REQUIRE(a.size() == b.size());
  CHECK(a.size() >= 4);
  for (size_t i = 0; i < a.size(); ++i)
    CHECK(ToJsonLine(a[i]) == ToJsonLine(b[i]));
}

TEST_CASE("Extractor: Extract appends to the output") {
  std::vector<Triple> out;
  Diplomacy().plain->Extract(ParseDocument("a.txt", "Peru met Chile in 2012."),
                             &out);
  Diplomacy().plain->Extract(
      ParseDocument("b.txt", "Kenya hosted Ghana in 2020."), &out);
  REQUIRE(out.size() == 2);
  CHECK(out[0].doc == "a.txt");
  CHECK(out[1].doc == "b.txt");
  CHECK(Diplomacy().plain->gazetteer().FindId("KEN") >= 0);
}

TEST_CASE("Extractor: Create reports a bad rule with its location") {
  Result<RulePack> pack = LoadBuiltinRulePack("diplomacy");
  REQUIRE(pack.ok());
  RulePack small;
  small.actors = {pack->actors[0]};
  RuleSpec rule;
  rule.id = "broken";
  rule.pattern = "{ACTOR} met {ACTR}";
  rule.relation = "meet";
  rule.category = "04";
  rule.source_path = "mine.json";
  rule.source_line = 3;
  small.rules = {rule};
  Result<std::unique_ptr<Extractor>> e = Extractor::Create(small);
  CHECK(e.status().ToString() ==
        "mine.json:3: rule \"broken\": unknown placeholder {ACTR}");
}

TEST_CASE("Extractor: bytes that mark mentions in the text forge no mention") {
  // \x01C0\x02 is how the rules see mention 0; in the input it is text.
  CHECK(Show(Extract("Peru met Chile in May 2012 \x01"
                     "C0\x02.")) ==
        Strings{"Peru meet(04) Chile @2012-05/sentence"});
  CHECK(Show(Extract("\x01P9\x02 met \x01P8\x02.")).empty());
}

}  // namespace
}  // namespace kg::extract
