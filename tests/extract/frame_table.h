// Helpers of the frame tables (frame_table_test.cc,
// frame_table_more_test.cc): each row is an invented sentence with every
// triple the built-in diplomacy pack writes for it, in order, shown as
// "Subject relation(category) Object [frame]" (the frame is Triple::rule up
// to its '/'; a whole-sentence rule's triple shows the rule's id).
//
//   CheckTable({{"Kenya criticized Ghana.", {"Kenya criticize(11) Ghana [active]"}},
//               ...});
#ifndef KG_TESTS_EXTRACT_FRAME_TABLE_H_
#define KG_TESTS_EXTRACT_FRAME_TABLE_H_

#include <doctest/doctest.h>

#include <cstddef>
#include <memory>
#include <ostream>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "extract/document_reader.h"
#include "extract/extractor.h"
#include "extract/rule_pack.h"

namespace kg::extract::frame_table {

// A list of strings that doctest prints on failure.
struct Strings : std::vector<std::string> {
  using vector::vector;
};
inline std::ostream& operator<<(std::ostream& os, const Strings& v) {
  os << "{";
  for (size_t i = 0; i < v.size(); ++i)
    os << (i ? ", \"" : "\"") << v[i] << "\"";
  return os << "}";
}

// The built-in diplomacy pack's default extractor, built once (compiling
// the gazetteer takes a moment).
inline const Extractor& Diplomacy() {
  static const std::unique_ptr<Extractor> e = [] {
    Result<RulePack> pack = LoadBuiltinRulePack("diplomacy");
    REQUIRE_MESSAGE(pack.ok(), pack.status().ToString());
    Result<std::unique_ptr<Extractor>> x = Extractor::Create(*pack);
    REQUIRE_MESSAGE(x.ok(), x.status().ToString());
    return std::move(*x);
  }();
  return *e;
}

inline Strings Show(std::string_view text) {
  std::vector<Triple> triples;
  Diplomacy().Extract(ParseDocument("test.txt", text), &triples);
  Strings out;
  for (const Triple& t : triples)
    out.push_back(t.subject + " " + t.relation + "(" + t.category + ") " +
                  t.object + " [" + t.rule.substr(0, t.rule.find('/')) + "]");
  return out;
}

struct Row {
  std::string text;
  Strings expected;  // empty: a counterexample
};

// Checks every row; a table holds at least 10 sentences, 2 of them
// counterexamples.
inline void CheckTable(const std::vector<Row>& rows) {
  size_t counterexamples = 0;
  for (const Row& row : rows) {
    CAPTURE(row.text);
    CHECK(Show(row.text) == row.expected);
    if (row.expected.empty()) ++counterexamples;
  }
  CHECK(rows.size() >= 10);
  CHECK(counterexamples >= 2);
}

}  // namespace kg::extract::frame_table

#endif  // KG_TESTS_EXTRACT_FRAME_TABLE_H_
