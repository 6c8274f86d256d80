// The JSON Lines form of a Triple: what `kg extract` writes and what the
// graph commands read back.
//
//   std::string line = kg::ToJsonLine(t);
//   // {"doc":"a.txt","subject":"Xi Jinping","relation":"meet",...}
//   kg::Triple back;
//   kg::Status s = kg::FromJsonLine(line, "out.jsonl:1", &back);
//
// Field order is fixed (doc, subject, relation, category, object, date,
// subject_id, object_id, subject_type, object_type, subject_code,
// object_code, subject_text, object_text, quad_class, symmetric,
// date_source, negated, hypothetical, section, sentence, span, rule,
// confidence), so output is byte-stable. The JSON library stays in the .cc:
// this header is cheap to include.
#ifndef KG_BASE_TRIPLE_JSON_H_
#define KG_BASE_TRIPLE_JSON_H_

#include <string>
#include <string_view>

#include "base/status.h"
#include "base/triple.h"

namespace kg {

/// The triple as one line of JSON, without a newline. Invalid UTF-8 in a
/// field is written as U+FFFD; the confidence is rounded to two decimals.
std::string ToJsonLine(const Triple& t);
/// Appends the same line to *out (no newline): no string per triple when
/// many lines are written into one buffer.
void AppendJsonLine(const Triple& t, std::string* out);

/// Parses a line written by ToJsonLine into *t. "subject", "object" and
/// "relation" are required; missing ids default to the names, a missing
/// confidence to 1. Errors name `where` ("file:line"): "not a JSON object",
/// "missing \"subject\"", "\"doc\" must be a string". Lines in
/// ToJsonLine's exact shape are read by FastParseTriple
/// (base/fast_triple_parser.h), any other JSON object by the general parser.
Status FromJsonLine(std::string_view line, const std::string& where, Triple* t);

/// FromJsonLine without the fast path: any JSON object, through a JSON DOM.
/// The two give the same triples and errors; tests compare them.
Status FromJsonLineGeneral(std::string_view line, const std::string& where,
                           Triple* t);

}  // namespace kg

#endif  // KG_BASE_TRIPLE_JSON_H_
