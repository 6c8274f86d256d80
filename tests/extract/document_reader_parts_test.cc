// DocumentReader on text files longer than its part size: several
// Documents per file.
#include <doctest/doctest.h>

#include <string>
#include <string_view>
#include <vector>

#include "extract/document_reader.h"
#include "tests/temp_dir.h"

namespace kg::extract {
namespace {

// Reads everything with the given part size.
struct ReadParts {
  ReadParts(std::vector<std::string> inputs, size_t part_bytes) {
    DocumentReader reader(
        std::move(inputs),
        [this](const std::string& w) { warnings.push_back(w); }, part_bytes);
    Document doc;
    while (reader.Next(&doc, &status)) docs.push_back(doc);
  }
  std::vector<Document> docs;
  std::vector<std::string> warnings;
  Status status;
};

// Each paragraph as "section path: text", one a line ("-" for no section).
std::string Paragraphs(const Document& doc) {
  std::string out;
  for (const Paragraph& p : doc.paragraphs) {
    const Section* section = doc.SectionOf(p);
    out += (section == nullptr ? "-" : section->PathString()) + ": " +
           std::string(doc.Text(p.span)) + "\n";
  }
  return out;
}

std::string Atlas() {
  std::string text = "= Atlas =\n\nLead paragraph.\n\n== Europe ==\n\n";
  for (int i = 0; i < 20; ++i)
    text += "Paragraph " + std::to_string(i) + " is about Europe.\n\n";
  text += "=== France ===\n\n";
  for (int i = 0; i < 10; ++i)
    text += "France paragraph " + std::to_string(i) + ".\n\n";
  text += "== Asia ==\n";  // no blank line after the heading
  for (int i = 0; i < 10; ++i)
    text += "Asia paragraph " + std::to_string(i) + ".\n\n";
  return text;
}

TEST_CASE("DocumentReader: a long file in parts, with title and sections") {
  testing::TempDir dir("kg_document_reader_parts_test");
  const std::string text = Atlas();
  const std::string path = dir.Write("atlas.txt", text);
  const ReadParts all({path}, 200);
  CHECK(all.status.ok());
  CHECK(all.warnings.empty());
  REQUIRE(all.docs.size() >= 5);

  // The parts are the file: contiguous, in order, each at its offset.
  std::string joined;
  std::string paragraphs;
  bool europe_continued = false;
  for (size_t i = 0; i < all.docs.size(); ++i) {
    const Document& doc = all.docs[i];
    CAPTURE(i);
    CHECK(doc.id == "atlas.txt");
    CHECK(doc.title == "Atlas");
    CHECK(doc.part_offset == joined.size());
    CHECK(doc.text.size() <= 200);
    CHECK(doc.replacements.empty());
    CHECK(doc.OriginalOffset(0) == doc.part_offset);
    for (const Paragraph& p : doc.paragraphs) {
      CHECK(doc.OriginalOffset(p.span.begin) == doc.part_offset + p.span.begin);
      // The paragraph's bytes are at that offset in the file.
      CHECK(text.substr(doc.OriginalOffset(p.span.begin),
                        p.span.end - p.span.begin) == doc.Text(p.span));
    }
    joined += doc.text;
    paragraphs += Paragraphs(doc);
    // A part that starts inside "Europe": its first paragraph is still in
    // it.
    if (i > 0 && doc.text.starts_with("Paragraph ")) {
      REQUIRE_FALSE(doc.paragraphs.empty());
      const Section* section = doc.SectionOf(doc.paragraphs[0]);
      REQUIRE(section != nullptr);
      CHECK(section->path == std::vector<std::string>{"Europe"});
      europe_continued = true;
    }
  }
  CHECK(joined == text);
  CHECK(europe_continued);
  // Every paragraph whole and in the section it has in the whole file.
  const Document whole = ParseDocument("atlas.txt", text);
  CHECK(paragraphs == Paragraphs(whole));
  CHECK(paragraphs.find("Atlas: Lead paragraph.\n") == 0);
  CHECK(paragraphs.find("Europe: Paragraph 19 is about Europe.\n") !=
        std::string::npos);
  CHECK(paragraphs.find("Europe > France: France paragraph 9.\n") !=
        std::string::npos);
  CHECK(paragraphs.find("Asia: Asia paragraph 9.\n") != std::string::npos);
  // A part that starts under "France" still has both headings open.
  bool france_continued = false;
  for (size_t i = 1; i < all.docs.size(); ++i) {
    if (!all.docs[i].text.starts_with("France paragraph")) continue;
    CHECK(Paragraphs(all.docs[i]).starts_with("Europe > France: France"));
    france_continued = true;
  }
  CHECK(france_continued);

  // The default part size (1 MiB): one document.
  DocumentReader reader({path}, nullptr);
  Document doc;
  Status status;
  REQUIRE(reader.Next(&doc, &status));
  CHECK(doc.text == text);
  CHECK(doc.part_offset == 0);
  CHECK_FALSE(reader.Next(&doc, &status));
  CHECK(status.ok());
}

TEST_CASE("DocumentReader: the part size bounds, and the files after") {
  testing::TempDir dir("kg_document_reader_parts_test");
  // 32 bytes, the blank line at 23-24.
  const std::string text = "First part, a long one.\n\nSecond.";
  const std::string path = dir.Write("two.txt", text);
  const std::string small = dir.Write("small.txt", "Plain paragraph.");
  struct Row {
    size_t part_bytes;
    std::vector<size_t> offsets;
  };
  const Row rows[] = {
      {32, {0}},  // not longer than the part size: one document
      {1000, {0}},
      {31, {0, 25}},  // one byte more: two
      {26, {0, 25}},
  };
  for (const Row& r : rows) {
    CAPTURE(r.part_bytes);
    const ReadParts all({path, small}, r.part_bytes);
    CHECK(all.status.ok());
    REQUIRE(all.docs.size() == r.offsets.size() + 1);
    std::vector<size_t> offsets;
    std::string joined;
    for (size_t i = 0; i + 1 < all.docs.size(); ++i) {
      CHECK(all.docs[i].id == "two.txt");
      CHECK(all.docs[i].title == "");
      offsets.push_back(all.docs[i].part_offset);
      joined += all.docs[i].text;
    }
    CHECK(offsets == r.offsets);
    CHECK(joined == text);
    // The next file starts afresh.
    const Document& last = all.docs.back();
    CHECK(last.id == "small.txt");
    CHECK(last.part_offset == 0);
    CHECK(last.title == "");
    CHECK(Paragraphs(last) == "-: Plain paragraph.\n");
  }
}

TEST_CASE("DocumentReader: a titled long file does not lend its title on") {
  testing::TempDir dir("kg_document_reader_parts_test");
  std::string text = "# Notes\n\n## Trade\n\n";
  for (int i = 0; i < 10; ++i)
    text += "Trade note " + std::to_string(i) + ".\n\n";
  const std::string path = dir.Write("notes.md", text);
  const std::string next = dir.Write("next.txt", "Untitled text.");
  const ReadParts all({path, next}, 60);
  CHECK(all.status.ok());
  REQUIRE(all.docs.size() >= 3);
  for (size_t i = 0; i + 1 < all.docs.size(); ++i) {
    CAPTURE(i);
    CHECK(all.docs[i].title == "Notes");
    if (i > 0) CHECK(Paragraphs(all.docs[i]).starts_with("Trade: Trade note"));
  }
  CHECK(all.docs.back().id == "next.txt");
  CHECK(all.docs.back().title == "");
  CHECK(Paragraphs(all.docs.back()) == "-: Untitled text.\n");
}

TEST_CASE("DocumentReader: parts never split a UTF-8 character") {
  testing::TempDir dir("kg_document_reader_parts_test");
  std::string text;
  for (int i = 0; i < 200; ++i) text += "\xE4\xB8\xAD";  // no space at all
  const std::string path = dir.Write("han.txt", text);
  const ReadParts all({path}, 100);
  CHECK(all.status.ok());
  CHECK(all.warnings.empty());  // nothing to repair
  REQUIRE(all.docs.size() >= 6);
  std::string joined;
  for (const Document& doc : all.docs) {
    CHECK(doc.part_offset == joined.size());
    CHECK(doc.replacements.empty());
    CHECK(doc.text.size() % 3 == 0);
    joined += doc.text;
  }
  CHECK(joined == text);
}

TEST_CASE("DocumentReader: invalid UTF-8 in a later part") {
  testing::TempDir dir("kg_document_reader_parts_test");
  // Parts: "Good one.\n\n" at 0, "Caf\xE9 noir.\n\n" at 11 (the bad byte
  // at 14 in the file, 3 in the part), "Bad two." at 23.
  const std::string text = "Good one.\n\nCaf\xE9 noir.\n\nBad two.";
  const std::string path = dir.Write("bad.txt", text);
  const ReadParts all({path}, 16);
  CHECK(all.status.ok());
  REQUIRE(all.docs.size() == 3);
  CHECK(all.docs[0].text == "Good one.\n\n");
  const Document& second = all.docs[1];
  CHECK(second.part_offset == 11);
  CHECK(second.text == "Caf\uFFFD noir.\n\n");
  CHECK(second.replacements == std::vector<size_t>{3});
  // The warning counts from the file's start.
  CHECK(all.warnings == std::vector<std::string>{
                            path + ": invalid UTF-8 at byte 14 replaced by "
                                   "U+FFFD"});
  CHECK(second.OriginalOffset(0) == 11);
  CHECK(second.OriginalOffset(3) == 14);  // the U+FFFD: the invalid byte
  CHECK(second.OriginalOffset(6) == 15);  // ' ' after it
  CHECK(second.OriginalOffset(second.text.size()) == 23);
  CHECK(all.docs[2].part_offset == 23);
  CHECK(all.docs[2].text == "Bad two.");
  CHECK(all.docs[2].OriginalOffset(4) == 27);
}

TEST_CASE("DocumentReader: long JSON Lines files are not cut") {
  testing::TempDir dir("kg_document_reader_parts_test");
  const std::string path =
      dir.Write("feed.jsonl",
                "{\"id\": \"a\", \"text\": \"A fairly long first document.\"}\n"
                "{\"id\": \"b\", \"text\": \"A second document.\"}\n");
  const ReadParts all({path}, 10);
  CHECK(all.status.ok());
  REQUIRE(all.docs.size() == 2);
  CHECK(all.docs[0].id == "a");
  CHECK(all.docs[0].text == "A fairly long first document.");
  CHECK(all.docs[0].part_offset == 0);
  CHECK(all.docs[1].id == "b");
  CHECK(all.docs[1].part_offset == 0);
}

TEST_CASE("DocumentReader: a long binary file is an error, before any part") {
  testing::TempDir dir("kg_document_reader_parts_test");
  const std::string good = dir.Write("good.txt", "Good.");
  const std::string bytes = std::string("Text\0", 5) + std::string(300, 'x');
  const std::string binary = dir.Write("bin.txt", bytes);
  const ReadParts all({good, binary, good}, 100);
  REQUIRE(all.docs.size() == 1);
  CHECK(all.docs[0].id == "good.txt");
  CHECK(all.status.code() == StatusCode::kParseError);
  CHECK(all.status.ToString() == binary + ": binary file, not text");
}

}  // namespace
}  // namespace kg::extract
