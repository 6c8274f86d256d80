// Extracts one sentence with the built-in pack through the installed API.
#include <iostream>

#include "extract/document_reader.h"
#include "extract/extractor.h"
#include "base/triple_json.h"
#include "extract/rule_pack.h"

int main() {
  auto pack = kg::extract::LoadBuiltinRulePack("diplomacy");
  if (!pack.ok()) return 1;
  auto extractor = kg::extract::Extractor::Create(*pack);
  if (!extractor.ok()) return 1;
  std::vector<kg::Triple> triples;
  (*extractor)
      ->Extract(
          kg::extract::ParseDocument("t", "Angela Merkel met Emmanuel Macron."),
          &triples);
  if (triples.size() != 1) return 1;
  std::cout << kg::ToJsonLine(triples[0]) << "\n";
  return 0;
}
