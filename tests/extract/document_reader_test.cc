#include "extract/document_reader.h"

#include <doctest/doctest.h>

#include <filesystem>
#include <fstream>
#include <iostream>
#include <random>
#include <sstream>
#include <string>
#include <string_view>
#include <vector>

#include "base/utf8.h"
#include "tests/temp_dir.h"

namespace kg::extract {
namespace {

namespace fs = std::filesystem;

// A fresh folder for each test.
class TempDir : public testing::TempDir {
 public:
  TempDir() : testing::TempDir("kg_document_reader_test") {}
};

// Reads everything; returns "id|id|..." and the final status and warnings.
struct ReadAll {
  explicit ReadAll(std::vector<std::string> inputs) {
    DocumentReader reader(std::move(inputs), [this](const std::string& w) {
      warnings.push_back(w);
    });
    Document doc;
    while (reader.Next(&doc, &status)) {
      ids += (ids.empty() ? "" : "|") + doc.id;
      docs.push_back(doc);
    }
    // Reading stops for good: a later call repeats the final status.
    Status again;
    CHECK_FALSE(reader.Next(&doc, &again));
    CHECK(again.ToString() == status.ToString());
  }
  std::string ids;
  std::vector<Document> docs;
  std::vector<std::string> warnings;
  Status status;
};

// The sentences of every paragraph, "|" between sentences, "/" between
// paragraphs.
std::string Sentences(const Document& doc) {
  std::string out;
  for (const Paragraph& p : doc.paragraphs) {
    if (!out.empty()) out += " / ";
    for (size_t i = 0; i < p.sentences.size(); ++i) {
      if (i > 0) out += "|";
      out += doc.Text(p.sentences[i]);
    }
  }
  return out;
}

// Strings joined by "\n", so that a failure prints them.
std::string Lines(const std::vector<std::string>& lines) {
  std::string out;
  for (const std::string& line : lines) out += line + "\n";
  return out;
}

// Spans as "[0,18) [19,31)", so that a failure prints them.
std::string Show(const std::vector<Span>& spans) {
  std::string out;
  for (Span s : spans) {
    if (!out.empty()) out += " ";
    out += "[" + std::to_string(s.begin) + "," + std::to_string(s.end) + ")";
  }
  return out;
}

TEST_CASE("ParseDocument: CRLF line endings and a BOM") {
  const std::string text =
      "\xEF\xBB\xBF= T =\r\n\r\nOne. Two.\r\nThree.\r\n\r\n== S ==\r\nFour.";
  const Document doc = ParseDocument("crlf.txt", text);
  CHECK(doc.title == "T");
  CHECK(doc.text == text);  // the BOM stays in `text`, outside any sentence
  REQUIRE(doc.paragraphs.size() == 2);
  CHECK(Sentences(doc) == "One.|Two.|Three. / Four.");
  CHECK(Show({doc.paragraphs[0].span}) == "[12,29)");
  CHECK(Show(doc.paragraphs[0].sentences) == "[12,16) [17,21) [23,29)");
  CHECK(Show(doc.paragraphs[1].sentences) == "[42,47)");
  CHECK(doc.OriginalOffset(42) == 42);
}

TEST_CASE("ParseDocument: repairs invalid UTF-8 and reports it once") {
  std::vector<std::string> warnings;
  const Reporter reporter = [&](const std::string& w) {
    warnings.push_back(w);
  };
  // Original: L0 i1 FF2 ' '3 m4 e5 t6 ' '7 W8 u9 .10 ' '11 C0=12 ' '13 O14
  // k15 .16; in `text` each U+FFFD takes 3 bytes.
  const Document doc =
      ParseDocument("bad.txt", "Li\xFF met Wu. \xC0 Ok.", reporter);
  CHECK(Lines(warnings) ==
        Lines({"bad.txt: invalid UTF-8 at byte 2 replaced by U+FFFD "
               "(and 1 more)"}));
  CHECK(doc.replacements == std::vector<size_t>{2, 14});
  CHECK(doc.text == "Li\uFFFD met Wu. \uFFFD Ok.");
  REQUIRE(doc.paragraphs.size() == 1);
  const std::vector<Span>& s = doc.paragraphs[0].sentences;
  REQUIRE(s.size() == 2);
  CHECK(doc.Text(s[0]) == "Li\uFFFD met Wu.");
  CHECK(doc.Text(s[1]) == "\uFFFD Ok.");
  CHECK(Show(s) == "[0,13) [14,21)");
  CHECK(doc.OriginalOffset(s[0].begin) == 0);
  CHECK(doc.OriginalOffset(s[0].end) == 11);  // one past the '.' at 10
  CHECK(doc.OriginalOffset(s[1].begin) == 12);
  CHECK(doc.OriginalOffset(s[1].end) == 17);
  // Valid input: no warning.
  warnings.clear();
  ParseDocument("ok.txt", "Fine \xE4\xB8\xAD.", reporter);
  CHECK(warnings.empty());
}

TEST_CASE("DocumentReader: a folder recursively, in sorted path order") {
  TempDir dir;
  dir.Write("news/b.txt", "B.");
  dir.Write("news/a.md", "# A\nA.");
  dir.Write("news/sub/c.txt", "C.");
  dir.Write("news/sub/z.jsonl", "{\"text\": \"Z1.\"}\n{\"text\": \"Z2.\"}\n");
  dir.Write("news/sub.txt", "S.");
  dir.Write("news/notes.csv", "x,y");
  dir.Write("news/README", "not text");
  const std::string single = dir.Write("single.txt", "One.");
  const ReadAll all({single, dir.Path("news")});
  CHECK(all.status.ok());
  CHECK(all.ids == "single.txt|a.md|b.txt|c.txt|z.jsonl:1|z.jsonl:2|sub.txt");
  CHECK(all.docs[1].title == "A");
  CHECK(Sentences(all.docs[5]) == "Z2.");
  CHECK(all.warnings.empty());
}

TEST_CASE("DocumentReader: missing paths, empty folders and binary files") {
  TempDir dir;
  const std::string good = dir.Write("good.txt", "Good.");
  dir.Write("empty/notes.csv", "x");
  const std::string binary = dir.Write("bin.txt", std::string("ab\0cd", 5));
  const std::string binary_jsonl =
      dir.Write("bin.jsonl", std::string("{\"text\":\"a\"}\n\0", 14));
  const std::string missing = dir.Path("missing.txt");
  struct Row {
    std::string input;
    std::string error;
    StatusCode code;
  };
  const Row rows[] = {
      {missing, missing + ": no such file or directory", StatusCode::kNotFound},
      {dir.Path("empty"),
       dir.Path("empty") + ": no text files (*.txt, *.md, *.jsonl) in folder",
       StatusCode::kNotFound},
      {binary, binary + ": binary file, not text", StatusCode::kParseError},
      {binary_jsonl, binary_jsonl + ": binary file, not text",
       StatusCode::kParseError},
  };
  for (const Row& row : rows) {
    CAPTURE(row.input);
    // Documents before the bad input are read; those after it are not.
    const ReadAll all({good, row.input, good});
    CHECK(all.ids == "good.txt");
    CHECK(all.status.code() == row.code);
    CHECK(all.status.ToString() == row.error);
  }
}

TEST_CASE("DocumentReader: Peek reads one document ahead for Next") {
  TempDir dir;
  const std::string a = dir.Write("a.txt", "A.");
  const std::string b = dir.Write("b.txt", "B.");
  const std::string empty = dir.Write("empty.txt", "");
  DocumentReader reader({empty, a, b, dir.Path("missing.txt")}, nullptr);
  Status status;
  Document doc;
  CHECK(reader.Peek(&status));  // skips the empty file, reads a.txt
  CHECK(reader.Peek(&status));  // a second Peek reads nothing more
  REQUIRE(reader.Next(&doc, &status));
  CHECK(doc.id == "a.txt");
  REQUIRE(reader.Next(&doc, &status));
  CHECK(doc.id == "b.txt");
  CHECK_FALSE(reader.Peek(&status));  // the missing file's error, as Next says
  CHECK(status.ToString() ==
        dir.Path("missing.txt") + ": no such file or directory");
  CHECK_FALSE(reader.Next(&doc, &status));
  CHECK(status.code() == StatusCode::kNotFound);

  DocumentReader none({empty}, nullptr);
  CHECK_FALSE(none.Peek(&status));  // no document, no error
  CHECK(status.ok());
}

TEST_CASE("DocumentReader: empty files and invalid UTF-8 in files") {
  TempDir dir;
  const std::string empty = dir.Write("empty.txt", "");
  const std::string empty_feed = dir.Write("empty.jsonl", "");
  const std::string blank = dir.Write("blank.txt", "\n \n");
  const std::string bad = dir.Write("bad.txt", "Caf\xE9 noir.");
  const ReadAll all({empty, empty_feed, blank, bad});
  CHECK(all.status.ok());
  // An empty file gives no document and a warning; a blank one is a
  // document without paragraphs.
  CHECK(all.ids == "blank.txt|bad.txt");
  CHECK(all.docs[0].paragraphs.empty());
  CHECK(Lines(all.warnings) ==
        Lines({empty + ": empty file", empty_feed + ": empty file",
               bad + ": invalid UTF-8 at byte 3 replaced by U+FFFD"}));
  CHECK(Sentences(all.docs[1]) == "Caf\uFFFD noir.");
}

TEST_CASE("DocumentReader: JSON Lines, one document a line") {
  TempDir dir;
  const std::string feed =
      dir.Write("feed.jsonl",
                "\xEF\xBB\xBF{\"id\": \"a1\", \"text\": \"Xi met Putin. They "
                "talked.\"}\r\n"
                "\n"
                "   \n"
                "{\"text\": \"No id.\", \"date\": \"2023-03\"}\n"
                "{\"text\": \"Caf\xE9\"}\n"
                "{x");  // no final newline
  const ReadAll all({feed, feed});
  CHECK(all.ids == "a1|feed.jsonl:4|feed.jsonl:5");
  CHECK(all.status.ToString() ==
        feed +
            ":6:2: parse error: syntax error while parsing object key - "
            "invalid literal; last read: '{x'; expected string literal");
  // Byte offsets in a warning count from the start of the line.
  CHECK(Lines(all.warnings) ==
        Lines({feed + ":5: invalid UTF-8 at byte 13 replaced by U+FFFD"}));
  REQUIRE(all.docs.size() == 3);
  CHECK(Sentences(all.docs[0]) == "Xi met Putin.|They talked.");
  CHECK(all.docs[1].date == CivilDate{2023, 3, 0});
  CHECK(all.docs[2].text == "Caf\uFFFD");
  // A BOM still counts in the first line's columns.
  const std::string bom = dir.Write("bom.jsonl", "\xEF\xBB\xBF{x\n");
  CHECK(ReadAll({bom}).status.context() == bom + ":1:5");
}

// Reads "-" with std::cin redirected to `input`.
ReadAll ReadStdin(const std::string& input) {
  std::istringstream in(input);
  std::streambuf* saved = std::cin.rdbuf(in.rdbuf());
  ReadAll all({"-"});
  std::cin.rdbuf(saved);
  std::cin.clear();
  return all;
}

TEST_CASE("DocumentReader: standard input as text or JSON Lines") {
  SUBCASE("text") {
    const ReadAll all = ReadStdin("= Piped =\nHello there. Bye.\n");
    CHECK(all.status.ok());
    CHECK(all.ids == "stdin");
    CHECK(all.docs[0].title == "Piped");
    CHECK(Sentences(all.docs[0]) == "Hello there.|Bye.");
  }
  SUBCASE("JSON Lines after blank lines") {
    const ReadAll all =
        ReadStdin("\n  \n  {\"text\": \"One.\"}\n{\"text\": \"Two.\"}\n{x\n");
    CHECK(all.ids == "stdin:3|stdin:4");
    CHECK(all.status.ToString() ==
          "stdin:5:2: parse error: syntax error while parsing object key - "
          "invalid literal; last read: '{x'; expected string literal");
  }
  SUBCASE("binary") {
    const ReadAll all = ReadStdin(std::string("a\0b", 3));
    CHECK(all.status.ToString() == "stdin: binary file, not text");
  }
}

TEST_CASE("DocumentReader: standard input, empty or broken JSON first") {
  const ReadAll empty = ReadStdin("");
  CHECK(empty.status.ok());
  CHECK(empty.ids == "");
  CHECK(Lines(empty.warnings) == Lines({"stdin: empty file"}));
  // A '{' first still makes stdin JSON Lines, so the error says where.
  CHECK(ReadStdin("{x\n").status.context() == "stdin:1:2");
}

TEST_CASE("DocumentReader: kg's outputs are told by content, not read") {
  TempDir dir;
  const std::string a = dir.Write("news/a.txt", "Xi met Putin.");
  const std::string triples = dir.Write(
      "news/triples.jsonl",
      "{\"doc\":\"a.txt\",\"subject\":\"Xi\",\"relation\":\"meet\"}\n");
  const std::string graph = dir.Write(
      "news/graph.txt", "{\"format\": \"kg-graph\", \"version\": 1,\n");
  SUBCASE("in a folder: skipped with a warning") {
    const ReadAll all({dir.Path("news")});
    CHECK(all.status.ok());
    CHECK(all.ids == "a.txt");
    CHECK(Lines(all.warnings) ==
          Lines({graph + ": a kg graph file, skipped",
                 triples + ": triples written by kg extract, skipped"}));
  }
  SUBCASE("named: an error saying what it is") {
    const ReadAll all({a, triples});
    CHECK(all.ids == "a.txt");
    CHECK(all.status.ToString() ==
          triples +
              ": triples written by kg extract, not documents (kg build "
              "reads it)");
    CHECK(ReadAll({graph}).status.ToString() ==
          graph + ": a kg graph file, not documents (kg build reads it)");
  }
  SUBCASE("a handler takes them, with the bytes already read") {
    DocumentReader reader({dir.Path("news"), triples}, nullptr);
    std::vector<std::string> seen;
    reader.OnKgOutput([&](const std::string& path, ContentKind kind,
                          bool listed, std::string_view head,
                          std::istream& rest) {
      std::string bytes(head);
      bytes.append(std::istreambuf_iterator<char>(rest), {});
      seen.push_back(path + " " + std::string(DescribeContent(kind)) +
                     (listed ? " listed " : " named ") +
                     std::to_string(bytes.size()));
      return Status::Ok();
    });
    Document doc;
    Status status;
    std::string ids;
    while (reader.Next(&doc, &status)) ids += doc.id;
    CHECK(status.ok());
    CHECK(ids == "a.txt");
    const std::string graph_size = std::to_string(fs::file_size(graph));
    const std::string triples_size = std::to_string(fs::file_size(triples));
    CHECK(Lines(seen) ==
          Lines({graph + " a kg graph file listed " + graph_size,
                 triples + " triples written by kg extract listed " +
                     triples_size,
                 triples + " triples written by kg extract named " +
                     triples_size}));
  }
}

TEST_CASE("DocumentReader: a symbolic link loop says so") {
  TempDir dir;
  const std::string loop = dir.Path("loop");
  fs::create_symlink("loop", loop);
  CHECK(ReadAll({loop}).status.ToString() ==
        loop + ": too many levels of symbolic links");
}

}  // namespace
TEST_CASE("Document::OriginalOffset uses Document::replacements") {
  Document doc;
  doc.text = RepairUtf8("\xFFxy\xFEz", &doc.replacements);
  CHECK(doc.OriginalOffset(0) == 0);
  CHECK(doc.OriginalOffset(3) == 1);  // 'x'
  CHECK(doc.OriginalOffset(4) == 2);  // 'y'
  CHECK(doc.OriginalOffset(5) == 3);  // the second U+FFFD
  CHECK(doc.OriginalOffset(8) == 4);  // 'z'
}

TEST_CASE("Section::PathString joins the path with ' > '") {
  Section section;
  CHECK(section.PathString() == "");
  section.path = {"Americas"};
  CHECK(section.PathString() == "Americas");
  section.path = {"Americas", "Canada"};
  CHECK(section.PathString() == "Americas > Canada");
}

}  // namespace kg::extract
