// Records kg loads, end to end (issue 14, items 8 and 11): a triples or
// graph file whose fields are out of their domain is refused with one line
// naming file:line and field, before any query runs on it; a JSON Lines
// document may carry its date as an ISO 8601 date-time; --keep-going passes
// over what cannot be read, says so, and exits 3.
#include <doctest/doctest.h>

#include <filesystem>
#include <string>
#include <vector>

#include "tests/cli/kg_runner.h"
#include "tests/cli/scratch_files.h"
#include "tests/temp_dir.h"

namespace kg {
namespace {

// A triples line of the two actors with `extra` fields appended.
std::string TripleLine(const std::string& extra) {
  return R"({"subject": "Ann", "object": "Bob", "relation": "meet")" + extra +
         "}\n";
}

TEST_CASE("kg: triples and graph files with fields out of their domain") {
  testing::TempDir dir("kg-records");
  const std::string good = TripleLine(R"(, "category": "04", "confidence": 0.5)");
  dir.Write("huge.jsonl",
            good + TripleLine(R"(, "category": "04", "confidence": 1e308)"));
  dir.Write("negative.jsonl", TripleLine(R"(, "confidence": -5)"));
  dir.Write("category.jsonl", good + good + TripleLine(R"(, "category": "99")"));
  dir.Write("quad.jsonl", TripleLine(R"(, "category": "14", "quad_class": 9)"));
  dir.Write("span.jsonl", TripleLine(R"(, "span": [100, 5])"));
  dir.Write("g.json",
            "{\"format\": \"kg-graph\", \"version\": 1,\n"
            "\"actors\": [\n{\"id\": \"ann\"},\n{\"id\": \"bob\"}\n],\n"
            "\"edges\": [\n"
            "{\"source\": \"ann\", \"target\": \"bob\", \"relation\": \"r\"},\n"
            "{\"source\": \"bob\", \"target\": \"ann\", \"relation\": \"r\", "
            "\"category\": \"04\", \"quad_class\": 9}\n]}\n");
  struct FieldRow {
    std::string args;
    std::string expected;
  };
  const std::vector<FieldRow> rows = {
      // Once an internal error of the weighted search (exit 2).
      {"path Ann Bob --weighted {D}/huge.jsonl",
       "kg: {D}/huge.jsonl:2: \"confidence\" 1e+308 is not between 0 and 1\n"},
      {"stats {D}/negative.jsonl",
       "kg: {D}/negative.jsonl:1: \"confidence\" -5 is not between 0 and 1\n"},
      {"neighbors Ann {D}/category.jsonl",
       "kg: {D}/category.jsonl:3: \"category\" \"99\" is not a CAMEO root "
       "code 01-20\n"},
      {"build {D}/quad.jsonl -o {D}/out.json",
       "kg: {D}/quad.jsonl:1: \"quad_class\" 9 does not match category "
       "\"14\" (4)\n"},
      {"stats {D}/span.jsonl",
       "kg: {D}/span.jsonl:1: \"span\" [100, 5] ends before it begins\n"},
      {"stats {D}/g.json",
       "kg: {D}/g.json:8: edge 1: \"quad_class\" 9 does not match category "
       "\"04\" (1)\n"},
  };
  for (const FieldRow& row : rows) {
    CAPTURE(row.args);
    const testing::KgRun r = testing::Kg(testing::ExpandDir(row.args, dir.Path()));
    CHECK(r.code == 1);
    CHECK(r.output == testing::ExpandDir(row.expected, dir.Path()));
  }
}

TEST_CASE("kg extract: a JSON Lines document dated by an ISO 8601 date-time") {
  testing::TempDir dir("kg-records");
  const std::string feed = dir.Write(
      "feed.jsonl",
      R"({"id": "w1", "text": "France met Germany.", "date": "2024-05-08T10:00:00Z"})"
      "\n"
      R"({"id": "w2", "text": "France met Germany.", "date": "2024-05-08 23:30:00+05:30"})"
      "\n");
  const testing::KgRun r = testing::Kg("extract " + feed);
  CHECK(r.code == 0);
  for (const char* doc : {"w1", "w2"}) {
    CAPTURE(doc);
    const std::string head = std::string("{\"doc\":\"") + doc +
                             "\",\"subject\":\"France\",\"relation\":\"meet\"";
    const size_t at = r.output.find(head);
    REQUIRE(at != std::string::npos);
    const std::string line = r.output.substr(at, r.output.find('\n', at) - at);
    CHECK(line.find("\"date\":\"2024-05-08\"") != std::string::npos);
    CHECK(line.find("\"date_source\":\"document\"") != std::string::npos);
  }

  const std::string bad = dir.Write(
      "bad.jsonl",
      R"({"text": "France met Germany.", "date": "2024-05-08T25:00:00Z"})"
      "\n");
  const testing::KgRun b = testing::Kg("extract " + bad);
  CHECK(b.code == 1);
  CHECK(b.output == "kg: " + bad +
                        ":1: bad date \"2024-05-08T25:00:00Z\" (want "
                        "YYYY[-MM[-DD]] or an ISO 8601 date-time)\n");
}

TEST_CASE("kg extract and build --keep-going: skip, warn, go on, exit 3") {
  testing::TempDir dir("kg-records");
  dir.Write("a.txt", "France met Germany.\n");
  dir.Write("feed.jsonl",
            "{\"text\": \"Spain met Italy.\"}\n"
            "{\"text\": \"x\", \"date\": \"2024-13-01\"}\n"
            "{oops\n"
            "{\"text\": \"Chile met Peru.\"}\n");
  dir.Write("b.txt", std::string("\0\1bin", 5));
  // A killed writer's last line, and a line out of its domain.
  dir.Write("t.jsonl",
            TripleLine(R"(, "category": "04")") +
                TripleLine(R"(, "confidence": 9)") + R"({"subject": "A", "obj)");
  dir.Write("g.json", "{\"format\": \"kg-graph\", \"version\": 2}\n");
  const std::string skipped_feed =
      "kg: warning: {D}/feed.jsonl:2: bad date \"2024-13-01\" (want "
      "YYYY[-MM[-DD]] or an ISO 8601 date-time) (skipped)\n"
      "kg: warning: {D}/feed.jsonl:3:2: parse error: syntax error while "
      "parsing object key - invalid literal; last read: '{o'; expected string "
      "literal (skipped)\n";
  struct SkipRow {
    std::string args;
    int code;
    std::string expected;
    long lines;  // of {D}/out.jsonl (-1: none)
  };
  const std::vector<SkipRow> rows = {
      {"extract {D}/a.txt {D}/missing.txt {D}/feed.jsonl {D}/b.txt "
       "--keep-going -o {D}/out.jsonl",
       3,
       "kg: warning: {D}/missing.txt: no such file or directory (skipped)\n" +
           skipped_feed +
           "kg: warning: {D}/b.txt: binary file, not text (skipped)\n"
           "kg: 4 inputs or records skipped (--keep-going)\n",
       3},
      // Without it the first bad input stops the run, and nothing is written.
      {"extract {D}/a.txt {D}/missing.txt -o {D}/out.jsonl", 1,
       "kg: {D}/missing.txt: no such file or directory\n", -1},
      // Nothing bad: exit 0, no count.
      {"extract {D}/a.txt --keep-going -o {D}/out.jsonl", 0, "", 1},
      {"build {D}/t.jsonl {D}/feed.jsonl {D}/g.json --keep-going -o "
       "{D}/g2.json",
       3,
       "kg: warning: {D}/t.jsonl:2: \"confidence\" 9 is not between 0 and 1 "
       "(skipped)\n"
       "kg: warning: {D}/t.jsonl:3: not a JSON object (skipped)\n" +
           skipped_feed +
           "kg: warning: {D}/g.json: unsupported version 2 (this kg reads 1) "
           "(skipped)\n"
           "kg build: 6 actors, 3 edges -> {D}/g2.json\n"
           "kg: 5 inputs or records skipped (--keep-going)\n",
       -1},
      {"build {D}/t.jsonl -o {D}/g2.json", 1,
       "kg: {D}/t.jsonl:2: \"confidence\" 9 is not between 0 and 1\n", -1},
  };
  for (const SkipRow& row : rows) {
    CAPTURE(row.args);
    std::filesystem::remove(dir.Path("out.jsonl"));
    const testing::KgRun r = testing::Kg(testing::ExpandDir(row.args, dir.Path()));
    CHECK(r.code == row.code);
    CHECK(r.output == testing::ExpandDir(row.expected, dir.Path()));
    CHECK(testing::CountLines(dir.Path("out.jsonl")) == row.lines);
  }
}

}  // namespace
}  // namespace kg
