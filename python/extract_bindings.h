// The extraction functions of kg._kg (wrapped by python/kg/__init__.py):
//   _kg.extract_file(paths: list[str], rules, threads, include_flagged)
//       -> list[dict]           all the triples, in input order
//   _kg.iter_extract_file(...)  -> an iterator of the same dicts, extracted
//       in batches as it is consumed
//   _kg.extract_text(text, doc, date, title, rules, include_flagged)
//       -> list[dict]
// Inputs are read exactly as `kg extract` reads them (DocumentReader) and
// extracted by its ParallelExtractor, so the dicts serialize to its bytes
// (triple_dict.h). The GIL is released while reading and extracting.
#ifndef KG_PYTHON_EXTRACT_BINDINGS_H_
#define KG_PYTHON_EXTRACT_BINDINGS_H_

#include <pybind11/pybind11.h>

namespace kg::python {

void BindExtract(pybind11::module_& m);

}  // namespace kg::python

#endif  // KG_PYTHON_EXTRACT_BINDINGS_H_
