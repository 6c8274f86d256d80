// TextDocument: one text handed over in memory (the Python module's
// kg.extract_text), laid out as DocumentReader lays out a JSON Lines
// record {"id", "text", "title"?, "date"?}, so that the text gives the
// triples `kg extract` gives for that record.
//
//   kg::extract::TextDocumentFields f;
//   f.id = "note-1";
//   f.date = "2023-03";          // anchors "on Monday", "last year"
//   kg::Result<kg::extract::Document> doc =
//       kg::extract::TextDocument("Xi met Putin on Monday.", f, "date");
//
// The text is laid out by ParseDocument (headings, paragraphs, sentences;
// invalid UTF-8 replaced and reported through `reporter`, naming the id).
// The title, if not empty, replaces the first level-1 heading, as a record's
// "title" does. The date takes what a record's "date" takes: "YYYY",
// "YYYY-MM", "YYYY-MM-DD" (a real day) or an ISO 8601 date-time
// ("2024-05-08T10:00:00Z", the day as written); "" for none. Error
// (kInvalidArgument, context `date_option`): "bad date \"2023-13\" (want
// YYYY[-MM[-DD]] or an ISO 8601 date-time)".
#ifndef KG_EXTRACT_TEXT_DOCUMENT_H_
#define KG_EXTRACT_TEXT_DOCUMENT_H_

#include <string>
#include <string_view>

#include "base/status.h"
#include "extract/document.h"
#include "extract/document_reader.h"

namespace kg::extract {

struct TextDocumentFields {
  std::string id;     ///< the triples' "doc"
  std::string title;  ///< "" : the text's own first level-1 heading
  std::string date;   ///< "" : none
};

Result<Document> TextDocument(std::string_view text,
                              const TextDocumentFields& fields,
                              std::string_view date_option,
                              const Reporter& reporter = nullptr);

}  // namespace kg::extract

#endif  // KG_EXTRACT_TEXT_DOCUMENT_H_
