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
//
// A sentence longer than kMaxSentenceBytes (text without sentence
// punctuation: a list, a table, a 20 MB line) is cut into pieces of at most
// that many bytes, after a clause mark (";", ":", ",") or else at a space
// (else at a UTF-8 character boundary), each a sentence of its own: rules
// match within a piece, and the evidence of a triple (Triple::sentence) is
// at most kMaxSentenceBytes, while its span stays the exact byte range.
#ifndef KG_EXTRACT_SENTENCE_SPLITTER_H_
#define KG_EXTRACT_SENTENCE_SPLITTER_H_

#include <cstddef>
#include <string_view>
#include <vector>

#include "extract/document.h"

namespace kg::extract {

inline constexpr size_t kMaxSentenceBytes = 2000;

std::vector<Span> SplitSentences(std::string_view text);

}  // namespace kg::extract

#endif  // KG_EXTRACT_SENTENCE_SPLITTER_H_
