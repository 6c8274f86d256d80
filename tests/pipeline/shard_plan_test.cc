#include "pipeline/shard_plan.h"

#include <doctest/doctest.h>

#include <sys/stat.h>

#include <algorithm>
#include <cmath>
#include <filesystem>
#include <fstream>
#include <memory>
#include <sstream>
#include <string>
#include <vector>

#include "base/triple_json.h"
#include "extract/document_reader.h"
#include "extract/extractor.h"
#include "extract/rule_pack.h"
#include "pipeline/parallel_extractor.h"
#include "pipeline/shard_extractor.h"
#include "tests/temp_dir.h"

// A namespace of its own: the unity build joins the pipeline tests.
namespace kg::pipeline::shard_plan_test {
namespace {

using extract::Document;
using extract::DocumentReader;
using extract::InputSlice;

class TempDir : public testing::TempDir {
 public:
  TempDir() : testing::TempDir("kg_shard_plan_test") {}
};

// Everything a reader says of a document, one line: id, title, date,
// part offset, sections, paragraphs and sentences, replacements, text.
std::string Describe(const Document& d) {
  std::ostringstream out;
  out << d.id << "|" << d.title << "|";
  if (d.date) out << d.date->year << "-" << d.date->month << "-" << d.date->day;
  out << "|" << d.part_offset << "|";
  for (const auto& s : d.sections) out << s.level << ":" << s.PathString() << ";";
  out << "|";
  for (const auto& p : d.paragraphs) {
    out << p.span.begin << "-" << p.span.end << "@" << p.section << "[";
    for (const auto& s : p.sentences) out << s.begin << "-" << s.end << ",";
    out << "]";
  }
  out << "|";
  for (size_t r : d.replacements) out << r << ",";
  out << "|" << d.text;
  return out.str();
}

// A reader's documents (one line each), warnings ("W: ...") and final
// status ("S: ..."), as one text to compare.
template <typename Inputs>
std::string ReadAll(Inputs inputs, size_t part_bytes, bool keep_going = false) {
  std::string out;
  DocumentReader reader(std::move(inputs),
                        [&](const std::string& w) { out += "W: " + w + "\n"; },
                        part_bytes);
  if (keep_going)
    reader.KeepGoing(
        [&](const Status& s) { out += "K: " + s.ToString() + "\n"; });
  Document doc;
  Status status;
  while (reader.Next(&doc, &status)) out += Describe(doc) + "\n";
  if (!status.ok()) out += "S: " + status.ToString() + "\n";
  return out;
}

// The same, reading every shard of a plan in turn (stopping at the first
// error, as the whole read does).
std::string ReadShards(const ShardPlan& plan, size_t part_bytes,
                       bool keep_going = false) {
  std::string out;
  for (const Shard& shard : plan.shards) {
    out += ReadAll(shard.slices, part_bytes, keep_going);
    if (out.find("S: ") != std::string::npos) break;
  }
  return out;
}

std::string Slices(const ShardPlan& plan) {
  std::string out;
  for (size_t i = 0; i < plan.shards.size(); ++i) {
    out += "#" + std::to_string(i) + " " +
           std::to_string(plan.shards[i].bytes) + ":";
    for (const InputSlice& s : plan.shards[i].slices) {
      out += " " + std::filesystem::path(s.path).filename().string();
      if (s.listed) out += "*";
      if (s.range)
        out += "[" + std::to_string(s.begin) + "," + std::to_string(s.end) +
               ")@" + std::to_string(s.first_line);
    }
    out += "\n";
  }
  return out;
}

std::string Steps(const ShardPlan& plan) {
  std::string out;
  for (const MergeStep& step : plan.steps) {
    if (!out.empty()) out += " ";
    out += step.shard != MergeStep::kNoShard
               ? "s" + std::to_string(step.shard)
               : std::filesystem::path(step.kg_output).filename().string();
  }
  return out;
}

Result<ShardPlan> Plan(const std::vector<std::string>& inputs, uint64_t bytes,
                       bool build = false,
                       std::vector<std::string>* warnings = nullptr,
                       std::vector<std::string>* skipped = nullptr) {
  ShardPlanOptions options;
  options.shard_bytes = bytes;
  options.for_build = build;
  options.reporter = [warnings](const std::string& w) {
    if (warnings) warnings->push_back(w);
  };
  if (skipped)
    options.skip = [skipped](const Status& s) {
      skipped->push_back(s.ToString());
    };
  return PlanShards(inputs, options);
}

// 10 records of 40 bytes each (with the newline), ids on the even lines.
std::string TenRecords() {
  std::string out;
  for (int i = 1; i <= 10; ++i) {
    std::string line = i % 2 == 0 ? "{\"id\":\"r" + std::to_string(i) + "\","
                                  : std::string("{");
    line += "\"text\":\"China met Peru.\"";
    while (line.size() < 38) line += ' ';
    out += line + "}\n";
  }
  return out;
}

TEST_CASE("a JSON Lines file is cut after the line that fills a shard") {
  TempDir dir;
  const std::string feed = dir.Write("feed.jsonl", TenRecords());
  REQUIRE(TenRecords().size() == 400);
  auto plan = Plan({feed}, 100);
  REQUIRE(plan.ok());
  CHECK(Slices(*plan) ==
        "#0 120: feed.jsonl[0,120)@1\n"
        "#1 120: feed.jsonl[120,240)@4\n"
        "#2 120: feed.jsonl[240,360)@7\n"
        "#3 40: feed.jsonl[360,400)@10\n");
  CHECK(Steps(*plan) == "s0 s1 s2 s3");
  CHECK(plan->shards[1].slices[0].file ==
        std::filesystem::absolute(feed).lexically_normal().string());
  // The same documents, ids by line number where there is no "id".
  const std::string whole = ReadAll(std::vector<std::string>{feed}, 1 << 20);
  CHECK(ReadShards(*plan, 1 << 20) == whole);
  CHECK(whole.find("feed.jsonl:7|") != std::string::npos);
  CHECK(whole.find("r10|") != std::string::npos);
  // A shard exactly a line's size: a cut after every line; the last has
  // no newline.
  std::string two = TenRecords().substr(0, 80);
  two.pop_back();
  const std::string f2 = dir.Write("two.jsonl", two);
  plan = Plan({f2}, 40);
  REQUIRE(plan.ok());
  CHECK(Slices(*plan) == "#0 40: two.jsonl[0,40)@1\n#1 39: two.jsonl[40,79)@2\n");
}

TEST_CASE("a cut is found past the planner's read blocks (1 MiB)") {
  TempDir dir;
  std::string line = "{\"text\":\"China met Peru.\"";
  line += std::string(999 - line.size() - 1, ' ') + "}\n";
  REQUIRE(line.size() == 1000);
  std::string records;
  for (int i = 0; i < 3000; ++i) records += line;
  const std::string feed = dir.Write("big.jsonl", records);
  auto plan = Plan({feed}, 1 << 20);
  REQUIRE(plan.ok());
  CHECK(Slices(*plan) ==
        "#0 1049000: big.jsonl[0,1049000)@1\n"
        "#1 1049000: big.jsonl[1049000,2098000)@1050\n"
        "#2 902000: big.jsonl[2098000,3000000)@2099\n");
  // A line longer than a block: the cut waits for its end.
  std::string long_line = "{\"text\":\"" + std::string(3 << 20, 'a') + "\"}\n";
  const std::string f2 = dir.Write("long.jsonl", line + long_line + line);
  plan = Plan({f2}, 100);
  REQUIRE(plan.ok());
  CHECK(Slices(*plan) ==
        "#0 1000: long.jsonl[0,1000)@1\n#1 " +
            std::to_string(long_line.size()) + ": long.jsonl[1000," +
            std::to_string(1000 + long_line.size()) + ")@2\n#2 1000: long.jsonl[" +
            std::to_string(1000 + long_line.size()) + "," +
            std::to_string(2000 + long_line.size()) + ")@3\n");
}

TEST_CASE("blank lines, a BOM and CRLF keep their line numbers in a range") {
  TempDir dir;
  const std::string feed = dir.Write(
      "feed.jsonl",
      "\xEF\xBB\xBF{\"text\":\"Xi met Putin.\"}\r\n\n\n"
      "{\"text\":\"Macron met Scholz.\", \"date\": \"2024-05-08\"}\n"
      "   \n{\"text\":\"Ruto met Modi.\", \"title\": \"T\"}\n");
  for (uint64_t bytes : {1, 10, 40, 1000}) {
    CAPTURE(bytes);
    auto plan = Plan({feed}, bytes);
    REQUIRE(plan.ok());
    CHECK(ReadShards(*plan, 1 << 20) ==
          ReadAll(std::vector<std::string>{feed}, 1 << 20));
  }
  auto plan = Plan({feed}, 1);
  REQUIRE(plan.ok());
  CHECK(Slices(*plan) ==
        "#0 29: feed.jsonl[0,29)@1\n#1 1: feed.jsonl[29,30)@2\n"
        "#2 1: feed.jsonl[30,31)@3\n#3 52: feed.jsonl[31,83)@4\n"
        "#4 4: feed.jsonl[83,87)@5\n#5 40: feed.jsonl[87,127)@6\n");
  CHECK(ReadShards(*plan, 1 << 20).find("feed.jsonl:6|T|") !=
        std::string::npos);
}

TEST_CASE("a bad record in a later range names its line as the whole read") {
  TempDir dir;
  std::string records = TenRecords();
  records.replace(6 * 40 + 5, 4, "\"te ");  // line 7: an unclosed key
  const std::string feed = dir.Write("feed.jsonl", records);
  auto plan = Plan({feed}, 100);
  REQUIRE(plan.ok());
  const std::string whole = ReadAll(std::vector<std::string>{feed}, 1 << 20);
  REQUIRE(whole.find("S: " + feed + ":7:") != std::string::npos);
  CHECK(ReadShards(*plan, 1 << 20) == whole);
  // Keeping going: the same records skipped, the same documents after.
  CHECK(ReadShards(*plan, 1 << 20, true) ==
        ReadAll(std::vector<std::string>{feed}, 1 << 20, true));
  // Only the shard holding line 7 fails.
  CHECK(ReadAll(plan->shards[1].slices, 1 << 20).find("S: ") ==
        std::string::npos);
  CHECK(ReadAll(plan->shards[2].slices, 1 << 20).find("S: " + feed + ":7:") !=
        std::string::npos);
}

TEST_CASE("folders: files grouped in path order, texts whole, parts alike") {
  TempDir dir;
  std::string long_text = "= Long =\n\n== Europe ==\n";
  for (int i = 0; i < 300; ++i)
    long_text += "Paragraph " + std::to_string(i) +
                 ": France met Germany in 2019. Italy met Spain.\n\n";
  dir.Write("news/b/long.txt", long_text);
  dir.Write("news/a.txt", "= A =\nChina met Peru in \xFF 2020.\n");
  dir.Write("news/c.md", "# C\n\nKenya met India.\n");
  dir.Write("news/empty.txt", "");
  dir.Write("news/feed.jsonl", TenRecords());
  dir.Write("news/skip.csv", "not read");
  dir.Write("news/t.jsonl",
            "{\"doc\":\"a\",\"subject\":\"X\",\"relation\":\"meet\"}\n");
  const std::string news = dir.Path("news");
  std::vector<std::string> warnings;
  auto plan = Plan({news}, 150, false, &warnings);
  REQUIRE(plan.ok());
  CHECK(Slices(*plan) ==
        "#0 " + std::to_string(long_text.size() + 32) +
            ": a.txt* long.txt*\n"
            "#1 182: c.md* empty.txt* feed.jsonl*[0,160)@1\n"
            "#2 160: feed.jsonl*[160,320)@5\n"
            "#3 80: feed.jsonl*[320,400)@9\n");
  REQUIRE(warnings.size() == 1);
  CHECK(warnings[0] ==
        dir.Path("news/t.jsonl") + ": triples written by kg extract, skipped");
  // Small parts, so the long text is read in many: the same documents,
  // warnings (invalid UTF-8, the empty file, the triples skipped) and all.
  const std::string whole = ReadAll(std::vector<std::string>{news}, 4096);
  CHECK(whole.find("W: " + dir.Path("news/a.txt") +
                   ": invalid UTF-8 at byte 24") != std::string::npos);
  CHECK(whole.find("W: " + dir.Path("news/empty.txt") + ": empty file") !=
        std::string::npos);
  std::string from_plan = "W: " + warnings[0] + "\n";
  from_plan += ReadShards(*plan, 4096);
  // The whole read warns of the triples where it meets them: last.
  std::string whole_reordered = whole;
  const std::string skipped_line = "W: " + warnings[0] + "\n";
  const size_t at = whole_reordered.find(skipped_line);
  REQUIRE(at != std::string::npos);
  whole_reordered.erase(at, skipped_line.size());
  CHECK(from_plan == skipped_line + whole_reordered);
  CHECK(std::count(whole.begin(), whole.end(), '\n') > 20);
}

// A text of about `bytes`: a title, sections and subsections every few
// paragraphs (so that some are open where a part ends), list items, and an
// invalid byte late in it.
std::string LongText(size_t bytes) {
  std::string text = "= The Long Report =\n\nA lead paragraph. China met Peru.\n";
  for (int i = 0; text.size() < bytes; ++i) {
    if (i % 97 == 0) text += "\n== Part " + std::to_string(i / 97) + " ==\n";
    if (i % 31 == 5) text += "\n=== Sub " + std::to_string(i) + " ===\n";
    if (i % 13 == 0) text += "\n- a list item where France met Germany\n";
    text += "\nParagraph " + std::to_string(i) +
            ": Chinese leader Xi Jinping met Russian President Vladimir Putin "
            "in Moscow in March 2023. He criticized Japan. Relations between "
            "India and Pakistan soured in 2019.\n";
  }
  text.insert(text.size() * 3 / 4, "\xFF");
  return text;
}

TEST_CASE("a long text is cut between its parts, the layout carried") {
  TempDir dir;
  const std::string text = LongText(1536 << 10);
  const std::string path = dir.Write("long.txt", text);
  dir.Write("a.txt", "= A =\nKenya met India.\n");
  auto plan = Plan({dir.Path("a.txt"), path}, 300 << 10);
  REQUIRE(plan.ok());
  // The first shard's room after a.txt, then about 300 KiB a shard: parts
  // of 256 KiB, so two parts a shard but for the last.
  REQUIRE(plan->shards.size() == 4);
  uint64_t at = 0;
  for (size_t i = 0; i < plan->shards.size(); ++i) {
    const auto& slices = plan->shards[i].slices;
    const InputSlice& s = slices.back();
    CHECK(s.text_range);
    CHECK(s.begin == at);
    at = s.end;
    if (i > 0) {
      CHECK(s.carry.title == "The Long Report");
      CHECK_FALSE(s.carry.open.empty());
    }
  }
  CHECK(at == text.size());
  // Read in its slices: the whole file's documents, warnings and all.
  const std::string whole =
      ReadAll(std::vector<std::string>{dir.Path("a.txt"), path},
              DocumentReader::kDefaultPartBytes);
  CHECK(whole.find("W: " + path + ": invalid UTF-8 at byte") !=
        std::string::npos);
  size_t parts = 0;
  for (size_t p = whole.find("\nlong.txt|The Long Report|");
       p != std::string::npos; p = whole.find("\nlong.txt|The Long Report|", p + 1))
    ++parts;
  CHECK(parts == 7);
  CHECK(ReadShards(*plan, DocumentReader::kDefaultPartBytes) == whole);
  // A text that fits, or has one part, stays whole.
  plan = Plan({path}, 2 << 20);
  REQUIRE(plan.ok());
  CHECK(Slices(*plan) == "#0 " + std::to_string(text.size()) + ": long.txt\n");
}

TEST_CASE("build: kg outputs are merge steps where kg build loads them") {
  TempDir dir;
  dir.Write("news/a.txt", "China met Peru.\n");
  dir.Write("news/out/t.jsonl",
            "{\"doc\":\"a\",\"subject\":\"X\",\"relation\":\"meet\"}\n");
  dir.Write("news/g.md", "{\"format\": \"kg-graph\", \"actors\": []}\n");
  dir.Write("news/z.txt", "Kenya met India.\n");
  const std::string named =
      dir.Write("named.txt",
                "{\"doc\":\"a\",\"subject\":\"X\",\"relation\":\"meet\"}\n");
  const std::string more = dir.Write("more.txt", "Japan met Chile.\n");
  auto plan = Plan({dir.Path("news"), named, more}, 1 << 20, true);
  REQUIRE(plan.ok());
  CHECK(Slices(*plan) == "#0 33: a.txt* z.txt*\n#1 17: more.txt\n");
  CHECK(Steps(*plan) == "s0 g.md t.jsonl named.txt s1");
  CHECK(plan->steps[1].kind == extract::ContentKind::kGraphFile);
  CHECK(plan->steps[2].kind == extract::ContentKind::kTriples);
  // For extract, the named one is kg extract's error.
  plan = Plan({dir.Path("news"), named}, 1 << 20);
  REQUIRE_FALSE(plan.ok());
  CHECK(plan.status().ToString() ==
        named +
            ": triples written by kg extract, not documents (kg build reads "
            "it)");
  // A graph export is kg build's error.
  const std::string gml =
      dir.Write("g.graphml", "<?xml version=\"1.0\"?>\n<graphml>\n");
  plan = Plan({gml}, 1 << 20, true);
  REQUIRE_FALSE(plan.ok());
  CHECK(plan.status().ToString() ==
        gml +
            ": a graph file kg exported, not documents, triples or a kg "
            "graph file");
}

TEST_CASE("folders listed in exclude are left out (kg-dask's work folder)") {
  TempDir dir;
  dir.Write("news/a.txt", "China met Peru.\n");
  dir.Write("news/t.jsonl.shards/0f.jsonl",
            "{\"doc\":\"a\",\"subject\":\"X\",\"relation\":\"meet\"}\n");
  dir.Write("news/t.jsonl.shards-not/b.txt", "Kenya met India.\n");
  ShardPlanOptions options;
  options.for_build = true;
  options.exclude = {dir.Path("news/t.jsonl.shards")};
  auto plan = PlanShards({dir.Path("news")}, options);
  REQUIRE(plan.ok());
  CHECK(Slices(*plan) == "#0 33: a.txt* b.txt*\n");
  CHECK(Steps(*plan) == "s0");
  options.exclude.clear();
  plan = PlanShards({dir.Path("news")}, options);
  REQUIRE(plan.ok());
  CHECK(Steps(*plan) == "s0 0f.jsonl");
}

TEST_CASE("inputs that cannot be planned are kg's errors, or skipped") {
  TempDir dir;
  const std::string a = dir.Write("a.txt", "China met Peru.\n");
  const std::string bin = dir.Write("b.txt", std::string("ab\0cd", 5));
  const std::string missing = dir.Path("missing.txt");
  auto plan = Plan({a, missing}, 1 << 20);
  REQUIRE_FALSE(plan.ok());
  CHECK(plan.status().ToString() == missing + ": no such file or directory");
  CHECK(ReadAll(std::vector<std::string>{missing}, 4096) ==
        "S: " + plan.status().ToString() + "\n");
  plan = Plan({bin}, 1 << 20);
  REQUIRE_FALSE(plan.ok());
  CHECK(plan.status().ToString() == bin + ": binary file, not text");
  dir.Write("empty/x.csv", "");
  plan = Plan({dir.Path("empty")}, 1 << 20);
  REQUIRE_FALSE(plan.ok());
  CHECK(plan.status().ToString() ==
        dir.Path("empty") + ": no text files (*.txt, *.md, *.jsonl) in folder");
  plan = Plan({"-"}, 1 << 20);
  REQUIRE_FALSE(plan.ok());
  CHECK(plan.status().ToString() ==
        "-: standard input cannot be cut into shards: save it to a file and "
        "name the file");
  const std::string fifo = dir.Path("fifo");
  REQUIRE(::mkfifo(fifo.c_str(), 0600) == 0);
  plan = Plan({fifo}, 1 << 20);
  REQUIRE_FALSE(plan.ok());
  CHECK(plan.status().ToString() ==
        fifo + ": a named pipe cannot be cut into shards: save it to a file "
               "and name the file");
  // Keeping going: passed over, each named.
  std::vector<std::string> skipped;
  plan = Plan({a, missing, bin}, 1 << 20, false, nullptr, &skipped);
  REQUIRE(plan.ok());
  CHECK(Slices(*plan) == "#0 16: a.txt\n");
  REQUIRE(skipped.size() == 2);
  CHECK(skipped[0] == missing + ": no such file or directory");
  CHECK(skipped[1] == bin + ": binary file, not text");
}

// The built-in diplomacy pack's extractor, built once.
const extract::Extractor& DiplomacyExtractor() {
  static const std::unique_ptr<extract::Extractor> extractor = [] {
    Result<extract::RulePack> pack =
        extract::LoadBuiltinRulePack("diplomacy");
    REQUIRE_MESSAGE(pack.ok(), pack.status().ToString());
    auto e = extract::Extractor::Create(*pack);
    REQUIRE_MESSAGE(e.ok(), e.status().ToString());
    return std::move(*e);
  }();
  return *extractor;
}

std::string ReadFile(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream out;
  out << in.rdbuf();
  return out.str();
}

TEST_CASE("shards' triples, concatenated, are kg extract's") {
  TempDir dir;
  std::string feed;
  const char* lines[] = {
      "Chinese leader Xi Jinping met Russian President Vladimir Putin in "
      "Moscow in March 2023.",
      "Iran was sanctioned by the United States in 2018.",
      "He criticized Japan.",
      "Relations between India and Pakistan soured in 2019."};
  for (int i = 0; i < 24; ++i)
    feed += "{\"text\": \"" + std::string(lines[i % 4]) +
            "\", \"date\": \"2024-0" + std::to_string(1 + i % 9) + "-01\"}\n";
  const std::string f = dir.Write("news/feed.jsonl", feed);
  dir.Write("news/a.txt", std::string("= A =\n\n") + lines[0] + "\n\n" +
                              lines[1] + "\n");
  // The bundled article too: its triples include confidences that two
  // decimals round (0.5355).
  dir.Write("news/xi.txt", ReadFile(KG_SOURCE_DIR
                                    "/examples/xi-foreign-policy.txt"));
  const std::string long_text = LongText(600 << 10);  // cut in 3 shards
  dir.Write("news/zz-long.txt", long_text);
  std::vector<std::string> warnings;
  const std::string news = dir.Path("news");
  std::string expected;
  {
    DocumentReader reader({news}, nullptr);
    ParallelExtractor parallel(DiplomacyExtractor(), 2);
    REQUIRE(parallel
                .Run(&reader,
                     [&](std::string_view l) {
                       expected += l;
                       return Status::Ok();
                     })
                .ok());
  }
  REQUIRE(std::count(expected.begin(), expected.end(), '\n') >= 20);
  auto plan = Plan({news}, 500);
  REQUIRE(plan.ok());
  REQUIRE(plan->shards.size() >= 4);
  std::string joined;
  size_t documents = 0, triples = 0;
  for (size_t i = 0; i < plan->shards.size(); ++i) {
    const std::string out = dir.Path("shard" + std::to_string(i) + ".jsonl");
    ShardReport report;
    REQUIRE(ExtractShard(DiplomacyExtractor(), plan->shards[i].slices, out,
                         {.threads = i % 2 == 0 ? 1u : 2u}, &report)
                .ok());
    joined += ReadFile(out);
    documents += report.documents;
    triples += report.triples;
    warnings.insert(warnings.end(), report.warnings.begin(),
                    report.warnings.end());
  }
  CHECK(joined == expected);
  CHECK(documents == 27);
  CHECK(warnings == std::vector<std::string>{
                        dir.Path("news/zz-long.txt") +
                        ": invalid UTF-8 at byte " +
                        std::to_string(long_text.find('\xFF')) +
                        " replaced by U+FFFD"});
  // Read back, the shards' lines are the extracted triples themselves,
  // confidences included (the extractor gives two decimals, as the lines
  // do): kg build's graph from the shards is its graph from the text. On
  // this corpus some confidences are products (0.85 for a referred actor,
  // 0.9 for a paragraph's date), which were not two decimals before.
  {
    std::vector<Triple> raw;
    DocumentReader reader({news}, nullptr);
    ParallelExtractor parallel(DiplomacyExtractor(), 1);
    REQUIRE(parallel
                .RunTriples(&reader,
                            [&](std::vector<Triple>& t) {
                              raw.insert(raw.end(), t.begin(), t.end());
                              return Status::Ok();
                            })
                .ok());
    std::istringstream shard_lines(joined);
    std::string line;
    size_t i = 0;
    for (; std::getline(shard_lines, line); ++i) {
      Triple t;
      REQUIRE(FromJsonLine(line, "shard", &t).ok());
      REQUIRE(i < raw.size());
      CHECK(t.confidence == raw[i].confidence);
      CHECK(ToJsonLine(t) == ToJsonLine(raw[i]));
    }
    CHECK(i == raw.size());
  }
  CHECK(triples ==
        static_cast<size_t>(std::count(expected.begin(), expected.end(), '\n')));
  // A bad record: kg's error, and no file.
  dir.Write("bad/x.jsonl", "{\"text\": \"China met Peru.\"}\n{\"text\": 3}\n");
  plan = Plan({dir.Path("bad")}, 1 << 20);
  REQUIRE(plan.ok());
  ShardReport report;
  const std::string out = dir.Path("bad.jsonl");
  Status s = ExtractShard(DiplomacyExtractor(), plan->shards[0].slices, out, {},
                          &report);
  CHECK(s.ToString() ==
        dir.Path("bad/x.jsonl") + ":2: missing string field \"text\"");
  CHECK_FALSE(std::filesystem::exists(out));
  // Keeping going: the record skipped, the rest written.
  s = ExtractShard(DiplomacyExtractor(), plan->shards[0].slices, out,
                   {.keep_going = true}, &report);
  REQUIRE(s.ok());
  CHECK(report.skipped ==
        std::vector<std::string>{dir.Path("bad/x.jsonl") +
                                 ":2: missing string field \"text\""});
  CHECK(report.documents == 1);
  CHECK(ReadFile(out).find("\"doc\":\"x.jsonl:1\"") != std::string::npos);
}

}  // namespace
}  // namespace kg::pipeline::shard_plan_test
