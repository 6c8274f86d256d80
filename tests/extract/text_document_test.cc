#include "extract/text_document.h"

#include <doctest/doctest.h>

#include <string>

namespace kg::extract {
namespace {

TEST_CASE("TextDocument: laid out as a JSON Lines record, title and date set") {
  TextDocumentFields f;
  f.id = "note-1";
  f.date = "2023-03";
  Result<Document> doc =
      TextDocument("= Notes =\n\nXi met Putin.\n\nThey talked.\n", f, "date");
  REQUIRE_MESSAGE(doc.ok(), doc.status().ToString());
  CHECK(doc->id == "note-1");
  CHECK(doc->title == "Notes");
  REQUIRE(doc->date.has_value());
  CHECK(*doc->date == CivilDate{2023, 3, 0});
  REQUIRE(doc->paragraphs.size() == 2);
  CHECK(doc->Text(doc->paragraphs[0].sentences.at(0)) == "Xi met Putin.");

  f.title = "Other";
  f.date = "2024-05-08T10:00:00Z";
  doc = TextDocument("Xi met Putin.", f, "date");
  REQUIRE(doc.ok());
  CHECK(doc->title == "Other");
  CHECK(*doc->date == CivilDate{2024, 5, 8});

  f.date = "";
  doc = TextDocument("Xi met Putin.", f, "date");
  REQUIRE(doc.ok());
  CHECK_FALSE(doc->date.has_value());
}

TEST_CASE("TextDocument: a bad date names the caller's option") {
  TextDocumentFields f;
  f.date = "2023-13";
  Result<Document> doc = TextDocument("Xi met Putin.", f, "date");
  REQUIRE_FALSE(doc.ok());
  CHECK(doc.status().code() == StatusCode::kInvalidArgument);
  CHECK(doc.status().ToString() ==
        "date: bad date \"2023-13\" (want YYYY[-MM[-DD]] or an ISO 8601 "
        "date-time)");
  f.date = "2023-02-29";
  CHECK(TextDocument("x", f, "--date").status().ToString() ==
        "--date: bad date \"2023-02-29\" (want YYYY[-MM[-DD]] or an ISO 8601 "
        "date-time)");
}

}  // namespace
}  // namespace kg::extract
