// Hostile input, end to end: each row is a kg command line on a bad input,
// the exact one-line error (or warning) it must print, its exit code and
// what it must leave as output: nothing at all (no partial file, no
// temporary) or a complete file of so many triples.
#include <doctest/doctest.h>
#include <unistd.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <string>
#include <vector>

#include "tests/cli/kg_runner.h"
#include "tests/cli/scratch_files.h"
#include "tests/temp_dir.h"

namespace kg {
namespace {

namespace fs = std::filesystem;
using testing::CountLines;
using testing::ExpandDir;
using testing::Temporaries;

const char kBom[] = "\xEF\xBB\xBF";

// One actor pair and a rule: the packs below break one thing each.
const std::string kActors =
    R"("actors": [{"id": "FRA", "name": "France", "type": "country"},
                  {"id": "DEU", "name": "Germany", "type": "country"}])";
const std::string kRule =
    R"("id": "meet", "pattern": "{ACTOR} met {ACTOR}", "relation": "meet", "category": "04")";

struct Pack {
  const char* name;
  std::string json;
};

const std::vector<Pack> kPacks = {
    {"not_json", "{\"rules\": [\n"},
    {"not_object", "[1, 2]"},
    {"unknown_key", R"({"rulez": []})"},
    {"rules_not_array", R"({"rules": {}})"},
    {"missing_pattern",
     R"({"rules": [{"id": "meet", "relation": "meet", "category": "04"}]})"},
    {"pattern_not_string",
     R"({"rules": [{"id": "meet", "pattern": 3, "relation": "meet", "category": "04"}]})"},
    {"empty_relation",
     R"({"rules": [{"id": "meet", "pattern": "{ACTOR} met {ACTOR}", "relation": "", "category": "04"}]})"},
    {"bad_category",
     R"({"rules": [{"id": "meet", "pattern": "{ACTOR} met {ACTOR}", "relation": "meet", "category": "21"}]})"},
    {"bad_confidence", R"({"rules": [{)" + kRule + R"(, "confidence": 1.5}]})"},
    {"bad_bool", R"({"rules": [{)" + kRule + R"(, "symmetric": "yes"}]})"},
    {"bad_int", R"({"rules": [{)" + kRule + R"(, "priority": 1.5}]})"},
    {"duplicate_rule", R"({"rules": [{)" + kRule + "},\n{" + kRule + "}]}"},
    {"unknown_actor_type",
     R"({"actors": [{"id": "X", "name": "Xland", "type": "planet"}]})"},
    {"unknown_country",
     R"({"actors": [{"id": "p", "name": "Ann Lee", "type": "person", "country": "ZZZ"}]})"},
    {"strings_not_array", R"({"person_titles": "President"})"},
    {"macros_not_object", R"({"macros": []})"},
    {"bad_example",
     R"({"rules": [{)" + kRule + R"(, "examples": [{"text": 3}]}]})"},
    {"unknown_placeholder",
     "{" + kActors +
         R"(, "rules": [{"id": "meet", "pattern": "{ACTOR} met {ACTRO}", "relation": "meet", "category": "04"}]})"},
    {"no_placeholder",
     "{" + kActors +
         R"(, "rules": [{"id": "meet", "pattern": "met", "relation": "meet", "category": "04"}]})"},
    {"one_placeholder",
     "{" + kActors +
         R"(, "rules": [{"id": "meet", "pattern": "{ACTOR} met", "relation": "meet", "category": "04"}]})"},
    {"bad_regex",
     "{" + kActors +
         R"(, "rules": [{"id": "meet", "pattern": "{ACTOR} (met {ACTOR}", "relation": "meet", "category": "04"}]})"},
    {"pattern_too_large",
     "{" + kActors +
         R"(, "rules": [{"id": "meet", "pattern": "{ACTOR} \\pL{1000} {ACTOR}", "relation": "meet", "category": "04"}]})"},
    {"missing_include", R"({"include": ["nowhere.json"]})"},
    {"include_cycle", R"({"include": ["pack.json"]})"},
    {"failing_example",
     "{" + kActors + R"(, "rules": [{)" + kRule +
         R"(, "examples": [{"text": "France visited Germany.", "triples": [["France", "meet", "Germany"]]}]}]})"},
};

// How a row runs kg.
enum class How {
  kRun,
  kUnprivileged,  // without root's right to write anywhere
  kInterrupt,     // SIGINT once the output is half-written
};

struct Row {
  std::string what;
  std::string args;      // "{D}" is the scratch folder
  std::string expected;  // everything kg prints (with -o, only stderr)
  int code;
  long lines;  // lines of {D}/out/o.jsonl, -1: must not exist
  How how = How::kRun;
};

testing::KgRun RunRow(const Row& row, const std::string& args,
                      const std::string& dir) {
  switch (row.how) {
    case How::kRun:
      break;
    case How::kUnprivileged:
      // Root may write into read-only folders: drop its capabilities.
      return testing::Kg(args, ::geteuid() == 0 ? "setpriv --bounding-set=-all "
                                                  "--inh-caps=-all "
                                                : "");
    case How::kInterrupt:
      return testing::KgInterrupted(args, dir + "/out");
  }
  return testing::Kg(args);
}

// The scratch folder of the hostile-input table: its files, rule packs and
// output folders.
void WriteHostileFiles(testing::TempDir& temp) {
  const std::string d = temp.Path();
  temp.Write("ok.txt", "France met Japan on 2 May 2019.\n");
  temp.Write("empty.txt", "");
  temp.Write("nothing/picture.png", "\x89PNG");
  temp.Write("nul.txt", std::string("France met Japan.\0\x01\x02", 20));
  temp.Write("bad_utf8.txt",
             "Caf\xE9 owners: France met Japan on 2 May 2019.\n");
  temp.Write("crlf_bom.txt", std::string(kBom) +
                                 "France met Japan on 2 May 2019.\r\n\r\n"
                                 "India criticized Brazil.\r\n");
  temp.Write("long_line.txt", "France met Japan on 2 May 2019. " +
                                  std::string(size_t{50} << 20, 'a') +
                                  " India criticized Brazil.\n");
  temp.Write("feed.jsonl",
             "{\"id\": \"a\", \"text\": \"France met Japan.\"}\n"
             "{\"id\": \"b\", \"text\": \"India met\n");
  std::string many;
  for (int i = 0; i < 40000; ++i)
    many += "France met Japan on 2 May 2019. India criticized Brazil.\n\n";
  temp.Write("many.txt", many);
  temp.Write("triples.jsonl",
             "{\"subject\": \"France\", \"relation\": \"meet\"}\n");
  for (const Pack& p : kPacks)
    temp.Write(std::string("packs/") + p.name + "/pack.json", p.json);
  fs::create_directories(d + "/out");
  fs::create_directories(d + "/ro");
  fs::permissions(d + "/ro", fs::perms::owner_read | fs::perms::owner_exec |
                                 fs::perms::group_read | fs::perms::group_exec |
                                 fs::perms::others_read |
                                 fs::perms::others_exec);
}

// Runs each row in the scratch folder: kg's whole output, exit code and
// output file as the row says, and never a temporary file left behind.
void RunRows(const std::vector<Row>& rows) {
  testing::TempDir temp("kg_bad_input_test");
  WriteHostileFiles(temp);
  const std::string d = temp.Path();
  for (const Row& row : rows) {
    CAPTURE(row.what);
    const std::string args = ExpandDir(row.args, d);
    CAPTURE(args);
    const testing::KgRun r = RunRow(row, args, d);
    CHECK(r.output == ExpandDir(row.expected, d));
    CHECK(r.code == row.code);
    CHECK(CountLines(d + "/out/o.jsonl") == row.lines);
    CHECK(Temporaries(d).empty());
    CHECK(fs::is_empty(d + "/ro"));
    fs::remove(d + "/out/o.jsonl");
  }
}

const std::string kOut = " -o {D}/out/o.jsonl";

// Two tables, so that CTest runs them side by side.
TEST_CASE("kg on hostile input: one line, an exit code, nothing half-written") {
  const std::string& out = kOut;
  RunRows({
      {"missing file", "extract {D}/missing.txt" + out,
       "kg: {D}/missing.txt: no such file or directory\n", 1, -1},
      {"a folder with no text files", "extract {D}/nothing" + out,
       "kg: {D}/nothing: no text files (*.txt, *.md, *.jsonl) in folder\n", 1,
       -1},
      {"empty file", "extract {D}/empty.txt" + out,
       "kg: warning: {D}/empty.txt: empty file\n", 0, 0},
      {"NUL bytes", "extract {D}/nul.txt" + out,
       "kg: {D}/nul.txt: binary file, not text\n", 1, -1},
      {"invalid UTF-8", "extract {D}/bad_utf8.txt" + out,
       "kg: warning: {D}/bad_utf8.txt: invalid UTF-8 at byte 3 replaced by "
       "U+FFFD\n",
       0, 1},
      {"CRLF and BOM", "extract {D}/crlf_bom.txt" + out, "", 0, 2},
      {"a 50 MB line", "extract {D}/long_line.txt" + out, "", 0, 2},
      {"a bad JSON line after good ones", "extract {D}/feed.jsonl" + out,
       "kg: {D}/feed.jsonl:2:31: parse error: syntax error while parsing value "
       "- invalid "
       "string: missing closing quote; last read: '\"India met'\n",
       1, -1},
      {"a missing rule pack", "extract --rules {D}/none.json {D}/ok.txt" + out,
       "kg: {D}/none.json: no such rule pack file or built-in pack\n", 1, -1},
      {"a folder as rule pack", "extract --rules {D}/packs {D}/ok.txt" + out,
       "kg: {D}/packs: is a folder, not a rule pack file\n", 1, -1},
      {"a missing output folder", "extract {D}/ok.txt -o {D}/no/o.jsonl",
       "kg: {D}/no/o.jsonl: No such file or directory\n", 1, -1},
      {"a read-only output folder", "extract {D}/ok.txt -o {D}/ro/o.jsonl",
       "kg: {D}/ro/o.jsonl: Permission denied\n", 1, -1, How::kUnprivileged},
      {"an output folder that is a file",
       "extract {D}/ok.txt -o {D}/ok.txt/o.jsonl",
       "kg: {D}/ok.txt/o.jsonl: Not a directory\n", 1, -1},
      {"a folder as output file", "extract {D}/ok.txt -o {D}/out",
       "kg: {D}/out: is a folder, not a file\n", 1, -1},
      {"an unknown option", "extract --bogus {D}/ok.txt" + out,
       "kg: The following argument was not expected: --bogus (see --help)\n", 1,
       -1},
      {"a bad number of threads", "extract -j x {D}/ok.txt" + out,
       "kg: --threads: Value x not in range 0 to 1024 (see --help)\n", 1, -1},
      {"kg build: a bad triples line",
       "build --format json {D}/triples.jsonl" + out,
       "kg: {D}/triples.jsonl:1: missing \"object\"\n", 1, -1},
      {"SIGINT half-way", "extract --threads 1 {D}/many.txt" + out,
       "kg: interrupted\n", 130, -1, How::kInterrupt},
  });
}

TEST_CASE(
    "kg on a hostile rule pack: one line, an exit code, nothing half-written") {
  const std::string& out = kOut;
  std::vector<Row> rows;
  const std::string rule_errors[][2] = {
      {"not_json",
       ":2:1: JSON syntax error: while parsing value - unexpected end of "
       "input; expected '[', '{', or a literal"},
      {"not_object", ": must be a JSON object"},
      {"unknown_key", ": unknown key \"rulez\""},
      {"rules_not_array", ": \"rules\" must be an array"},
      {"missing_pattern", ":1: rule \"meet\": missing string \"pattern\""},
      {"pattern_not_string", ":1: rule \"meet\": \"pattern\" must be a string"},
      {"empty_relation", ":1: rule \"meet\": \"relation\" is empty"},
      {"bad_category",
       ":1: rule \"meet\": category \"21\" is not a CAMEO root code "
       "\"01\"..\"20\""},
      {"bad_confidence", ":1: rule \"meet\": confidence must be in (0, 1]"},
      {"bad_bool", ":1: rule \"meet\": \"symmetric\" must be true or false"},
      {"bad_int", ":1: rule \"meet\": \"priority\" must be an integer"},
      {"duplicate_rule",
       ":2: rule id \"meet\" already defined at {D}/packs/duplicate_rule/"
       "pack.json:1"},
      {"unknown_actor_type",
       ":1: actor \"X\": unknown type \"planet\" (want person, country, "
       "organization, group or other)"},
      {"unknown_country",
       ":1: actor \"p\": country \"ZZZ\" is not an actor id"},
      {"strings_not_array", ": \"person_titles\" must be an array of strings"},
      {"macros_not_object", ": \"macros\" must be an object"},
      {"bad_example",
       ":1: rule \"meet\": each of \"examples\" must be a string or "
       "{\"text\", \"triples\"}"},
      {"unknown_placeholder", ":2: rule \"meet\": unknown placeholder {ACTRO}"},
      {"no_placeholder", ":2: rule \"meet\": has no actor placeholder"},
      {"one_placeholder",
       ":2: rule \"meet\": one placeholder needs \"implicit_subject\" or a "
       "symmetric {ACTORS} list"},
      {"bad_regex",
       ":2: rule \"meet\": bad pattern: missing ) in \"{ACTOR} (met "
       "{ACTOR}\""},
      {"pattern_too_large",
       ":2: rule \"meet\": bad pattern: pattern too large - compile failed "
       "in \"{ACTOR} \\pL{1000} {ACTOR}\""},
      {"include_cycle", ": include cycle"},
  };
  for (const auto& [name, error] : rule_errors) {
    const std::string pack = "{D}/packs/" + std::string(name) + "/pack.json";
    rows.push_back({"rule pack error",
                    "extract --rules " + pack + " {D}/ok.txt" + out,
                    "kg: " + pack + error + "\n", 1, -1});
  }
  rows.push_back({"rule pack error: a missing include",
                  "extract --rules {D}/packs/missing_include/pack.json "
                  "{D}/ok.txt" +
                      out,
                  "kg: {D}/packs/missing_include/nowhere.json: no such file "
                  "(included by {D}/packs/missing_include/pack.json)\n",
                  1, -1});
  rows.push_back({"rule pack: a failing example",
                  "rules check {D}/packs/failing_example/pack.json",
                  "{D}/packs/failing_example/pack.json:2: rule \"meet\": "
                  "example 1: missing (France, meet, Germany); got nothing\n"
                  "{D}/packs/failing_example/pack.json: 2 actors, 1 rules, 0 "
                  "frames, 0 lexicon entries, 0 passed, 1 failed\n",
                  1, -1});
  RunRows(rows);
}

TEST_CASE("kg extract: CRLF line ends and a BOM give the spans of the file") {
  testing::TempDir temp("kg_bad_input_test");
  const std::string text = std::string(kBom) +
                           "France met Japan on 2 May 2019.\r\n\r\n"
                           "India criticized Brazil.\r\n";
  const std::string path = temp.Write("crlf_bom.txt", text);
  const testing::KgRun r = testing::Kg("extract " + path);
  CHECK(r.code == 0);
  const size_t first = text.find("France"), second = text.find("India");
  CHECK(r.output.find(
            "\"sentence\":\"France met Japan on 2 May 2019.\",\"span\":[" +
            std::to_string(first) + "," + std::to_string(first + 31) + "]") !=
        std::string::npos);
  CHECK(r.output.find("\"sentence\":\"India criticized Brazil.\",\"span\":[" +
                      std::to_string(second) + "," +
                      std::to_string(second + 24) + "]") != std::string::npos);
  CHECK(r.output.find("\\r") == std::string::npos);
  CHECK(r.output.find("\\ufeff") == std::string::npos);
}

}  // namespace
}  // namespace kg
