// A user's rule with a pattern that makes backtracking engines take
// exponential time runs in linear time in kg: RE2 guarantees it, and kg
// must never fall back to a backtracking search over a whole sentence. The
// reader cuts sentences at 2,000 bytes; the extractor is given a document
// of one megabyte-long sentence here by hand, so that the rule sees it all.
#include <doctest/doctest.h>

#include <chrono>
#include <string>
#include <vector>

#include "extract/document.h"
#include "extract/extractor.h"
#include "extract/rule_pack.h"

namespace kg::extract {
namespace {

double SecondsToExtract(const Extractor& extractor, const std::string& text,
                        size_t* triples) {
  // One paragraph of one sentence, whatever its length (ParseDocument
  // would cut it).
  Document doc;
  doc.id = "hostile.txt";
  doc.text = text;
  Paragraph p;
  p.span = {0, text.size()};
  p.sentences = {p.span};
  doc.paragraphs = {p};
  std::vector<Triple> out;
  auto start = std::chrono::steady_clock::now();
  extractor.Extract(doc, &out);
  *triples = out.size();
  return std::chrono::duration<double>(std::chrono::steady_clock::now() - start)
      .count();
}

TEST_CASE("Extractor: catastrophic-backtracking patterns run in linear time") {
  Result<RulePack> pack = LoadBuiltinRulePack("diplomacy");
  REQUIRE(pack.ok());
  // (a+)+$ and (a|aa)+c: a backtracking engine tries 2^n ways on "aaa...a".
  const char* patterns[] = {"{ACTOR} (?:a+)+$", "{ACTOR} (?:a|aa)+c {ACTOR}",
                            "{ACTOR} (?:[a-z]+\\s?)+{ACTOR}x"};
  for (const char* pattern : patterns) {
    CAPTURE(pattern);
    RulePack hostile = *pack;
    RuleSpec spec;
    spec.id = "hostile";
    spec.pattern = pattern;
    spec.relation = "hostile";
    spec.category = "17";
    spec.symmetric = true;
    spec.implicit_subject = true;
    hostile.rules = {spec};
    auto extractor = Extractor::Create(hostile);
    REQUIRE_MESSAGE(extractor.ok(), extractor.status().ToString());
    // One sentence of a megabyte: "China aaaa...a Russia."
    const std::string one_mb =
        "China " + std::string(size_t{1} << 20, 'a') + " Russia.";
    size_t triples = 1;
    const double seconds = SecondsToExtract(**extractor, one_mb, &triples);
    CHECK(triples == 0);
    // Linear: a few milliseconds a megabyte in a release build; the bound
    // leaves room for sanitizers and a loaded machine, and is still far
    // below what 2^(1<<20) steps would take.
    CHECK(seconds < 20.0);
  }
}

}  // namespace
}  // namespace kg::extract
