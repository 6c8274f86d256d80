// TripleDict: a Triple as the Python dict the module hands out - exactly
// the fields of a `kg extract` JSON Lines line, in its order, with its
// values, so that
//   json.dumps(d, ensure_ascii=False, separators=(",", ":")) + "\n"
// is the line `kg extract` writes, byte for byte (base/triple_json.h):
//   {"doc": "a.txt", "subject": "Xi Jinping", "relation": "meet", ...,
//    "date": "2015" or None, ..., "span": [12850, 13001], "rule": ...,
//    "confidence": 0.7}
// The confidence is rounded to two decimals as the line rounds it (None
// when not finite, the line's null). Strings are decoded from UTF-8 with
// invalid bytes as U+FFFD. Needs the GIL.
#ifndef KG_PYTHON_TRIPLE_DICT_H_
#define KG_PYTHON_TRIPLE_DICT_H_

#include <pybind11/pybind11.h>

#include <string_view>

#include "base/triple.h"

namespace kg::python {

pybind11::dict TripleDict(const Triple& t);

/// A UTF-8 string as a Python str, invalid bytes as U+FFFD (pybind11's
/// own conversion raises UnicodeDecodeError on them).
pybind11::str Utf8Str(std::string_view s);

}  // namespace kg::python

#endif  // KG_PYTHON_TRIPLE_DICT_H_
