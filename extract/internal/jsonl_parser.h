// Internal: one JSON Lines record -> Document (nlohmann_json stays in here).
//
//   Document doc;
//   Status s = internal::ParseJsonLine({"news/feed.jsonl", 3}, line,
//                                      reporter, &doc);
//   // line {"text": "Xi met Putin.", "date": "2023-03-20"} gives
//   // doc.id == "feed.jsonl:3", doc.date == CivilDate{2023, 3, 20}
#ifndef KG_EXTRACT_INTERNAL_JSONL_PARSER_H_
#define KG_EXTRACT_INTERNAL_JSONL_PARSER_H_

#include <cstddef>
#include <string_view>

#include "base/status.h"
#include "extract/document.h"
#include "extract/document_reader.h"

namespace kg::extract::internal {

/// Where a JSONL line comes from, for ids and messages.
struct JsonLineSource {
  std::string_view path;    ///< as given ("news/feed.jsonl", "stdin")
  size_t line = 0;          ///< 1-based line number
  size_t column_shift = 0;  ///< bytes stripped from the line's start (a BOM)
};

/// Parses "YYYY", "YYYY-MM" or "YYYY-MM-DD" (a real calendar day, year
/// 1-9999) into *date, or an ISO 8601 date-time whose date is a full day:
/// "2024-05-08T10:00:00Z" ('T' or one space, hh:mm[:ss[.fraction]], then
/// "Z", "+hh:mm", "+hhmm", "+hh", '-' alike, or no zone). The time is
/// checked, then dropped: the date is the day as written, in the writer's
/// time zone. Returns false for anything else.
bool ParseCivilDate(std::string_view text, CivilDate* date);

/// Parses one non-blank line {"text": ..., "id"?, "title"?, "date"?} into
/// *doc (text laid out as ParseDocument does). Invalid UTF-8 in the line is
/// repaired first and reported as "path:line: invalid UTF-8 at byte N ..."
/// (N counted from the line's start). Errors (kParseError):
///   "path:line:col: parse error: <nlohmann's message>" (col 1-based),
///   "path:line: missing string field \"text\"",
///   "path:line: bad date \"2023-13\" (want YYYY[-MM[-DD]] or an ISO
///    8601 date-time)",
///   "path:line: field \"id\" must be a string or a number",
///   "path:line: field \"title\" must be a string".
/// Without "id" the id is "<basename of path>:<line>". Unknown fields are
/// ignored; a null field counts as missing.
Status ParseJsonLine(const JsonLineSource& source, std::string_view line,
                     const Reporter& reporter, Document* doc);

}  // namespace kg::extract::internal

#endif  // KG_EXTRACT_INTERNAL_JSONL_PARSER_H_
