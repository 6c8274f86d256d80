// FastParseTriple: a tight parser for the lines kg itself writes
// (ToJsonLine), tried before the general JSON parser.
//
//   kg::Triple t;
//   if (!kg::FastParseTriple(line, &t))
//     s = kg::FromJsonLineGeneral(line, "out.jsonl:7", &t);  // anything else
//
// It reads exactly ToJsonLine's shape: the 24 keys in ToJsonLine's order,
// no whitespace, no unknown key, "date" a string or null, the booleans
// true/false, "span" two unsigned integers. Strings may hold any valid
// JSON: escapes, \uXXXX, surrogate pairs, UTF-8. For such a line it
// returns true and fills *t exactly as FromJsonLine does (ids default to
// the names, the quad class comes from the category, "" dates are no
// date). For anything else - another key order, a missing or extra field,
// whitespace, null where a string is expected, invalid JSON - it returns
// false without judging the line: the general parser then reads it or
// names its error. Fields read before it gave up are left in *t; the
// general parser sets them again.
#ifndef KG_BASE_FAST_TRIPLE_PARSER_H_
#define KG_BASE_FAST_TRIPLE_PARSER_H_

#include <string_view>

#include "base/triple.h"

namespace kg {

/// True iff `line` (without its newline) has ToJsonLine's shape; *t then
/// holds the triple, as FromJsonLine would read it.
bool FastParseTriple(std::string_view line, Triple* t);

}  // namespace kg

#endif  // KG_BASE_FAST_TRIPLE_PARSER_H_
