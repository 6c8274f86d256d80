#include "extract/text_document.h"

#include "extract/internal/jsonl_parser.h"

namespace kg::extract {

Result<Document> TextDocument(std::string_view text,
                              const TextDocumentFields& fields,
                              std::string_view date_option,
                              const Reporter& reporter) {
  // The date first: a bad argument fails before the text is laid out.
  CivilDate date;
  if (!fields.date.empty() && !internal::ParseCivilDate(fields.date, &date))
    return Status::InvalidArgument(
        date_option, "bad date \"" + fields.date +
                         "\" (want YYYY[-MM[-DD]] or an ISO 8601 date-time)");
  Document doc = ParseDocument(fields.id, text, reporter);
  if (!fields.title.empty()) doc.title = fields.title;
  if (!fields.date.empty()) doc.date = date;
  return doc;
}

}  // namespace kg::extract
