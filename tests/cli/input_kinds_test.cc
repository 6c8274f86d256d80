// Inputs of every kind, end to end (issue 14): pipes, devices and stdin
// read in the same parts as files (same triples, bounded memory); kg's own
// outputs told by content wherever they are; one policy for unreadable
// inputs; names escaped so that a message stays one line. Devices are
// throwaway nodes made in the test's folder, never the machine's /dev.
#include <doctest/doctest.h>
#include <sys/stat.h>
#include <sys/sysmacros.h>
#include <sys/types.h>
#include <unistd.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <regex>
#include <string>

#include "tests/cli/kg_runner.h"
#include "tests/cli/scratch_files.h"
#include "tests/temp_dir.h"

namespace kg {
namespace {

namespace fs = std::filesystem;
using testing::CountLines;
using testing::ReadBytes;
using testing::ReplaceAll;

// Paragraphs of two triples each, over `bytes` in all: long enough to be
// read in many 256 KiB parts.
std::string Prose(size_t bytes) {
  const std::string para =
      "France met Japan on 2 May 2019. India criticized Brazil.\n\n";
  std::string out;
  while (out.size() < bytes) out += para;
  return out;
}

// Peak RSS in KiB from /usr/bin/time -f "RSS %M" in kg's output.
long PeakRss(const std::string& output) {
  std::smatch m;
  REQUIRE(std::regex_search(output, m, std::regex("RSS ([0-9]+)")));
  return std::stol(m[1]);
}

TEST_CASE("kg extract: a pipe, stdin and a device are read as a file is") {
  testing::TempDir temp("kg_input_kinds_test");
  const std::string d = temp.Path();
  // Several 256 KiB parts (fewer under the sanitizer, several times slower).
  const std::string prose =
      Prose(testing::kSanitized ? size_t{600} << 10 : size_t{1} << 20);
  const std::string text = temp.Write("a.txt", prose);
  fs::create_directories(d + "/fifo");
  REQUIRE(::mkfifo((d + "/fifo/a.txt").c_str(), 0600) == 0);

  testing::KgRun r = testing::Kg("extract " + text + " -o " + d + "/name.jsonl");
  REQUIRE(r.code == 0);
  const std::string by_name = ReadBytes(d + "/name.jsonl");
  // Two triples a paragraph (36,158 on 1 MiB: 18,079 paragraphs).
  const long paragraphs = static_cast<long>(prose.size() / 58);
  REQUIRE(prose.size() % 58 == 0);
  CHECK(CountLines(d + "/name.jsonl") == 2 * paragraphs);

  // A named pipe of the same name: the same parts, the same bytes.
  r = testing::Kg("extract " + d + "/fifo/a.txt -o " + d + "/fifo.jsonl",
                  "cat " + text + " > " + d + "/fifo/a.txt & ");
  CHECK(r.output == "");
  CHECK(r.code == 0);
  CHECK(ReadBytes(d + "/fifo.jsonl") == by_name);
  CHECK(fs::is_fifo(d + "/fifo/a.txt"));

  // Standard input, redirected or piped (also named /dev/stdin): the same
  // triples, from the document "stdin".
  const std::string as_stdin =
      ReplaceAll(by_name, "\"doc\":\"a.txt\"", "\"doc\":\"stdin\"");
  r = testing::Kg("extract - -o " + d + "/stdin.jsonl < " + text);
  CHECK(r.code == 0);
  CHECK(ReadBytes(d + "/stdin.jsonl") == as_stdin);
  r = testing::Kg("extract /dev/stdin -o " + d + "/pipe.jsonl",
                  "cat " + text + " | ");
  CHECK(r.code == 0);
  CHECK(ReadBytes(d + "/pipe.jsonl") == as_stdin);
}

TEST_CASE("kg extract: devices are read in parts (throwaway nodes)") {
  if (::geteuid() != 0) {
    MESSAGE("skipped: mknod needs root");
    return;
  }
  testing::TempDir temp("kg_input_kinds_test");
  const std::string d = temp.Path();
  // Copies of /dev/zero (1, 5) and /dev/null (1, 3), in the scratch folder.
  REQUIRE(::mknod((d + "/zero").c_str(), S_IFCHR | 0666, makedev(1, 5)) == 0);
  REQUIRE(::mknod((d + "/null").c_str(), S_IFCHR | 0666, makedev(1, 3)) == 0);
  // An endless device: the binary check on its first 8 KiB, not 4 GB read.
  testing::KgRun r =
      testing::Kg("extract " + d + "/zero -o " + d + "/zero.jsonl",
                  "/usr/bin/time -f 'RSS %M' ");
  CHECK(r.output.starts_with("kg: " + d + "/zero: binary file, not text\n"));
  CHECK(PeakRss(r.output) < 100 * 1024);
  CHECK(CountLines(d + "/zero.jsonl") == -1);
  CHECK(fs::is_character_file(d + "/zero"));
  r = testing::Kg("extract " + d + "/null -o " + d + "/null.jsonl");
  CHECK(r.output == "kg: warning: " + d + "/null: empty file\n");
  CHECK(r.code == 0);
  CHECK(CountLines(d + "/null.jsonl") == 0);
  CHECK(fs::is_character_file(d + "/null"));
}

TEST_CASE("kg extract: a pipe takes the memory of a file (RSS within 10%)") {
  if (testing::kSanitized) {
    MESSAGE("skipped under AddressSanitizer: RSS is shadow memory there");
    return;
  }
  testing::TempDir temp("kg_input_kinds_test");
  const std::string d = temp.Path();
  // 8 MB: read whole, as pipes were, it would cost far more than 10%.
  const std::string text = temp.Write("big.txt", Prose(size_t{8} << 20));
  fs::create_directories(d + "/fifo");
  REQUIRE(::mkfifo((d + "/fifo/big.txt").c_str(), 0600) == 0);
  const std::string time = "/usr/bin/time -f 'RSS %M' ";
  const testing::KgRun by_name = testing::Kg(
      "extract -j 2 " + text + " -o " + d + "/name.jsonl", time);
  const testing::KgRun by_pipe =
      testing::Kg("extract -j 2 " + d + "/fifo/big.txt -o " + d + "/fifo.jsonl",
                  "cat " + text + " > " + d + "/fifo/big.txt & " + time);
  REQUIRE(by_name.code == 0);
  REQUIRE(by_pipe.code == 0);
  CHECK(ReadBytes(d + "/fifo.jsonl") == ReadBytes(d + "/name.jsonl"));
  const long name_kb = PeakRss(by_name.output), pipe_kb = PeakRss(by_pipe.output);
  CAPTURE(name_kb);
  CAPTURE(pipe_kb);
  CHECK(pipe_kb * 10 <= name_kb * 11);
}

TEST_CASE("kg knows its own outputs by content, whatever their names") {
  testing::TempDir temp("kg_input_kinds_test");
  const std::string d = temp.Path();
  temp.Write("news/a.txt", "France met Japan on 2 May 2019.\n");
  temp.Write("nofmt.txt", "{\"version\": 1,\n\"actors\": [],\n\"edges\": []}\n");
  temp.Write("array.txt", "[1, 2]\n");
  temp.Write("note.txt", "{Note} France met Japan on 2 May 2019.\n");
  const std::string triples = d + "/news/triples.jsonl";

  // Run twice on a folder holding its own output: the triples are skipped.
  testing::KgRun r = testing::Kg("extract " + d + "/news -o " + triples);
  CHECK(r.output == "");
  CHECK(r.code == 0);
  CHECK(CountLines(triples) == 1);
  r = testing::Kg("extract " + d + "/news -o " + triples);
  CHECK(r.output == "kg: warning: " + triples +
                        ": triples written by kg extract, skipped\n");
  CHECK(r.code == 0);
  CHECK(CountLines(triples) == 1);

  // Named, whatever the extension: an error saying what it is.
  fs::copy_file(triples, d + "/t.txt");
  const struct {
    std::string args, expected;
    int code;
  } rows[] = {
      {"extract " + triples,
       "kg: " + triples +
           ": triples written by kg extract, not documents (kg build reads "
           "it)\n",
       1},
      {"extract " + d + "/t.txt",
       "kg: " + d +
           "/t.txt: triples written by kg extract, not documents (kg build "
           "reads it)\n",
       1},
      // kg build loads the folder's text and its triples file.
      {"build " + d + "/news -o " + d + "/g.json",
       "kg build: 2 actors, 2 edges -> " + d + "/g.json\n", 0},
      {"extract " + d + "/g.json",
       "kg: " + d + "/g.json: a kg graph file, not documents (kg build reads "
       "it)\n",
       1},
      {"build " + d + "/t.txt " + d + "/g.json -o " + d + "/g2.json",
       "kg build: 2 actors, 3 edges -> " + d + "/g2.json\n", 0},
      {"extract " + d + "/nofmt.txt",
       "kg: " + d + "/nofmt.txt: a kg graph file, not documents (kg build "
       "reads it)\n",
       1},
      {"build " + d + "/nofmt.txt -o " + d + "/g3.json",
       "kg: " + d + "/nofmt.txt: not a kg graph file\n", 1},
      {"extract " + d + "/array.txt",
       "kg: " + d + "/array.txt: JSON, not documents\n", 1},
      {"build " + d + "/g.json -o " + d + "/g.graphml",
       "kg build: 2 actors, 2 edges -> " + d + "/g.graphml\n", 0},
      {"extract " + d + "/g.graphml",
       "kg: " + d + "/g.graphml: a graph file kg exported, not documents\n",
       1},
      {"build " + d + "/g.graphml -o " + d + "/g4.json",
       "kg: " + d +
           "/g.graphml: a graph file kg exported, not documents, triples or "
           "a kg graph file\n",
       1},
      // Piped: the triples are loaded, not extracted.
      {"build - -o " + d + "/g5.json < " + triples,
       "kg build: 2 actors, 1 edges -> " + d + "/g5.json\n", 0},
  };
  for (const auto& row : rows) {
    CAPTURE(row.args);
    r = testing::Kg(row.args);
    CHECK(r.output == row.expected);
    CHECK(r.code == row.code);
  }
  CHECK(!fs::exists(d + "/g3.json"));
  CHECK(!fs::exists(d + "/g4.json"));
  // Prose that opens with a brace is still prose.
  r = testing::Kg("extract " + d + "/note.txt");
  CHECK(r.code == 0);
  CHECK(r.output.find("\"subject\":\"France\"") != std::string::npos);
}

TEST_CASE("unreadable inputs: a file or a folder, named or below, stops kg") {
  testing::TempDir temp("kg_input_kinds_test");
  const std::string d = temp.Path();
  temp.Write("secret.txt", "France met Japan.\n");
  temp.Write("news2/ok.txt", "France met Japan.\n");
  temp.Write("news2/private/b.txt", "India met Brazil.\n");
  temp.Write("news3/ok.txt", "France met Japan.\n");
  temp.Write("news3/secret.txt", "India met Brazil.\n");
  fs::permissions(d + "/secret.txt", fs::perms::none);
  fs::permissions(d + "/news2/private", fs::perms::none);
  fs::permissions(d + "/news3/secret.txt", fs::perms::none);
  fs::create_directories(d + "/out");
  fs::permissions(d + "/out", fs::perms::all);
  // Root reads everything: run as nobody.
  const std::string as_nobody =
      ::geteuid() == 0 ? "setpriv --reuid=nobody --regid=nogroup "
                         "--clear-groups "
                       : "";
  if (as_nobody.empty()) MESSAGE("not root: runs as this user");
  const std::string out = " -o " + d + "/out/o.jsonl";
  const struct {
    std::string args, expected;
  } rows[] = {
      {"extract " + d + "/secret.txt" + out,
       "kg: " + d + "/secret.txt: Permission denied\n"},
      {"extract " + d + "/news2" + out,
       "kg: " + d + "/news2/private: Permission denied\n"},
      {"extract " + d + "/news3" + out,
       "kg: " + d + "/news3/secret.txt: Permission denied\n"},
      {"build " + d + "/news2 -o " + d + "/out/g.json",
       "kg: " + d + "/news2/private: Permission denied\n"},
  };
  for (const auto& row : rows) {
    CAPTURE(row.args);
    const testing::KgRun r = testing::Kg(row.args, as_nobody);
    CHECK(r.output == row.expected);
    CHECK(r.code == 1);
    CHECK(fs::is_empty(d + "/out"));
  }
}

TEST_CASE("names in messages are escaped: one line, whatever the name") {
  testing::TempDir temp("kg_input_kinds_test");
  const std::string d = temp.Path();
  fs::create_symlink("loop", d + "/loop");
  temp.Write("c\x01.txt", "Caf\xE9 owners: France met Japan.\n");
  const struct {
    std::string args, expected;
    int code;
  } rows[] = {
      {"extract " + d + "/loop",
       "kg: " + d + "/loop: too many levels of symbolic links\n", 1},
      {"extract '" + d + "/a\nb.txt'",
       "kg: " + d + "/a\\nb.txt: no such file or directory\n", 1},
      {"extract '" + d + "/\xFF.txt'",
       "kg: " + d + "/\\xFF.txt: no such file or directory\n", 1},
      {"extract '" + d + "/c\x01.txt' -o " + d + "/o.jsonl",
       "kg: warning: " + d +
           "/c\\x01.txt: invalid UTF-8 at byte 3 replaced by U+FFFD\n",
       0},
  };
  for (const auto& row : rows) {
    CAPTURE(row.args);
    const testing::KgRun r = testing::Kg(row.args);
    CHECK(r.output == row.expected);
    CHECK(r.code == row.code);
  }
}

TEST_CASE("kg extract: text without sentence punctuation, bounded evidence") {
  // 2 MB, one "sentence" per 256 KiB part before: each triple carried a
  // quarter megabyte of evidence. Now pieces of at most 2,000 bytes.
  testing::TempDir temp("kg_input_kinds_test");
  const std::string d = temp.Path();
  std::string text;
  const size_t size = testing::kSanitized ? size_t{256} << 10 : size_t{2} << 20;
  while (text.size() < size) text += "France met Japan and ";
  const std::string path = temp.Write("flat.txt", text + "\n");
  const testing::KgRun r =
      testing::Kg("extract " + path + " -o " + d + "/flat.jsonl");
  CHECK(r.output == "");
  CHECK(r.code == 0);
  const std::string out = ReadBytes(d + "/flat.jsonl");
  // A triple about every 2,000 bytes (1,057 on 2 MB).
  CHECK(CountLines(d + "/flat.jsonl") > static_cast<long>(text.size() / 2100));
  CHECK(out.size() < 2 * text.size());  // linear, a small factor
  // Every evidence is at most 2,000 bytes and its span is exact.
  // (The evidence here has no quote or backslash to unescape.)
  const std::string key = "\"sentence\":\"", mid = "\",\"span\":[";
  size_t checked = 0;
  for (size_t at = out.find(key); at != std::string::npos;
       at = out.find(key, at), ++checked) {
    at += key.size();
    const size_t close = out.find(mid, at);
    REQUIRE(close != std::string::npos);
    const std::string sentence = out.substr(at, close - at);
    const std::string span = out.substr(close + mid.size(), 40);
    size_t used = 0;
    const size_t begin = std::stoul(span, &used);
    const size_t stop = std::stoul(span.substr(used + 1));
    CHECK(sentence.size() <= 2000);
    CHECK(text.substr(begin, stop - begin) == sentence);
  }
  CHECK(checked == static_cast<size_t>(CountLines(d + "/flat.jsonl")));
}

}  // namespace
}  // namespace kg
