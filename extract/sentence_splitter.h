// SplitSentences: cuts a paragraph into sentences.
//
//   auto spans = kg::extract::SplitSentences("Dr. Li met Mr. Wu. They talked.");
//   // spans == {{0, 18}, {19, 31}}
//
// Survives abbreviations and initials (U.S., U.K., Dr., Mr., St., No., Jan.,
// e.g., i.e., "John F. Kennedy"), decimals (3.5), quotes and parentheses
// closing a sentence ('He said "no." Then ...'), and ellipses ("..." / "…"
// followed by a lower-case word do not end a sentence). Spans are byte ranges
// of `text`, trimmed of surrounding white space; empty sentences are dropped.
#ifndef KG_EXTRACT_SENTENCE_SPLITTER_H_
#define KG_EXTRACT_SENTENCE_SPLITTER_H_

#include <string_view>
#include <vector>

#include "extract/document.h"

namespace kg::extract {

std::vector<Span> SplitSentences(std::string_view text);

}  // namespace kg::extract

#endif  // KG_EXTRACT_SENTENCE_SPLITTER_H_
