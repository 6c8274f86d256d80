#include "extract/internal/jsonl_parser.h"

#include <doctest/doctest.h>

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace kg::extract::internal {
namespace {

// The sentences of every paragraph, "|" between sentences, "/" between
// paragraphs.
std::string JsonlSentences(const Document& doc) {
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

TEST_CASE(
    "ParseCivilDate: YYYY, YYYY-MM, YYYY-MM-DD, real days only, and ISO "
    "8601 date-times on a full day") {
  struct Row {
    std::string_view text;
    bool ok;
    CivilDate date;
  };
  const Row rows[] = {
      {"2023", true, {2023, 0, 0}},
      {"2023-03", true, {2023, 3, 0}},
      {"2023-03-20", true, {2023, 3, 20}},
      {"2024-02-29", true, {2024, 2, 29}},
      {"2000-02-29", true, {2000, 2, 29}},
      {"1900-02-29", false, {}},
      {"2023-02-29", false, {}},
      {"2023-13", false, {}},
      {"2023-00-10", false, {}},
      {"2023-04-31", false, {}},
      {"2023-4-1", false, {}},
      {"23", false, {}},
      {"0000", false, {}},
      {"2023/03/20", false, {}},
      // Date-times: the day as written, the time checked and dropped.
      {"2024-05-08T10:00:00Z", true, {2024, 5, 8}},
      {"2024-05-08T23:59:59.123456+05:30", true, {2024, 5, 8}},
      {"2024-05-08T00:00-0700", true, {2024, 5, 8}},
      {"2024-05-08T10:00+02", true, {2024, 5, 8}},
      {"2024-05-08 10:00:00", true, {2024, 5, 8}},
      {"2024-05-08T10:00", true, {2024, 5, 8}},
      {"2016-12-31T23:59:60Z", true, {2016, 12, 31}},
      {"2024-05-08T10:00:00,5Z", true, {2024, 5, 8}},
      {"2024-05T10:00:00Z", false, {}},
      {"2024-02-30T10:00:00Z", false, {}},
      {"2024-05-08T25:00:00Z", false, {}},
      {"2024-05-08T10:60:00Z", false, {}},
      {"2024-05-08T10:00:61Z", false, {}},
      {"2024-05-08T10Z", false, {}},
      {"2024-05-08T10:00:00.Z", false, {}},
      {"2024-05-08T10:00:00ZZ", false, {}},
      {"2024-05-08T10:00:00+2400", false, {}},
      {"2024-05-08T10:00:00+05:3", false, {}},
      {"2024-05-08T10:00:00 UTC", false, {}},
      {"2024-05-08X10:00:00Z", false, {}},
      {"2024-05-08T", false, {}},
      {"", false, {}},
      {"20a3", false, {}},
  };
  for (const Row& row : rows) {
    CAPTURE(row.text);
    CivilDate date{1, 1, 1};
    CHECK(ParseCivilDate(row.text, &date) == row.ok);
    if (row.ok) CHECK(date == row.date);
  }
}

// Parses `line` as line 2 of "news/feed.jsonl"; returns the status and
// keeps the warnings.
Status Parse(std::string_view line, Document* doc,
             std::vector<std::string>* warnings = nullptr,
             size_t column_shift = 0) {
  const Reporter reporter = [warnings](const std::string& w) {
    if (warnings != nullptr) warnings->push_back(w);
  };
  return ParseJsonLine({"news/feed.jsonl", 2, column_shift}, line, reporter,
                       doc);
}

TEST_CASE("ParseJsonLine: id, title, date and text") {
  struct Row {
    std::string_view line;
    std::string_view id;
    std::string_view title;
    std::optional<CivilDate> date;
    std::string_view sentences;
  };
  const Row rows[] = {
      {R"({"id": "a1", "text": "Xi met. Bye.", "title": "T", "date": "2023-03-20"})",
       "a1", "T", CivilDate{2023, 3, 20}, "Xi met.|Bye."},
      {R"({"id": 42, "text": "= Head =\nOne.\n\nTwo.", "date": "2023-03"})",
       "42", "Head", CivilDate{2023, 3, 0}, "One. / Two."},
      {R"({"text": "= Head =\nOne.", "title": "Given", "date": "2023"})",
       "feed.jsonl:2", "Given", CivilDate{2023, 0, 0}, "One."},
      {R"({"id": null, "title": null, "date": null, "text": "", "x": [1]})",
       "feed.jsonl:2", "", std::nullopt, ""},
      {R"({"id": 1.5, "text": "caf\u00e9 au lait"})", "1.5", "", std::nullopt,
       "caf\u00e9 au lait"},
  };
  for (const Row& row : rows) {
    CAPTURE(row.line);
    Document doc;
    REQUIRE(Parse(row.line, &doc).ok());
    CHECK(doc.id == row.id);
    CHECK(doc.title == row.title);
    CHECK(doc.date == row.date);
    CHECK(JsonlSentences(doc) == row.sentences);
  }
}

TEST_CASE("ParseJsonLine: errors name path, line and column") {
  struct Row {
    std::string_view line;
    std::string_view error;  // after "news/feed.jsonl:"
  };
  const Row rows[] = {
      {"{x",
       "2:2: parse error: syntax error while parsing object key - "
       "invalid literal; last read: '{x'; expected string literal"},
      {"{\"text\": \"a\"",
       "2:13: parse error: syntax error while parsing "
       "object - unexpected end of input; expected '}'"},
      {"{\"text\": \"a\"} {}",
       "2:15: parse error: syntax error while parsing "
       "value - unexpected '{'; expected end of input"},
      // Columns count the original bytes, before U+FFFD repairs.
      {"{\"text\": \"\xFF\", x}",
       "2:15: parse error: syntax error while parsing object key - invalid "
       "literal; last read: '\"\uFFFD\", x'; expected string literal"},
      {"{\"text\": \"\\ud800\"}",
       "2:17: parse error: syntax error while parsing value - invalid string: "
       "surrogate U+D800..U+DBFF must be followed by U+DC00..U+DFFF; last "
       "read: '\"\\ud800\"'"},
      // Valid JSON, but no double holds it (a fuzzing finding).
      {"{\"text\": \"a\", \"n\": 1e999}", "2: number overflow parsing '1e999'"},
      {"[1, 2]", "2: missing string field \"text\""},
      {"\"text\"", "2: missing string field \"text\""},
      {"{\"id\": \"a\"}", "2: missing string field \"text\""},
      {"{\"text\": 5}", "2: missing string field \"text\""},
      {"{\"text\": null}", "2: missing string field \"text\""},
      {"{\"text\": \"a\", \"date\": \"2023-13-01\"}",
       "2: bad date \"2023-13-01\" (want YYYY[-MM[-DD]] or an ISO 8601 date-time)"},
      {"{\"text\": \"a\", \"date\": \"20 March 2023\"}",
       "2: bad date \"20 March 2023\" (want YYYY[-MM[-DD]] or an ISO 8601 date-time)"},
      {"{\"text\": \"a\", \"date\": 2023}",
       "2: bad date 2023 (want YYYY[-MM[-DD]] or an ISO 8601 date-time)"},
      {"{\"text\": \"a\", \"id\": [1]}",
       "2: field \"id\" must be a string or a number"},
      {"{\"text\": \"a\", \"title\": 5}",
       "2: field \"title\" must be a string"},
  };
  for (const Row& row : rows) {
    CAPTURE(row.line);
    Document doc;
    doc.id = "untouched";
    const Status status = Parse(row.line, &doc);
    CHECK(status.code() == StatusCode::kParseError);
    CHECK(status.ToString() == "news/feed.jsonl:" + std::string(row.error));
    CHECK(doc.id == "untouched");
  }
}

TEST_CASE("ParseJsonLine: a column shift counts bytes stripped before") {
  Document doc;
  const Status status = Parse("{x", &doc, nullptr, 3);
  CHECK(status.context() == "news/feed.jsonl:2:5");
}

TEST_CASE("ParseJsonLine: invalid UTF-8 is repaired and reported") {
  Document doc;
  std::vector<std::string> warnings;
  // Offsets from the line's start: the \xFF is byte 11, the \xC0 byte 14.
  REQUIRE(Parse("{\"text\": \"a\xFF"
                "b.\xC0\"}",
                &doc, &warnings)
              .ok());
  REQUIRE(warnings.size() == 1);
  CHECK(warnings[0] ==
        "news/feed.jsonl:2: invalid UTF-8 at byte 11 replaced by U+FFFD "
        "(and 1 more)");
  CHECK(doc.text == "a\uFFFDb.\uFFFD");
}

}  // namespace
}  // namespace kg::extract::internal
