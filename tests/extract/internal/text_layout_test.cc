#include "extract/internal/text_layout.h"

#include <doctest/doctest.h>

#include <string>
#include <string_view>
#include <vector>

namespace kg::extract::internal {
namespace {

Document LayOut(std::string_view text) {
  Document doc;
  doc.text = std::string(text);
  LayOutText(&doc);
  return doc;
}

// The sentences of every paragraph, "|" between sentences, "/" between
// paragraphs.
std::string LayoutSentences(const Document& doc) {
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

// Each paragraph's section path ("-" for none), " / " between paragraphs.
std::string ParagraphSections(const Document& doc) {
  std::string out;
  for (const Paragraph& p : doc.paragraphs) {
    if (!out.empty()) out += " / ";
    const Section* section = doc.SectionOf(p);
    out += section == nullptr ? "-" : section->PathString();
  }
  return out;
}

TEST_CASE("ParseHeading: wiki and Markdown headings") {
  struct Row {
    std::string_view line;
    int level;  // 0: not a heading
    std::string_view title;
  };
  const Row rows[] = {
      {"= Title =", 1, "Title"},
      {"== Section ==", 2, "Section"},
      {"=== Sub ===", 3, "Sub"},
      {"==See also==", 2, "See also"},
      {"===Southeast Asia ===", 3, "Southeast Asia"},
      {"== A ===", 2, "A ="},  // unbalanced: MediaWiki keeps the extra '='
      {"====== Six ======", 6, "Six"},
      {"# Title", 1, "Title"},
      {"## Section ##", 2, "Section"},
      {"### C# tips", 3, "C# tips"},
      {"#hashtag", 0, ""},
      {"####### Seven", 0, ""},
      {"====", 0, ""},
      {"=  =", 0, ""},
      {"= no close", 0, ""},
      {"#", 0, ""},
      {"x = y =", 0, ""},
  };
  for (const Row& row : rows) {
    CAPTURE(row.line);
    const auto heading = ParseHeading(row.line);
    CHECK(heading.has_value() == (row.level != 0));
    if (heading && row.level != 0) {
      CHECK(heading->level == row.level);
      CHECK(heading->title == row.title);
    }
  }
}

TEST_CASE("LayOutText: title, sections, paths and paragraphs") {
  const std::string text =
      "Before any heading.\n"
      "= Foreign policy =\n"
      "\n"
      "Lead one. Lead two.\n"
      "\n"
      "== Americas ==\n"
      "=== Canada ===\n"
      "Carney visited.\n"
      "It went well.\n"
      "=== United States ===\n"
      "\n"
      "\n"
      "Trade fell.\n"
      "==Asia==\n"
      "===Southeast Asia ===\n"
      "Islands.\n"
      "==See also==\n"
      "- Item one\n"
      "* Item two. Two sentences.\n"
      "-not an item\n";
  const Document doc = LayOut(text);
  CHECK(doc.title == "Foreign policy");
  CHECK(doc.replacements.empty());
  std::vector<std::string> paths;
  for (const Section& s : doc.sections) {
    paths.push_back(std::to_string(s.level) + ":" + s.PathString());
  }
  CHECK(Lines(paths) ==
        Lines({"1:Foreign policy", "2:Americas", "3:Americas > Canada",
               "3:Americas > United States", "2:Asia",
               "3:Asia > Southeast Asia", "2:See also"}));
  CHECK(doc.sections[2].title == "Canada");
  CHECK(LayoutSentences(doc) ==
        "Before any heading. / Lead one.|Lead two. / "
        "Carney visited.|It went well. / Trade fell. / Islands. / Item one / "
        "Item two.|Two sentences. / -not an item");
  CHECK(ParagraphSections(doc) ==
        "- / Foreign policy / Americas > Canada / Americas > United States / "
        "Asia > Southeast Asia / See also / See also / See also");
  // A paragraph spans its lines, newline included.
  CHECK(doc.Text(doc.paragraphs[2].span) == "Carney visited.\nIt went well.");
  CHECK(doc.paragraphs[0].section == -1);
  CHECK(doc.paragraphs[1].section == 0);
}

TEST_CASE("LayOutText: Markdown headings") {
  const Document doc = LayOut(
      "# Title\nIntro.\n## Part A\nText A.\n### Deep\nDeep.\n"
      "## Part B\nText B.\n# Another top\nTop.\n");
  CHECK(doc.title == "Title");
  CHECK(ParagraphSections(doc) ==
        "Title / Part A / Part A > Deep / Part B / Another top");
}

TEST_CASE("LayOutText: a later level-1 heading does not replace the title") {
  const Document doc = LayOut("== Early ==\nX.\n= First =\n= Second =\n");
  CHECK(doc.title == "First");
  CHECK(doc.sections[2].PathString() == "Second");
}

TEST_CASE("LayOutText: empty and blank texts have no paragraphs") {
  for (std::string_view text : {"", "\n\n", "\xEF\xBB\xBF", "  \r\n\t\n"}) {
    CAPTURE(text);
    const Document doc = LayOut(text);
    CHECK(doc.paragraphs.empty());
    CHECK(doc.sections.empty());
    CHECK(doc.title == "");
  }
}

}  // namespace
}  // namespace kg::extract::internal
