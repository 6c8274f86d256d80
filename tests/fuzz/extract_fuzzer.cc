// Fuzzes a whole extraction with the bundled diplomacy pack: any text gives
// triples whose fields are well formed, whose evidence lies inside the
// input, and which `kg build` reads back as written (JSON Lines round trip
// and the graph loader) - never a crash or a hang.
#include <cstdint>
#include <cstdio>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "base/triple_json.h"
#include "extract/document_reader.h"
#include "extract/extractor.h"
#include "extract/rule_pack.h"
#include "graph/date_range.h"
#include "pipeline/triples_reader.h"
#include "graph/knowledge_graph.h"
#include "tests/fuzz/fuzz_check.h"

namespace {

const kg::extract::Extractor& TheExtractor() {
  static const auto extractor = [] {
    kg::Result<kg::extract::RulePack> pack =
        kg::extract::LoadBuiltinRulePack("diplomacy");
    FUZZ_CHECK(pack.ok());
    kg::extract::ExtractorOptions options;
    options.include_flagged = true;  // negated and hypothetical too
    auto created = kg::extract::Extractor::Create(*pack, options);
    FUZZ_CHECK(created.ok());
    return std::move(*created);
  }();
  return *extractor;
}

void CheckTriple(const kg::Triple& t, size_t input_size) {
  FUZZ_CHECK(!t.subject.empty() && !t.object.empty());
  FUZZ_CHECK(!t.subject_id.empty() && !t.object_id.empty());
  FUZZ_CHECK(!t.relation.empty() && !t.rule.empty());
  FUZZ_CHECK(t.category.size() == 2 && t.category >= "01" &&
             t.category <= "20");
  FUZZ_CHECK(t.quad_class >= 1 && t.quad_class <= 4);
  FUZZ_CHECK(t.confidence >= 0 && t.confidence <= 1);
  FUZZ_CHECK(t.span_begin < t.span_end && t.span_end <= input_size);
  kg::graph::DateRange range;
  if (t.date) FUZZ_CHECK(kg::graph::ParseEdtf(*t.date, &range));

  const std::string line = kg::ToJsonLine(t);
  kg::Triple back;
  FUZZ_CHECK(kg::FromJsonLine(line, "t.jsonl:1", &back).ok());
  FUZZ_CHECK(kg::ToJsonLine(back) == line);
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  const kg::extract::Document doc = kg::extract::ParseDocument(
      "f.txt", std::string_view(reinterpret_cast<const char*>(data), size));
  std::vector<kg::Triple> triples;
  TheExtractor().Extract(doc, &triples);

  std::string lines;
  for (const auto& t : triples) {
    CheckTriple(t, size);
    lines += kg::ToJsonLine(t);
    lines += '\n';
  }
  kg::graph::KnowledgeGraph g;
  const kg::Status loaded = kg::pipeline::LoadTriples(lines, "t.jsonl", &g);
  if (!loaded.ok()) {
    std::fprintf(stderr, "%s\n", loaded.ToString().c_str());
    FUZZ_CHECK(false);
  }
  return 0;
}
